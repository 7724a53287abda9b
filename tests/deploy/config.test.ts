/**
 * Configuration errors stop each service at start-up, naming the variable: the real compiled entry points are
 * spawned with one bad value each, and the config readers are checked with the same table.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSignerConfig } from "../../deploy/signer/signerConfig.js";
import { readGatewayConfig } from "../../gateway/config.js";
import { ConfigError, type Env } from "../../platform/env.js";
import { createLogger } from "../../platform/logger.js";
import { projectRoot } from "../../platform/projectRoot.js";
import { SUBGRAPH_NAMES } from "../../platform/serviceCatalog.js";
import { readSubgraphConfig } from "../../subgraphs/kit/subgraphConfig.js";
import {
  type InvalidSetting,
  invalidGatewaySettings,
  invalidHealthcheckSettings,
  invalidSignerSettings,
  invalidSubgraphSettings,
} from "./support/invalidSettings.js";

const VALID_SECRET = "config-test-secret-0123456789";

interface Entry {
  service: string;
  script: string;
  /** Valid settings the bad one is added to: port 0, so a service that wrongly starts cannot collide. */
  base: Record<string, string>;
  invalid: InvalidSetting[];
  read?: (env: Env) => unknown;
}

const entries: Entry[] = [
  ...SUBGRAPH_NAMES.map((name) => ({
    service: name,
    script: `dist/subgraphs/${name}/main.js`,
    base: { [`${name.toUpperCase()}_PORT`]: "0" },
    invalid: invalidSubgraphSettings(name),
    read: (env: Env) => {
      createLogger(name, env);
      return readSubgraphConfig(name, env);
    },
  })),
  {
    service: "gateway",
    script: "dist/gateway/main.js",
    base: { GATEWAY_PORT: "0" },
    invalid: invalidGatewaySettings(),
    read: (env) => {
      createLogger("gateway", env);
      return readGatewayConfig(env);
    },
  },
  {
    service: "router-signer",
    script: "dist/deploy/signer/main.js",
    base: { SIGNER_PORT: "0", GATEWAY_SHARED_SECRETS: VALID_SECRET, SIGNER_TOKEN: "config-test-token-0123456789" },
    invalid: invalidSignerSettings(),
    read: (env) => {
      createLogger("router-signer", env);
      return readSignerConfig(env);
    },
  },
  { service: "healthcheck", script: "dist/deploy/healthcheck.js", base: {}, invalid: invalidHealthcheckSettings() },
];

interface Outcome {
  code: number | null;
  output: string;
  /** It said it was ready, or never exited: stopped by the test. */
  keptRunning: boolean;
}

/** The line each server logs once it serves ("gateway ready", "diplomacy subgraph ready", "router signer ready"). */
const READY_LINE = /"msg":"[^"]* ready"/;
/** Only for a process that neither serves nor exits: one that refuses exits within seconds, even on a busy machine. */
const HANG_LIMIT_MS = 150_000;

function startWith(script: string, env: Record<string, string>): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], {
      cwd: projectRoot(),
      env: { PATH: process.env.PATH ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    // A service that accepts the bad value starts serving and never exits: that is the failure being caught.
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (READY_LINE.test(output)) child.kill("SIGKILL");
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    const timer = setTimeout(() => child.kill("SIGKILL"), HANG_LIMIT_MS);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, output, keptRunning: signal === "SIGKILL" });
    });
  });
}

/** Runs `tasks` at most `limit` at a time (2 cores: a few processes at once keeps this file quick). */
async function inPool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) {
        const index = next++;
        results[index] = await (tasks[index] as () => Promise<T>)();
      }
    }),
  );
  return results;
}

function describeSetting(setting: InvalidSetting): string {
  return Object.entries(setting.env)
    .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
    .join(" ");
}

describe("config readers", () => {
  for (const entry of entries.filter((candidate) => candidate.read)) {
    it(`${entry.service}: every invalid value throws a ConfigError naming its variable`, () => {
      for (const setting of entry.invalid) {
        let thrown: unknown;
        try {
          entry.read?.({ ...entry.base, ...setting.env });
        } catch (error) {
          thrown = error;
        }
        expect(thrown, describeSetting(setting)).toBeInstanceOf(ConfigError);
        expect((thrown as ConfigError).variable, describeSetting(setting)).toBe(setting.variable);
      }
    });

    it(`${entry.service}: the valid base settings are accepted`, () => {
      expect(() => entry.read?.(entry.base)).not.toThrow();
    });
  }
});

function expectNamedRefusal(label: string, outcome: Outcome, variable: string): void {
  expect(outcome.keptRunning, `${label} started anyway:\n${outcome.output}`).toBe(false);
  expect(outcome.code).not.toBe(0);
  expect(outcome.output).toContain(variable);
  // An operator's typo deserves a one-line reason, not a crash dump.
  expect(outcome.output).not.toMatch(/\n\s+at \S/);
}

describe("entry points refuse to start on a bad value", () => {
  const outcomes = new Map<string, Outcome>();
  const cases = entries.flatMap((entry) => entry.invalid.map((setting) => ({ entry, setting })));

  beforeAll(async () => {
    const results = await inPool(
      cases.map(
        ({ entry, setting }) =>
          () =>
            startWith(entry.script, { ...entry.base, ...setting.env }),
      ),
      4,
    );
    cases.forEach(({ entry, setting }, index) => {
      outcomes.set(`${entry.service} ${describeSetting(setting)}`, results[index] as Outcome);
    });
  }, 300_000);

  for (const { entry, setting } of cases) {
    const label = `${entry.service} ${describeSetting(setting)}`;
    it(`${label}: exits non-zero, names ${setting.variable}, prints no stack trace`, () => {
      expectNamedRefusal(label, outcomes.get(label) as Outcome, setting.variable);
    });
  }
});

describe("entry points name the setting behind a failure only start-up can see", () => {
  let occupied: Server;
  let takenPort: string;
  const scratch = mkdtempSync(join(tmpdir(), "config-test-"));

  beforeAll(async () => {
    occupied = createServer();
    await new Promise<void>((resolve) => occupied.listen(0, "127.0.0.1", resolve));
    takenPort = String((occupied.address() as { port: number }).port);
  });

  afterAll(() => {
    occupied?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  for (const entry of entries.filter((candidate) => candidate.service !== "healthcheck")) {
    const portVariable = Object.keys(entry.base).find((name) => name.endsWith("_PORT")) as string;
    it(`${entry.service}: a port already in use names ${portVariable}`, async () => {
      const outcome = await startWith(entry.script, { ...entry.base, [portVariable]: takenPort });
      expectNamedRefusal(entry.service, outcome, portVariable);
      expect(outcome.output).toContain(`127.0.0.1:${takenPort}) is already in use`);
    });
  }

  for (const name of SUBGRAPH_NAMES) {
    const variable = `${name.toUpperCase()}_DB_PATH`;
    it(`${name}: a database file in a missing folder names ${variable}`, async () => {
      const entry = entries.find((candidate) => candidate.service === name) as Entry;
      const outcome = await startWith(entry.script, { ...entry.base, [variable]: join(scratch, "missing", "x.db") });
      expectNamedRefusal(name, outcome, variable);
      expect(outcome.output).toContain("directory does not exist");
    });
  }
});
