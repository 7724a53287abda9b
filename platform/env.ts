/** Typed, validated readers for environment variables; a bad value names the variable. */
import { readFileSync } from "node:fs";

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Invalid configuration: ${variable} ${message}`);
    this.name = "ConfigError";
  }
}

export type Env = Readonly<Record<string, string | undefined>>;

function raw(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

export function readInteger(env: Env, name: string, fallback: number, range: { min: number; max: number }): number {
  const value = raw(env, name);
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) throw new ConfigError(name, `must be an integer, got "${value}"`);
  const parsed = Number(value);
  if (parsed < range.min || parsed > range.max) {
    throw new ConfigError(name, `must be between ${range.min} and ${range.max}, got ${parsed}`);
  }
  return parsed;
}

export function readPort(env: Env, name: string, fallback: number): number {
  return readInteger(env, name, fallback, { min: 0, max: 65535 });
}

export function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const value = raw(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (["1", "true", "yes", "on"].includes(value)) return true;
  if (["0", "false", "no", "off"].includes(value)) return false;
  throw new ConfigError(name, `must be true or false, got "${value}"`);
}

export function readString(env: Env, name: string, fallback: string): string {
  return raw(env, name) ?? fallback;
}

export function readOptionalString(env: Env, name: string): string | undefined {
  return raw(env, name);
}

export function readUrl(env: Env, name: string, fallback: string): string {
  const value = raw(env, name) ?? fallback;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(name, `must be an absolute http(s) URL, got "${value}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError(name, `must be an http(s) URL, got "${value}"`);
  }
  return url.toString();
}

export function readChoice<const T extends string>(env: Env, name: string, choices: readonly T[], fallback: T): T {
  const value = raw(env, name);
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new ConfigError(name, `must be one of ${choices.join(", ")}, got "${value}"`);
  }
  return value as T;
}

/** Estimated bits of entropy: length × Shannon entropy of the characters used (repeats and tiny alphabets score low). */
export function estimatedEntropyBits(secret: string): number {
  const counts = new Map<string, number>();
  for (const character of secret) counts.set(character, (counts.get(character) ?? 0) + 1);
  let perCharacter = 0;
  for (const count of counts.values()) {
    const p = count / secret.length;
    perCharacter -= p * Math.log2(p);
  }
  return perCharacter * secret.length;
}

export const MIN_SECRET_LENGTH = 16;
export const MIN_SECRET_BITS = 72;

/**
 * A secret's raw text: from `NAME`, or from the file `NAME_FILE` names (Docker and Kubernetes secrets), not both.
 * A file's trailing newline is not part of the secret.
 */
export function readSecretText(env: Env, name: string): string | undefined {
  const inline = raw(env, name);
  const file = raw(env, `${name}_FILE`);
  if (file === undefined) return inline;
  if (inline !== undefined) throw new ConfigError(`${name}_FILE`, `is set as well as ${name}: keep one`);
  try {
    return readFileSync(file, "utf8").trim() || undefined;
  } catch (error) {
    throw new ConfigError(`${name}_FILE`, `cannot be read: ${(error as NodeJS.ErrnoException).code ?? "error"}`);
  }
}

/** Comma-separated secrets (e.g. for rotation: "new,old"); each must be long and random enough to resist guessing. */
export function readSecrets(env: Env, name: string): string[] {
  const secrets = (readSecretText(env, name) ?? "")
    .split(",")
    .map((secret) => secret.trim())
    .filter((secret) => secret.length > 0);
  if (secrets.some((secret) => secret.length < MIN_SECRET_LENGTH)) {
    throw new ConfigError(name, `must hold secrets of at least ${MIN_SECRET_LENGTH} characters each`);
  }
  if (secrets.some((secret) => estimatedEntropyBits(secret) < MIN_SECRET_BITS)) {
    throw new ConfigError(
      name,
      "holds a guessable secret (too few distinct characters, or a repeated pattern): generate a random one",
    );
  }
  return secrets;
}

/** NODE_ENV: production turns on what a deployment needs (secrets required, errors masked, tools off). */
export function isProduction(env: Env): boolean {
  return readChoice(env, "NODE_ENV", ["development", "production", "test"], "development") === "production";
}

/**
 * How long a service keeps serving after SIGTERM, readiness already 503, before it closes its listener: time for a
 * load balancer to notice. None in development (Ctrl-C stops at once), 3 s in production.
 */
export function readShutdownDrainDelayMs(env: Env): number {
  return readInteger(env, "SHUTDOWN_DRAIN_DELAY_MS", isProduction(env) ? 3_000 : 0, { min: 0, max: 60_000 });
}

/** How long a service waits for in-flight requests after SIGTERM/SIGINT; the same variable for every service. */
export function readShutdownTimeoutMs(env: Env): number {
  return readInteger(env, "SHUTDOWN_TIMEOUT_MS", 10_000, { min: 100, max: 120_000 });
}
