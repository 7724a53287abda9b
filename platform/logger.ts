/** Structured JSON logging shared by every service. */
import { type Logger, pino } from "pino";
import { type Env, readChoice } from "./env.js";

export type { Logger };

const levels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export function createLogger(service: string, env: Env = process.env, destination?: pino.DestinationStream): Logger {
  return pino({ name: service, level: readChoice(env, "LOG_LEVEL", levels, "info"), base: { service } }, destination);
}

/**
 * The logger of a service process: without a valid LOG_LEVEL there is nothing to log with, so say so plainly and stop.
 * It writes to stdout asynchronously: while one write is in flight the next lines queue and go out together, instead
 * of one blocking write per request line; pino flushes what is queued when the process exits.
 */
export function createProcessLogger(service: string, title = service): Logger {
  try {
    return createLogger(service, process.env, pino.destination({ sync: false }));
  } catch (error) {
    console.error(`${title} failed to start: ${(error as Error).message}`);
    process.exit(1);
  }
}
