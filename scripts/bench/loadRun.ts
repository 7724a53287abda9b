/** Runs one timed load against one URL in a separate load-generator process, optionally pinned to CPUs. */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { LoadRequest, LoadResult } from "./loadGenerator.js";

export type { LoadRequest, LoadResult };

const GENERATOR = fileURLToPath(new URL("./loadGenerator.ts", import.meta.url));

export function runLoad(load: LoadRequest, cpus?: string): Promise<LoadResult> {
  const child = fork(GENERATOR, [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    ...(cpus && { execPath: "taskset", execArgv: ["-c", cpus, process.execPath, "--import", "tsx"] }),
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), (load.durationSeconds + 60) * 1000);
    child.once("message", (message: { result?: LoadResult; error?: string }) => {
      if (message.result) resolve(message.result);
      else reject(new Error(`load generator failed: ${message.error}`));
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`load generator exited with code ${code} before reporting`));
    });
    child.send(load);
  });
}
