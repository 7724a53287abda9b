/** Typed, validated readers for environment variables; a bad value names the variable. */
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

/** Comma-separated secrets (e.g. for rotation: "new,old"); each must be long enough to resist guessing. */
export function readSecrets(env: Env, name: string, minLength = 16): string[] {
  const secrets = (raw(env, name) ?? "")
    .split(",")
    .map((secret) => secret.trim())
    .filter((secret) => secret.length > 0);
  if (secrets.some((secret) => secret.length < minLength)) {
    throw new ConfigError(name, `must hold secrets of at least ${minLength} characters each`);
  }
  return secrets;
}

/** NODE_ENV: production turns on what a deployment needs (secrets required, errors masked, tools off). */
export function isProduction(env: Env): boolean {
  return readChoice(env, "NODE_ENV", ["development", "production", "test"], "development") === "production";
}

/** How long a service waits for in-flight requests after SIGTERM/SIGINT; the same variable for every service. */
export function readShutdownTimeoutMs(env: Env): number {
  return readInteger(env, "SHUTDOWN_TIMEOUT_MS", 10_000, { min: 100, max: 120_000 });
}
