/**
 * The production file set: compiled code plus every file the services read at run time, at the same relative
 * places (platform/projectRoot.ts finds them from package.json). The Dockerfile and the production test both use it.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { dirname, extname, join, relative, sep } from "node:path";

/** Copied whole. */
const WHOLE = ["package.json", "package-lock.json", "dist", "sources"];

/** Source folders whose data files (not their TypeScript) the services open at run time. */
const DATA_FOLDERS = ["gateway", "subgraphs", "platform", "schema"];

/** Extensions of run-time data files: curated YAML, SQLite DDL, SDL and operations, JSON. */
const DATA_EXTENSIONS = new Set([".yaml", ".yml", ".sql", ".graphql", ".json", ".txt"]);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : walk(path);
    return entry.isFile() ? [path] : [];
  });
}

/** Paths (relative to `root`, `/`-separated) that make up the production copy. */
export function runtimeFiles(root: string): string[] {
  const missing = WHOLE.filter((p) => !existsSync(join(root, p)));
  if (missing.length > 0) throw new Error(`cannot assemble the production copy: missing ${missing.join(", ")}`);
  const whole = WHOLE.flatMap((path) =>
    statSync(join(root, path)).isDirectory() ? walk(join(root, path)) : [join(root, path)],
  );
  const data = DATA_FOLDERS.filter((folder) => existsSync(join(root, folder)))
    .flatMap((folder) => walk(join(root, folder)))
    .filter((path) => DATA_EXTENSIONS.has(extname(path)));
  return [...whole, ...data].map((path) => relative(root, path).split(sep).join("/")).sort();
}

/** Copies the production file set from `root` into `target` (created if needed). */
export function assembleRuntime(root: string, target: string): string[] {
  const files = runtimeFiles(root);
  for (const file of files) {
    const destination = join(target, file);
    mkdirSync(dirname(destination), { recursive: true });
    cpSync(join(root, file), destination);
  }
  return files;
}
