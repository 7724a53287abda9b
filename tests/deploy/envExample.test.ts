/** .env.example documents every variable the services and the compose file read, with their real defaults. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSignerConfig } from "../../deploy/signer/signerConfig.js";
import { readGatewayConfig } from "../../gateway/config.js";
import type { Env } from "../../platform/env.js";
import { createLogger } from "../../platform/logger.js";
import { readMetricsPort } from "../../platform/metrics/metricsPort.js";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { SUBGRAPH_NAMES } from "../../platform/serviceCatalog.js";
import { readSubgraphConfig } from "../../subgraphs/kit/subgraphConfig.js";
import { COMPOSE_PATH, composeVariables } from "./support/composeFile.js";

const SECRET = "env-example-secret-0123456789";
const TOKEN = "env-example-token-0123456789";

/** `NAME=default` lines, commented or not. */
function documented(): Map<string, string> {
  const lines = readFileSync(fromProjectRoot(".env.example"), "utf8").split("\n");
  return new Map(
    lines.flatMap((line) => {
      const match = /^#?\s?([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
      return match ? [[match[1] as string, (match[2] as string).trim()] as const] : [];
    }),
  );
}

/** Each service's config reader, fed from a recording environment. */
const readers: Record<string, (env: Env) => unknown> = {
  ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, (env: Env) => readSubgraphConfig(name, env)])),
  gateway: (env) => readGatewayConfig(env),
  "router-signer": (env) => readSignerConfig(env),
  logger: (env) => createLogger("any", env).level,
  metrics: (env) => [...SUBGRAPH_NAMES, "gateway", "router-signer"].map((name) => readMetricsPort(name, env)),
};

function baseEnv(): Record<string, string> {
  return { GATEWAY_SHARED_SECRETS: SECRET, SIGNER_TOKEN: TOKEN };
}

function variablesRead(read: (env: Env) => unknown): Set<string> {
  const names = new Set<string>();
  const base = baseEnv();
  const recording = new Proxy(base, {
    get(target, name) {
      if (typeof name === "string") names.add(name);
      return target[name as keyof typeof target];
    },
  });
  read(recording);
  return names;
}

/** Names read with a literal name anywhere in the services' sources (`process.env.X`, `readUrl(env, "X", …)`). */
function variablesNamedInSources(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
    );
  for (const folder of ["gateway", "subgraphs", "platform", "deploy", "scripts"]) {
    for (const file of walk(fromProjectRoot(folder))) {
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)) names.add(match[1] as string);
      for (const match of source.matchAll(/read\w+\((?:process\.)?env, "([A-Z][A-Z0-9_]*)"/g))
        names.add(match[1] as string);
    }
  }
  return names;
}

describe(".env.example", () => {
  const docs = documented();

  it("documents every variable each service's config reader reads", () => {
    for (const [service, read] of Object.entries(readers)) {
      for (const name of variablesRead(read)) expect([...docs.keys()], `${service} reads ${name}`).toContain(name);
    }
  });

  it("documents every variable named in the services' sources and in docker-compose.yml", () => {
    for (const name of [...variablesNamedInSources(), ...composeVariables()]) {
      expect([...docs.keys()], name).toContain(name);
    }
  });

  it("documents nothing that nobody reads", () => {
    const read = new Set([
      ...Object.values(readers).flatMap((reader) => [...variablesRead(reader)]),
      ...variablesNamedInSources(),
      ...composeVariables(),
    ]);
    for (const name of docs.keys()) expect([...read], `${name} is documented but never read`).toContain(name);
  });

  it("states the defaults the services really use", () => {
    for (const [name, value] of docs) {
      if (value === "") continue; // no default, or one that depends on NODE_ENV (explained in the file)
      for (const [service, read] of Object.entries(readers)) {
        if (!variablesRead(read).has(name)) continue;
        expect(read({ ...baseEnv(), [name]: value }), `${service}: ${name}=${value}`).toEqual(read(baseEnv()));
      }
    }
  });

  it("states the defaults docker-compose.yml falls back to", () => {
    const compose = readFileSync(COMPOSE_PATH, "utf8");
    for (const match of compose.matchAll(/\$\{([A-Z][A-Z0-9_]*):-([^}]*)\}/g)) {
      const [, name, fallback] = match;
      expect(docs.get(name as string), name).toBe(fallback);
    }
  });

  it("leaves the shared secret empty, so compose refuses to start until one is set", () => {
    expect(docs.get("GATEWAY_SHARED_SECRETS")).toBe("");
    const uncommented = readFileSync(fromProjectRoot(".env.example"), "utf8")
      .split("\n")
      .filter((line) => /^[A-Z]/.test(line));
    expect(uncommented).toEqual(["GATEWAY_SHARED_SECRETS="]);
  });
});
