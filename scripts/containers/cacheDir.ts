/** Where the container test keeps what outlives a run: the stand-in base image's root filesystem, the engine's data. */
import { homedir } from "node:os";
import { join } from "node:path";

export function containersCacheDir(): string {
  return join(homedir(), ".cache", "china-latam-federation", "containers");
}
