/**
 * The playground in a real headless Chromium against the real federation: it loads fully offline (no request to any
 * other host, no console errors), opens with the registered operations as tabs, runs a cross-subgraph example through
 * the execute button, and shows the gateway's query plan. In production the page and introspection are off.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { summarizeQueryPlan } from "../../playground/src/queryPlanSummary.js";
import { startFederation, type TestFederation } from "../support/federation.js";
import { sharedFederation } from "../support/sharedFederation.js";
import { postGraphQL } from "../support/subgraphHarness.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = fromProjectRoot("test-artifacts");
const SUBGRAPHS = ["diplomacy", "finance", "infrastructure"];

interface Example {
  name: string;
  file: string;
  query: string;
}

let profileDir: string | undefined;

async function openBrowser(): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it (Debian/Ubuntu: apt-get install chromium; .ci/run does this) ` +
        "or point CHROMIUM_PATH at a Chromium binary.",
    );
  }
  profileDir = mkdtempSync(join(tmpdir(), "playground-profile-"));
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Records what a page asks for and complains about. */
function watch(page: Page) {
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(`uncaught: ${error.message}`));
  return { requests, consoleErrors };
}

async function plannedServices(gatewayUrl: string, query: string): Promise<string[]> {
  const response = await fetch(gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json", "apollo-query-plan-experimental": "1" },
    body: JSON.stringify({ query }),
  });
  const plan = ((await response.json()) as { extensions?: { __queryPlanExperimental?: unknown } }).extensions
    ?.__queryPlanExperimental;
  return typeof plan === "string"
    ? [...new Set([...plan.matchAll(/service: "(\w+)"/g)].map((m) => m[1] as string))]
    : [];
}

/** Values of `field` under a Flatten path such as `region` or `countries.@` (`@`: every list item). */
function valuesAt(data: unknown, path: string, field: string): unknown[] {
  let nodes: unknown[] = [data];
  for (const segment of path ? path.split(".") : []) {
    nodes = segment.startsWith("@")
      ? nodes.flatMap((node) => (Array.isArray(node) ? node : []))
      : nodes.map((node) => (node as Record<string, unknown> | null)?.[segment]);
  }
  return nodes.map((node) => (node as Record<string, unknown> | null)?.[field]).filter((value) => value != null);
}

/** The first non-empty string inside a value: something a person would see in the result panel. */
function firstText(value: unknown): string | undefined {
  if (typeof value === "string") return value.length > 0 ? value : undefined;
  if (Array.isArray(value)) return value.map(firstText).find(Boolean);
  if (value && typeof value === "object") {
    return Object.entries(value)
      .filter(([key]) => key !== "__typename")
      .map(([, inner]) => firstText(inner))
      .find(Boolean);
  }
  return undefined;
}

afterEach(() => {
  // Chromium may still be writing its profile as it exits: retry instead of failing the test on ENOTEMPTY.
  if (profileDir) rmSync(profileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  profileDir = undefined;
});

describe("playground (development)", () => {
  const federation = sharedFederation();
  let context: BrowserContext;

  beforeAll(async () => {
    context = await openBrowser();
  });

  afterAll(async () => {
    await context?.close();
  });

  it("works offline, opens the examples, runs a cross-subgraph operation and shows its query plan", async () => {
    const origin = new URL(federation.gatewayUrl).origin;
    const examples = (await (await fetch(`${origin}/playground/examples.json`)).json()) as Example[];
    expect(examples.length, "schema/operations holds registered operations").toBeGreaterThan(0);
    const showcases: Example[] = [];
    for (const example of examples) {
      if ((await plannedServices(federation.gatewayUrl, example.query)).length === SUBGRAPHS.length) {
        showcases.push(example);
      }
    }
    // The one with the smallest answer: Monaco renders only the lines in view, and the checks below read them.
    const answerSizes = new Map<Example, number>();
    for (const example of showcases) {
      answerSizes.set(example, JSON.stringify((await postGraphQL(federation.gatewayUrl, example.query)).data).length);
    }
    const showcase = showcases.sort((a, b) => (answerSizes.get(a) ?? 0) - (answerSizes.get(b) ?? 0))[0];
    if (!showcase) throw new Error("no registered operation is planned across all three subgraphs");

    const page = await context.newPage();
    const { requests, consoleErrors } = watch(page);
    const response = await page.goto(federation.playgroundUrl);
    expect(response?.status()).toBe(200);

    // One tab per registered operation, named after it.
    const tabs = page.locator(".graphiql-tab");
    await expect.poll(() => tabs.count(), { timeout: 30_000 }).toBe(examples.length);
    expect(await tabs.allInnerTexts()).toEqual(examples.map((example) => example.name));

    // The docs explorer needs the schema: wait until introspection has filled it.
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    await page.locator(".graphiql-doc-explorer").getByText("Query", { exact: true }).first().waitFor();

    // Run the showcase through the execute button; the result panel shows the gateway's answer.
    await tabs.filter({ hasText: showcase.name }).first().click();
    // A header typed into the headers editor travels with the operation, next to the playground's plan header.
    await page.getByRole("button", { name: "Headers", exact: true }).click();
    await page.locator(".graphiql-editor-tool .graphiql-editor:not(.hidden)").click();
    await page.keyboard.insertText('{"x-playground-check": "from-headers-editor"}');
    const answer = page.waitForResponse((r) => r.url() === federation.gatewayUrl && r.request().method() === "POST");
    await page.locator(".graphiql-execute-button").click();
    const answered = await answer;
    expect(answered.request().headers()).toMatchObject({
      "x-playground-check": "from-headers-editor",
      "apollo-query-plan-experimental": "1",
    });
    const body = (await answered.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(body.data).toBeTruthy();
    const direct = await postGraphQL(federation.gatewayUrl, showcase.query);
    expect(body.data).toEqual(direct.data);
    const resultPanel = page.locator(".graphiql-response");
    const resultText = async () => ((await resultPanel.textContent()) ?? "").replace(/\u00a0/g, " ");
    await expect.poll(resultText, { timeout: 15_000 }).toContain('"data"');
    // The plan extension is shown in its panel, not in the result.
    expect(await resultText()).not.toContain("__queryPlanExperimental");

    // The query-plan panel names every subgraph the gateway fetched from.
    await page.getByRole("button", { name: "Show Query plan" }).click();
    const services = page.getByTestId("query-plan-services");
    await services.waitFor();
    expect(((await services.textContent()) ?? "").split(", ").sort()).toEqual(SUBGRAPHS);
    const planText = (await page.getByTestId("query-plan-text").textContent()) ?? "";
    expect(planText).toContain("QueryPlan {");

    // The result panel shows data each subgraph contributed: for every subgraph, a value from the fields its fetch
    // filled in. Monaco renders only visible lines, so make the window tall enough to show the whole result.
    const summary = summarizeQueryPlan(planText);
    const samples = SUBGRAPHS.map((service) => {
      const fetches = summary.fetches.filter((fetch) => fetch.service === service);
      const sample = firstText(
        fetches.flatMap((fetch) => fetch.fields.flatMap((field) => valuesAt(body.data, fetch.path, field))),
      );
      expect(sample, `a value fetched from ${service}`).toBeDefined();
      return JSON.stringify(sample);
    });
    await page.setViewportSize({ width: 1400, height: 6000 });
    await expect
      .poll(
        async () => {
          // The result panel wraps long lines (with indentation), so compare without whitespace.
          const shown = (await resultText()).replace(/\s+/g, "");
          return samples.filter((sample) => !shown.includes(sample.replace(/\s+/g, "")));
        },
        { timeout: 10_000, message: "values from every subgraph visible in the result panel" },
      )
      .toEqual([]);
    await page.setViewportSize({ width: 1400, height: 900 });

    // History remembers the run.
    await page.getByRole("button", { name: "Show History" }).click();
    await expect
      .poll(() => page.locator(".graphiql-history-item-label").allTextContents(), { timeout: 5_000 })
      .toContain(showcase.name);
    await page.getByRole("button", { name: "Show Query plan" }).click();

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "playground-query-plan.png") });

    const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
    expect(foreign, "requests that left the gateway's origin").toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

describe("playground (production)", () => {
  let federation: TestFederation;
  let context: BrowserContext;

  beforeAll(async () => {
    federation = await startFederation({ env: { NODE_ENV: "production" } });
    context = await openBrowser();
  });

  afterAll(async () => {
    await context?.close();
    await federation?.stop();
  });

  it("serves no playground page and refuses introspection", async () => {
    const origin = new URL(federation.gatewayUrl).origin;
    const page = await context.newPage();
    const { requests } = watch(page);

    const home = await page.goto(`${origin}/`);
    expect(home?.status()).toBe(404);
    expect(await page.locator(".graphiql-container").count()).toBe(0);
    const graphqlPage = await page.goto(federation.gatewayUrl);
    expect(graphqlPage?.headers()["content-type"]).not.toContain("text/html");
    expect(requests.every((url) => url.startsWith(`${origin}/`))).toBe(true);
    expect((await fetch(`${origin}/playground/examples.json`)).status).toBe(404);

    const introspection = await postGraphQL(federation.gatewayUrl, "{ __schema { queryType { name } } }");
    expect(introspection.data).toBeUndefined();
    expect(introspection.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(introspection.errors?.[0]?.message).toMatch(/introspection is not allowed/i);

    // Ordinary operations still work, and plans stay private.
    const planned = await fetch(federation.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "apollo-query-plan-experimental": "1" },
      body: JSON.stringify({ query: "{ article { id } }" }),
    });
    const answer = (await planned.json()) as { data?: { article?: { id: string } }; extensions?: unknown };
    expect(answer.data?.article?.id).toEqual(expect.any(String));
    expect(answer.extensions).toBeUndefined();
    await page.close();
  });
});
