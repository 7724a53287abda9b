/**
 * Once per test run, before any file: the playground bundle every federation's gateway serves, built when missing or
 * stale (files run side by side, and each federation they start would otherwise build it at the same time), and a
 * scratch directory the run's files share (tests/schema/schemaWorkspace.ts composes its committed base there once).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { ensurePlaygroundBuilt } from "../../scripts/federation/playgroundBuild.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Scratch space shared by the run's test files, removed when the run ends. */
    testRunDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  await ensurePlaygroundBuilt();
  const dir = mkdtempSync(join(tmpdir(), "test-run-"));
  project.provide("testRunDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
