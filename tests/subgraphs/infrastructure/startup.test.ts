import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromProjectRoot } from "../../../platform/projectRoot.js";
import { postGraphQL } from "../../support/subgraphHarness.js";

// tsx emits no decorator metadata (vitest does): only a real `npm run start:infrastructure` proves every
// decorator has an explicit type function.
let child: ChildProcess;
let url: string;

beforeAll(async () => {
  child = spawn(fromProjectRoot("node_modules", ".bin", "tsx"), ["subgraphs/infrastructure/main.ts"], {
    cwd: fromProjectRoot(),
    env: { ...process.env, INFRASTRUCTURE_PORT: "0", LOG_LEVEL: "info", GATEWAY_SHARED_SECRETS: "" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  url = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`infrastructure exited with ${code} before it was ready`)));
    lines.on("line", (line) => {
      const entry = JSON.parse(line) as { url?: string };
      if (entry.url) resolve(entry.url);
    });
  });
});
afterAll(async () => {
  if (child.exitCode === null) {
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    await exited;
  }
});

describe("infrastructure started as npm start does", () => {
  it("serves health and GraphQL, and exits 0 on SIGTERM", async () => {
    const health = await fetch(new URL("/health", url));
    expect(await health.json()).toEqual({ status: "ok", service: "infrastructure" });
    const { data } = await postGraphQL(url, `{ infrastructureProjects { nodes { voltageKv status } } }`);
    expect(data).toEqual({ infrastructureProjects: { nodes: [{ voltageKv: 500, status: "UNKNOWN" }] } });
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    const [code] = await exited;
    expect(code).toBe(0);
  });
});
