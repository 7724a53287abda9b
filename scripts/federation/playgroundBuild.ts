/** Builds the playground bundle when it is missing or older than its sources, so `npm start` needs no extra step. */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fromProjectRoot, projectRoot } from "../../platform/projectRoot.js";

const SOURCES = fromProjectRoot("playground");
const BUILT_PAGE = fromProjectRoot("dist/playground/index.html");

function newestSource(): number {
  let newest = 0;
  for (const file of readdirSync(SOURCES, { recursive: true }) as string[]) {
    const stat = statSync(join(SOURCES, file));
    if (stat.isFile()) newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

export function playgroundBuildNeeded(): boolean {
  return !existsSync(BUILT_PAGE) || statSync(BUILT_PAGE).mtimeMs < newestSource();
}

/** Runs `npm run build:playground` if needed; rejects with its output when the build fails. */
export async function ensurePlaygroundBuilt(onLine: (line: string) => void = () => {}): Promise<boolean> {
  if (!playgroundBuildNeeded()) return false;
  const output: string[] = [];
  const child = spawn("npm", ["run", "--silent", "build:playground"], {
    cwd: projectRoot(),
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      for (const line of chunk.split("\n").filter(Boolean)) {
        output.push(line);
        onLine(line);
      }
    });
  }
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", resolve);
  });
  if (code !== 0) throw new Error(`npm run build:playground failed (exit ${code}):\n${output.slice(-30).join("\n")}`);
  return true;
}
