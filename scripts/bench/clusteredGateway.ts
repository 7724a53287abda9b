/**
 * Our gateway under Node's cluster module, for the bench's `--cluster N` trial only: the primary forks N workers
 * that each run the gateway's own entry (`npm run start:gateway`) and share its listening port. Argument: N.
 */
import cluster from "node:cluster";
import { entryOf } from "../federation/services.js";

const workers = Number(process.argv[2] ?? 2);
// `args: []`: a worker would otherwise get the primary's N as a flag, which the gateway's entry refuses.
cluster.setupPrimary({ exec: entryOf("gateway"), execArgv: ["--import", "tsx"], args: [] });
for (let index = 0; index < workers; index++) cluster.fork();
cluster.on("exit", (worker, code) => {
  if (!stopping) {
    console.error(`gateway worker ${worker.process.pid} exited with ${code}`);
    process.exit(1);
  }
});
let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    const timer = setInterval(() => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    }, 100);
    timer.unref();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
