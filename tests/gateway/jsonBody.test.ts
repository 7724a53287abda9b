/**
 * The gateway's JSON body reader reads plain UTF-8 JSON itself and leaves every other body to body-parser: whatever
 * the body, a client gets the same answer as from `express.json` with the same limit (same status, same code, same
 * parsed value), through the same error handler. Both run as real HTTP servers on loopback.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import express, { type RequestHandler } from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonErrors, refuseInvalidUtf8 } from "../../platform/httpErrors.js";
import { jsonBody } from "../../platform/jsonBody.js";
import { createLogger } from "../../platform/logger.js";

const LIMIT = 1_024;

async function serve(reader: RequestHandler): Promise<{ url: string; server: Server }> {
  const app = express();
  app.post("/echo", reader, (req, res) => {
    res.json({ body: req.body === undefined ? "<undefined>" : req.body });
  });
  app.use(jsonErrors(createLogger("json-body-test", { LOG_LEVEL: "silent" })));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/echo`, server };
}

interface Case {
  name: string;
  headers: Record<string, string>;
  body: Buffer | string;
}

const json = { "content-type": "application/json" };
const cases: Case[] = [
  { name: "an object", headers: json, body: '{"query":"{ article { id } }","variables":{"n":1}}' },
  { name: "a batch", headers: json, body: '[{"query":"{ a }"},{"query":"{ b }"}]' },
  { name: "charset=utf-8", headers: { "content-type": "application/json; charset=utf-8" }, body: '{"a":"é"}' },
  { name: "a byte-order mark", headers: json, body: '\uFEFF{"a":1}' },
  { name: "leading whitespace", headers: json, body: '\n  {"a":1}' },
  { name: "invalid JSON", headers: json, body: "{" },
  { name: "a top-level string", headers: json, body: '"query"' },
  { name: "a top-level number", headers: json, body: "1" },
  { name: "an empty body", headers: json, body: "" },
  { name: "a body over the limit", headers: json, body: `{"a":"${"x".repeat(LIMIT)}"}` },
  {
    name: "invalid UTF-8",
    headers: json,
    body: Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xff]), Buffer.from('"}')]),
  },
  { name: "another charset", headers: { "content-type": "application/json; charset=latin1" }, body: '{"a":1}' },
  { name: "a gzip body", headers: { ...json, "content-encoding": "gzip" }, body: gzipSync('{"a":1}') },
  { name: "a GraphQL media type", headers: { "content-type": "application/graphql-response+json" }, body: '{"a":1}' },
  { name: "no content type", headers: {}, body: '{"a":1}' },
];

async function answer(url: string, { headers, body }: Case) {
  const response = await fetch(url, { method: "POST", headers, body });
  return {
    status: response.status,
    body: (await response.json()) as { body?: unknown; errors?: { extensions: { code: string } }[] },
  };
}

describe("the JSON body reader", () => {
  let ours: { url: string; server: Server };
  let bodyParser: { url: string; server: Server };

  beforeAll(async () => {
    ours = await serve(jsonBody({ limit: LIMIT }));
    bodyParser = await serve(express.json({ limit: LIMIT, verify: refuseInvalidUtf8 }));
  });

  afterAll(() => {
    ours?.server.close();
    bodyParser?.server.close();
  });

  it.each(cases)("answers $name exactly as express.json does", async (request) => {
    expect(await answer(ours.url, request)).toEqual(await answer(bodyParser.url, request));
  });

  it("parses what it reads itself, and refuses what it must", async () => {
    const byName = (name: string) => cases.find((request) => request.name === name) as Case;
    expect(await answer(ours.url, byName("an object"))).toEqual({
      status: 200,
      body: { body: { query: "{ article { id } }", variables: { n: 1 } } },
    });
    expect((await answer(ours.url, byName("invalid UTF-8"))).body.errors?.[0]?.extensions.code).toBe("INVALID_UTF8");
    expect((await answer(ours.url, byName("a body over the limit"))).status).toBe(413);
    expect((await answer(ours.url, byName("a top-level number"))).status).toBe(400);
  });

  it("leaves a chunked body (no content length) to body-parser, which refuses it past the limit", async () => {
    const chunked = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 4; i += 1) controller.enqueue(new TextEncoder().encode(`{"a":"${"x".repeat(LIMIT / 2)}"`));
        controller.close();
      },
    });
    const response = await fetch(ours.url, {
      method: "POST",
      headers: json,
      body: chunked,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
  });
});
