/** Structured JSON logging shared by every service. */
import { type Logger, pino } from "pino";
import { type Env, readChoice } from "./env.js";

export type { Logger };

const levels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

export function createLogger(service: string, env: Env = process.env): Logger {
  return pino({ name: service, level: readChoice(env, "LOG_LEVEL", levels, "info"), base: { service } });
}

/** The logger of a service process: without a valid LOG_LEVEL there is nothing to log with, so say so plainly and stop. */
export function createProcessLogger(service: string, title = service): Logger {
  try {
    return createLogger(service);
  } catch (error) {
    console.error(`${title} failed to start: ${(error as Error).message}`);
    process.exit(1);
  }
}
