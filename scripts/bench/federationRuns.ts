/**
 * The soak and abuse runs: the federation started exactly as `npm start` starts it (signed subgraphs), driven by
 * soak.ts or abuse.ts; each prints its table and sets the exit code from its target.
 */
import { readOperationExamples } from "../../gateway/playground/operationExamples.js";
import { createLogger } from "../../platform/logger.js";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { startFederation } from "../federation/federation.js";
import { abuse } from "./abuse.js";
import type { BenchOptions } from "./cli.js";
import { soak } from "./soak.js";

const SOAK_WARMUP_SECONDS = 15;
const ABUSE_PROBE_P99_TARGET_MS = 100;

export async function runFederationRun(options: BenchOptions): Promise<void> {
  const federation = await startFederation({ env: { LOG_LEVEL: "warn", GATEWAY_RESPONSE_CACHE: "false" } });
  try {
    if (options.mode === "soak") {
      const examples = readOperationExamples(fromProjectRoot("schema", "operations"), createLogger("bench"));
      const result = await soak(federation, examples, {
        durationSeconds: options.durationSeconds,
        warmupSeconds: SOAK_WARMUP_SECONDS,
        connections: options.connections,
      });
      console.log(
        `\nSoak: ${SOAK_WARMUP_SECONDS} s warm-up + ${options.durationSeconds} s, ${options.connections} connections, ` +
          `registered operations and distinct documents, Node ${process.version}: ${result.requests} requests ` +
          `(${result.rps} req/s), ${result.errors} errors\n`,
      );
      console.table(result.rows);
      process.exitCode = result.errors === 0 && result.rows.every((row) => row.ratio <= 1.1) ? 0 : 1;
    } else {
      const result = await abuse(federation, { durationSeconds: options.durationSeconds });
      console.log(
        `\nAbuse: 8 clients sending an expensive unpaged query for ${options.durationSeconds} s, Node ${process.version}\n`,
      );
      console.table(result.rows);
      process.exitCode = result.probeP99 < ABUSE_PROBE_P99_TARGET_MS ? 0 : 1;
    }
  } finally {
    await federation.stop();
  }
}
