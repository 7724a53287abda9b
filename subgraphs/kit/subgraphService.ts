/** What a subgraph provides to the kit, and the process entry that runs it. */
import type { BaseContext } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import { ConfigError } from "../../platform/env.js";
import { runService } from "../../platform/runService.js";
import { databasePathVariable, type SubgraphName } from "../../platform/serviceCatalog.js";
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
  /** Its name in the service catalog, which also holds its default port. */
  name: SubgraphName;
  buildSchema(): Promise<GraphQLSchema>;
  /** Validates the subgraph's data files and loads them into its SQLite database. */
  openStore(databasePath: string, dataDir?: string): OpenedStore<Context>;
}

/** Opens the store, blaming a database file that cannot be created on the variable that chose it. */
function openStoreAt<Context extends BaseContext>(
  service: SubgraphService<Context>,
  databasePath: string,
  dataDir: string | undefined,
): OpenedStore<Context> {
  try {
    return service.openStore(databasePath, dataDir);
  } catch (error) {
    if (!(error instanceof DatabaseOpenError)) throw error;
    throw new ConfigError(databasePathVariable(service.name), error.message);
  }
}

export async function runSubgraph<Context extends BaseContext>(service: SubgraphService<Context>): Promise<void> {
  await runService({
    name: service.name,
    title: `${service.name} subgraph`,
    readConfig: () => readSubgraphConfig(service.name),
    start: async (config, logger) => {
      const store = openStoreAt(service, config.databasePath, config.dataDir);
      if (config.dataDir) logger.warn({ dataDir: config.dataDir }, "serving data files from outside the repository");
      const schema = await service.buildSchema();
      const running = await startSubgraphServer({
        name: service.name,
        schema,
        createContext: () => store.createContext(),
        host: config.host,
        port: config.port,
        logger,
        gatewaySecrets: config.gatewaySecrets,
        signatureWindow: config.signatureWindow,
        httpTimeouts: config.httpTimeouts,
        shutdownTimeoutMs: config.shutdownTimeoutMs,
        maskErrors: config.maskErrors,
      });
      return {
        beginDrain: running.beginDrain,
        stop: async () => {
          await running.stop();
          store.close();
        },
      };
    },
    expectedErrors: [DataValidationError],
  });
}
