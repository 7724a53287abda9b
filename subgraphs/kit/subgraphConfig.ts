/** Environment of one subgraph service: `<NAME>_PORT`, `<NAME>_DB_PATH`, `HOST`, shutdown grace. */
import { type Env, readInteger, readPort, readString } from "../../platform/env.js";

export interface SubgraphConfig {
  name: string;
  host: string;
  port: number;
  databasePath: string;
  shutdownTimeoutMs: number;
}

export function readSubgraphConfig(name: string, defaultPort: number, env: Env = process.env): SubgraphConfig {
  const prefix = name.toUpperCase();
  return {
    name,
    host: readString(env, "HOST", "127.0.0.1"),
    port: readPort(env, `${prefix}_PORT`, defaultPort),
    databasePath: readString(env, `${prefix}_DB_PATH`, ":memory:"),
    shutdownTimeoutMs: readInteger(env, "SHUTDOWN_TIMEOUT_MS", 10_000, { min: 100, max: 120_000 }),
  };
}
