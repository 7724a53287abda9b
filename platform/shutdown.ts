/**
 * Graceful shutdown on SIGTERM/SIGINT: drain (readiness 503, keep serving for the drain delay), then stop accepting,
 * let in-flight requests finish, exit 0 within a bound.
 */
import type { Logger } from "./logger.js";

export interface Drain {
  /** Readiness 503 and `Connection: close` from now on, while still serving. */
  begin(): void;
  delayMs: number;
}

export function stopOnSignals(
  stop: () => Promise<void>,
  logger: Logger,
  timeoutMs: number,
  drain: Drain = { begin: () => {}, delayMs: 0 },
): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, drainDelayMs: drain.delayMs }, "shutting down");
    drain.begin();
    const timer = setTimeout(() => {
      logger.error({ timeoutMs }, "shutdown timed out");
      process.exit(1);
    }, drain.delayMs + timeoutMs);
    timer.unref();
    new Promise((resolve) => setTimeout(resolve, drain.delayMs)).then(stop).then(
      () => {
        logger.info("stopped");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", handle);
  process.on("SIGINT", handle);
}
