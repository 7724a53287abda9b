/**
 * The private dockerd's data (images, layers, build cache) kept between runs, so a build whose dependencies did not
 * change reuses their layers (both `npm ci`s, better-sqlite3 compiled from source) and only the project's own files are
 * built again. One run holds it at a time, through a lock file naming its process; a run that finds it held by a live
 * process gets none and keeps its data in its own throw-away folder.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { containersCacheDir } from "./cacheDir.js";
import { alive } from "./pids.js";

export interface EngineData {
  dir: string;
  release(): void;
}

export function acquireEngineData(): EngineData | undefined {
  const dir = join(containersCacheDir(), "engine-data");
  const lock = `${dir}.lock`;
  mkdirSync(dir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lock, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { dir, release: () => rmSync(lock, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSync(lock, "utf8"));
      if (owner > 0 && alive(owner)) return undefined;
      rmSync(lock, { force: true }); // its run was killed: take it over
    }
  }
  return undefined;
}
