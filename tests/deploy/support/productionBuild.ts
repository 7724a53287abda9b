/**
 * `npm run build` (once per source change) and throw-away production copies of its output: the runtime file set the
 * Docker image gets (deploy/runtimeFiles.ts) plus production dependencies only, made without any network.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assembleRuntime } from "../../../deploy/runtimeFiles.js";
import { fromProjectRoot, projectRoot } from "../../../platform/projectRoot.js";

const STAMP = fromProjectRoot("dist", ".build-stamp");
const BUILD_INPUTS = ["gateway", "subgraphs", "platform", "scripts", "schema", "deploy", "playground"];
const BUILD_CONFIG = ["package.json", "package-lock.json", "tsconfig.json", "tsconfig.build.json"];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path)
    .filter((name) => name !== "node_modules" && name !== "dist")
    .reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/** Runs `npm run build` unless dist/ is newer than every build input; returns the build's duration (0 if reused). */
export function buildOnce(): number {
  const newestInput = Math.max(...[...BUILD_INPUTS, ...BUILD_CONFIG].map((p) => newestMtime(fromProjectRoot(p))));
  if (existsSync(STAMP) && statSync(STAMP).mtimeMs > newestInput) return 0;
  const started = Date.now();
  try {
    execFileSync("npm", ["run", "build"], { cwd: projectRoot(), stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run build failed:\n${stdout}\n${stderr}`);
  }
  writeFileSync(STAMP, new Date().toISOString());
  return Date.now() - started;
}

export interface LockEntry {
  dev?: boolean;
  optional?: boolean;
  link?: boolean;
}

/**
 * The packages `npm ci --omit=dev` installs: every lockfile entry not marked `dev` (the same flags npm uses; they
 * agree with `npm ls --omit=dev`). Copied from the repo's node_modules, so native builds (better-sqlite3) come along.
 */
export function copyProductionDependencies(root: string, target: string): string[] {
  const copied: string[] = [];
  for (const [path, entry] of productionPackages(root)) {
    const source = join(root, path);
    if (!existsSync(source)) {
      if (entry.optional) continue; // an optional package for another platform
      throw new Error(`${path} is in package-lock.json but not installed: run npm ci`);
    }
    // Nested node_modules are entries of their own, copied (or omitted as dev) separately.
    cpSync(source, join(target, path), {
      recursive: true,
      filter: (from) => !/(^|\/)node_modules(\/|$)/.test(from.slice(source.length)),
    });
    copied.push(path);
  }
  return copied;
}

/** Lockfile entries (`node_modules/...` paths) that `npm ci --omit=dev` installs. */
export function productionPackages(root: string): [string, LockEntry][] {
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as {
    packages: Record<string, LockEntry>;
  };
  return Object.entries(lock.packages).filter(
    ([path, entry]) => path.startsWith("node_modules/") && !entry.dev && !entry.link,
  );
}

export interface ProductionCopy {
  dir: string;
  files: string[];
  packages: string[];
  remove(): void;
}

/** A fresh directory laid out like the image's /app: runtime files + production node_modules. */
export function makeProductionCopy(): ProductionCopy {
  const dir = mkdtempSync(join(tmpdir(), "production-copy-"));
  try {
    const files = assembleRuntime(projectRoot(), dir);
    const packages = copyProductionDependencies(projectRoot(), dir);
    return { dir, files, packages, remove: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
