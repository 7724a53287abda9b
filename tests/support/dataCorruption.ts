/** For data-validation tests: corrupt one line of a throw-away copy of a subgraph's data, and read the rejection. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, expect } from "vitest";
import { DataValidationError } from "../../subgraphs/kit/dataFile.js";
import { copyDataDir } from "./subgraphHarness.js";

/** Call once per test file; the returned function rejects a copy of `dataDir` with `from` replaced by `to` in `file`. */
export function dataCorruption(dataDir: string, load: (dataDir: string) => unknown) {
  let copy: ReturnType<typeof copyDataDir> | undefined;
  afterEach(() => copy?.remove());

  return function rejectionOf(file: string, from: string, to: string): string {
    copy = copyDataDir(dataDir);
    const path = join(copy.dir, file);
    const text = readFileSync(path, "utf8");
    expect(text).toContain(from);
    writeFileSync(path, text.replace(from, to));
    try {
      load(copy.dir);
    } catch (error) {
      expect(error).toBeInstanceOf(DataValidationError);
      return (error as Error).message;
    }
    throw new Error(`the corrupted ${file} was accepted`);
  };
}
