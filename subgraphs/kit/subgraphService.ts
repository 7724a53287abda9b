/** What a subgraph provides to the kit, and the process entry that runs it. */
import type { BaseContext } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import { ConfigError } from "../../platform/env.js";
import { createProcessLogger } from "../../platform/logger.js";
import { stopOnSignals } from "../../platform/shutdown.js";
import { DataValidationError } from "./dataFile.js";
import { DatabaseOpenError } from "./sqliteStore.js";
import { readSubgraphConfig } from "./subgraphConfig.js";
import { startSubgraphServer } from "./subgraphServer.js";

export interface OpenedStore<Context extends BaseContext> {
  /** A fresh context, with fresh DataLoaders, for each request. */
  createContext(): Context;
  close(): void;
}

export interface SubgraphService<Context extends BaseContext = BaseContext> {
  name: string;
  defaultPort: number;
  buildSchema(): Promise<GraphQLSchema>;
  /** Validates the subgraph's data files and loads them into its SQLite database. */
  openStore(databasePath: string, dataDir?: string): OpenedStore<Context>;
}

/** Opens the store, blaming a database file that cannot be created on the variable that chose it. */
function openStoreAt<Context extends BaseContext>(
  service: SubgraphService<Context>,
  databasePath: string,
): OpenedStore<Context> {
  try {
    return service.openStore(databasePath);
  } catch (error) {
    if (!(error instanceof DatabaseOpenError)) throw error;
    throw new ConfigError(`${service.name.toUpperCase()}_DB_PATH`, error.message);
  }
}

export async function runSubgraph<Context extends BaseContext>(service: SubgraphService<Context>): Promise<void> {
  const logger = createProcessLogger(service.name);
  try {
    const config = readSubgraphConfig(service.name, service.defaultPort);
    const store = openStoreAt(service, config.databasePath);
    const schema = await service.buildSchema();
    const running = await startSubgraphServer({
      name: service.name,
      schema,
      createContext: () => store.createContext(),
      host: config.host,
      port: config.port,
      logger,
      gatewaySecrets: config.gatewaySecrets,
      shutdownTimeoutMs: config.shutdownTimeoutMs,
      maskErrors: config.maskErrors,
    });
    stopOnSignals(
      async () => {
        await running.stop();
        store.close();
      },
      logger,
      config.shutdownTimeoutMs + 1_000,
    );
  } catch (error) {
    const expected = error instanceof ConfigError || error instanceof DataValidationError;
    logger.fatal(
      expected ? { reason: (error as Error).message } : { err: error },
      `${service.name} subgraph failed to start`,
    );
    process.exitCode = 1;
    setImmediate(() => process.exit(1));
  }
}
