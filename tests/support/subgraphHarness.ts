/** Starts one real subgraph HTTP server (its kit server, its store) on a free loopback port for a test. */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BaseContext } from "@apollo/server";
import { createLogger } from "../../platform/logger.js";
import { type SubgraphServerOptions, startSubgraphServer } from "../../subgraphs/kit/subgraphServer.js";
import type { SubgraphStore } from "../../subgraphs/kit/subgraphStore.js";

export interface GraphQLResponse<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export async function postGraphQL<Data = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<Data>;
}

export interface TestSubgraph<Repository, Loaders> {
  url: string;
  store: SubgraphStore<Repository, Loaders>;
  query<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<Data>>;
  stop(): Promise<void>;
}

export async function startTestSubgraph<Repository, Loaders>(
  name: string,
  buildSchema: () => Promise<import("graphql").GraphQLSchema>,
  openStore: (
    databasePath?: string,
    dataDir?: string,
    options?: { recordStatements?: boolean },
  ) => SubgraphStore<Repository, Loaders>,
  gatewaySecrets: readonly string[] = [],
  server: Partial<Pick<SubgraphServerOptions<BaseContext>, "logger" | "signatureWindow" | "maskErrors">> = {},
): Promise<TestSubgraph<Repository, Loaders>> {
  // Tests read the statements a request ran; the services themselves never record them.
  const store = openStore(":memory:", undefined, { recordStatements: true });
  const running = await startSubgraphServer<BaseContext>({
    name,
    schema: await buildSchema(),
    createContext: () => store.createContext(),
    host: "127.0.0.1",
    port: 0,
    logger: createLogger(name, { LOG_LEVEL: "silent" }),
    gatewaySecrets,
    ...server,
  });
  return {
    url: running.url,
    store,
    query: (query, variables) => postGraphQL(running.url, query, variables),
    stop: async () => {
      await running.stop();
      store.close();
    },
  };
}

/** A throw-away copy of a subgraph's data folder, for tests that corrupt a data file. */
export function copyDataDir(dataDir: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "subgraph-data-"));
  cpSync(dataDir, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
