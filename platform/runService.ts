/**
 * Runs one service as its process: read its config, start it, stop it cleanly on SIGTERM/SIGINT. A start-up failure
 * an operator causes (a bad setting, a missing file) is logged as one line with its reason, anything else with its
 * stack; either way the process exits 1. The gateway, each subgraph and the router signer run through here.
 */
import { asksForHelpOnly } from "./commandLine.js";
import { ConfigError } from "./env.js";
import { createProcessLogger, type Logger } from "./logger.js";
import { startObservability } from "./observability.js";
import { disableApolloTelemetry } from "./serviceCatalog.js";
import { stopOnSignals } from "./shutdown.js";

export interface StartedService {
  /** Readiness turns 503 and responses close their connections, while the service still serves (platform/drainState). */
  beginDrain?(): void;
  /** Stops accepting, finishes in-flight requests, releases what the service holds. */
  stop(): Promise<void>;
}

interface ShutdownSettings {
  shutdownTimeoutMs: number;
  /** How long to keep serving after SIGTERM before closing the listener (SHUTDOWN_DRAIN_DELAY_MS). */
  drainDelayMs?: number;
}

export interface ServiceRunner<Config extends ShutdownSettings> {
  /** Logger name and `service` field of every log line (e.g. "gateway", "diplomacy", "router-signer"). */
  name: string;
  /** Subject of the fatal log line: "<title> failed to start". */
  title: string;
  /** How an operator starts it, for its --help (default `npm run start:<name>`). */
  invocation?: string;
  readConfig(): Config;
  start(config: Config, logger: Logger): Promise<StartedService>;
  /** Errors besides ConfigError whose message is the whole story, logged without a stack. */
  expectedErrors?: readonly (abstract new (
    ...args: never[]
  ) => Error)[];
}

/** A service takes no flag but --help: every setting is an environment variable. */
function answerHelp(service: { name: string; title: string; invocation?: string }): boolean {
  const invocation = service.invocation ?? `npm run start:${service.name}`;
  const helpCommand = invocation.startsWith("npm ") ? `${invocation} -- --help` : `${invocation} --help`;
  if (!asksForHelpOnly(process.argv.slice(2), service.name, helpCommand)) return false;
  process.stdout.write(
    `Usage: ${invocation}\n  Starts the ${service.title} alone. Takes no flag but --help: every setting is an environment ` +
      "variable (see .env.example).\n  -h, --help   print this help\n",
  );
  return true;
}

export async function runService<Config extends ShutdownSettings>(service: ServiceRunner<Config>): Promise<void> {
  if (answerHelp(service)) return;
  disableApolloTelemetry();
  const logger = createProcessLogger(service.name, service.title);
  try {
    const config = service.readConfig();
    const observability = await startObservability(service.name, logger);
    const started = await service.start(config, logger);
    const stop = async () => {
      await started.stop();
      await observability.stop();
    };
    stopOnSignals(stop, logger, config.shutdownTimeoutMs + 1_000, {
      begin: () => started.beginDrain?.(),
      delayMs: config.drainDelayMs ?? 0,
    });
  } catch (error) {
    const expected = [ConfigError, ...(service.expectedErrors ?? [])].some((type) => error instanceof type);
    logger.fatal(expected ? { reason: (error as Error).message } : { err: error }, `${service.title} failed to start`);
    process.exitCode = 1;
    setImmediate(() => process.exit(1));
  }
}
