/** Reads docker-compose.yml the way Compose does: YAML with merge keys, then `${VAR}` interpolation. */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { fromProjectRoot } from "../../../platform/projectRoot.js";

export const COMPOSE_PATH = fromProjectRoot("docker-compose.yml");

export interface ComposeHealthcheck {
  test: string[];
  interval?: string;
  timeout?: string;
  retries?: number;
  start_period?: string;
}

export interface ComposeService {
  image?: string;
  build?: { context: string } | string;
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  expose?: string[];
  networks?: string[];
  network_mode?: string;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: ComposeHealthcheck;
  restart?: string;
  profiles?: string[];
  volumes?: string[];
  read_only?: boolean;
  mem_limit?: string;
  stop_grace_period?: string;
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  networks: Record<string, { internal?: boolean } | null>;
}

/** Compose's interpolation: `$$`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`. */
export function interpolate(text: string, env: Readonly<Record<string, string | undefined>>): string {
  return text.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])((?:[^}])*))?\}/g, (match, name, op, arg) => {
    if (match === "$$") return "$";
    const value = env[name as string];
    const unset = op?.startsWith(":") ? value === undefined || value === "" : value === undefined;
    if (op === ":-" || op === "-") return unset ? (arg as string) : (value as string);
    if (op === ":?" || op === "?") {
      if (unset) throw new Error(`${name}: ${arg}`);
      return value as string;
    }
    return value ?? "";
  });
}

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === "string") return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]));
  }
  return value;
}

function parseComposeYaml(path: string): unknown {
  return parse(readFileSync(path, "utf8"), { merge: true });
}

/** Variables the compose file reads from the environment (or `.env`). */
export function composeVariables(path = COMPOSE_PATH): string[] {
  const names = new Set<string>();
  mapStrings(parseComposeYaml(path), (text) => {
    for (const match of text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)) names.add(match[1] as string);
    return text;
  });
  return [...names].sort();
}

/** The compose file with every value interpolated from `env`, as `docker compose config` would resolve it. */
export function loadCompose(env: Readonly<Record<string, string | undefined>>, path = COMPOSE_PATH): ComposeFile {
  return mapStrings(parseComposeYaml(path), (text) => interpolate(text, env)) as ComposeFile;
}
