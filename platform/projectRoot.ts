/** Locates the project root (the folder holding package.json) from source or compiled output alike. */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

export function projectRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("package.json not found above platform/projectRoot");
    dir = parent;
  }
  cached = dir;
  return dir;
}

export function fromProjectRoot(...segments: string[]): string {
  return resolve(projectRoot(), ...segments);
}
