/**
 * The router's signing proxy. Apollo Router cannot compute the HMAC the subgraphs require (it signs only AWS SigV4),
 * so it sends subgraph requests to `http://<signer>/<subgraph>/graphql` and this proxy forwards each one, signed over
 * the exact bytes it forwards, to that subgraph. It signs only for a caller holding its token (the router sends it as
 * `Authorization: Bearer …`): anyone else reaching it would otherwise get every gateway limit skipped.
 */
import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { SIGNATURE_HEADER, signRequest } from "../../platform/gatewaySignature.js";
import { createHttpServer } from "../../platform/httpServer.js";
import { listen } from "../../platform/listen.js";
import type { Logger } from "../../platform/logger.js";
import { REQUEST_ID_HEADER } from "../../platform/requestIdHeader.js";
import { SECURITY_HEADERS } from "../../platform/securityHeaders.js";
import type { SignerConfig } from "./signerConfig.js";

/** The subgraphs parse at most 1 MB; refusing larger bodies here gives the router a clear answer. */
const MAX_BODY_BYTES = 1024 * 1024;

/** Request headers a subgraph may use; hop-by-hop headers and any incoming signature are dropped. */
const FORWARDED_REQUEST_HEADERS = [
  "accept",
  "content-type",
  "apollo-require-preflight",
  "x-apollo-operation-name",
  "apollographql-client-name",
  "apollographql-client-version",
  "traceparent",
  "tracestate",
];

export interface RunningSigner {
  url: string;
  stop(): Promise<void>;
}

class BodyTooLargeError extends Error {}

const WELL_FORMED_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

/** Constant-time comparison of the caller's bearer token with ours (digests: equal lengths whatever was sent). */
function callerIsAuthorized(req: IncomingMessage, token: string): boolean {
  const match = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "");
  return match !== null && timingSafeEqual(digest(match[1] as string), digest(token));
}

/** The request's path and query, or undefined for a request target no URL can be made of (e.g. `//`). */
function requestTarget(url: string | undefined): { pathname: string; search: string } | undefined {
  if (!url?.startsWith("/") || url.startsWith("//")) return undefined;
  try {
    const { pathname, search } = new URL(url, "http://signer");
    return { pathname, search };
  } catch {
    return undefined;
  }
}

/** The whole body, or BodyTooLargeError once it passes the limit (the rest is read and dropped, so a reply fits). */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => (size > MAX_BODY_BYTES ? reject(new BodyTooLargeError()) : resolve(Buffer.concat(chunks))));
    req.on("error", reject);
  });
}

export async function startSigningProxy(config: SignerConfig, logger: Logger): Promise<RunningSigner> {
  const upstreams = new Map(Object.entries(config.subgraphUrls).map(([name, url]) => [name, new URL(url)]));
  let accepting = true;

  function reply(res: ServerResponse, status: number, contentType: string, payload: Buffer | string): void {
    // While stopping, `Connection: close`: a keep-alive client must not hold the drain open.
    if (!accepting) res.shouldKeepAlive = false;
    res.writeHead(status, { ...SECURITY_HEADERS, "content-type": contentType }).end(payload);
  }

  function sendJson(res: ServerResponse, status: number, body: unknown): void {
    reply(res, status, "application/json; charset=utf-8", JSON.stringify(body));
  }

  function graphQLError(res: ServerResponse, status: number, code: string, message: string): void {
    sendJson(res, status, { errors: [{ message, extensions: { code } }] });
  }

  async function forward(req: IncomingMessage, res: ServerResponse, name: string, upstream: URL, search: string) {
    const started = performance.now();
    const body = req.method === "GET" ? Buffer.alloc(0) : await readBody(req);
    const target = new URL(upstream);
    target.search = search;
    const headers = new Headers();
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = req.headers[name];
      if (typeof value === "string") headers.set(name, value);
    }
    const given = req.headers[REQUEST_ID_HEADER];
    const requestId = typeof given === "string" && WELL_FORMED_REQUEST_ID.test(given) ? given : randomUUID();
    headers.set(REQUEST_ID_HEADER, requestId);
    const secret = config.subgraphSigningSecrets[name as keyof SignerConfig["subgraphSigningSecrets"]];
    // The subgraph verifies exactly what it receives: method, path and query, its own name, the raw body.
    const signature = signRequest((secret ?? config.signingSecret) as string, {
      method: req.method ?? "POST",
      target: `${target.pathname}${target.search}`,
      subgraph: name,
      requestId,
      body,
    });
    headers.set(SIGNATURE_HEADER, signature);
    const aborted = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) aborted.abort();
    });
    const response = await fetch(target, {
      method: req.method,
      headers,
      body: req.method === "GET" ? undefined : body,
      signal: aborted.signal,
    });
    const payload = Buffer.from(await response.arrayBuffer());
    reply(res, response.status, response.headers.get("content-type") ?? "application/json", payload);
    logger.debug({ subgraph: name, status: response.status, ms: Math.round(performance.now() - started) }, "signed");
  }

  function route(req: IncomingMessage, res: ServerResponse) {
    const parsed = requestTarget(req.url);
    if (!parsed) return graphQLError(res, 400, "BAD_REQUEST", "The request target is not a path.");
    const { pathname, search } = parsed;
    if (pathname === "/health") return sendJson(res, 200, { status: "ok", service: "router-signer" });
    if (pathname === "/ready") {
      return sendJson(res, accepting ? 200 : 503, {
        status: accepting ? "ready" : "stopping",
        service: "router-signer",
      });
    }
    const match = /^\/([a-z][a-z0-9-]*)\/graphql$/.exec(pathname);
    const upstream = match ? upstreams.get(match[1] as string) : undefined;
    if (!match || !upstream) return graphQLError(res, 404, "NOT_FOUND", `No subgraph route at ${pathname}.`);
    if (!callerIsAuthorized(req, config.callerToken)) {
      return graphQLError(res, 401, "UNAUTHENTICATED", "The signer signs only for callers that send its token.");
    }
    if (req.method !== "POST" && req.method !== "GET") {
      return graphQLError(res, 405, "METHOD_NOT_ALLOWED", "Subgraph requests are POST or GET.");
    }
    forward(req, res, match[1] as string, upstream, search).catch((error: unknown) => {
      if (res.headersSent || res.destroyed) return;
      if (error instanceof BodyTooLargeError) {
        return graphQLError(res, 413, "PAYLOAD_TOO_LARGE", "Subgraph request body exceeds 1 MB.");
      }
      logger.warn({ subgraph: match[1], err: error }, "subgraph unreachable");
      graphQLError(res, 502, "SUBGRAPH_UNREACHABLE", `Subgraph ${match[1]} is unreachable.`);
    });
  }

  const server: Server = createHttpServer((req, res) => {
    // Whatever a request holds, it costs the caller an error answer, never the process.
    try {
      route(req, res);
    } catch (error) {
      logger.warn({ err: error }, "request refused");
      if (!res.headersSent) graphQLError(res, 400, "BAD_REQUEST", "The request could not be read.");
    }
  }, config.httpTimeouts);

  await listen(server, config.port, config.host, "SIGNER_PORT");
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host}:${port}`;
  logger.info({ url, subgraphs: [...upstreams.keys()] }, "router signer ready");

  return {
    url,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        accepting = false;
        // close() waits for in-flight requests; idle keep-alive connections would otherwise hold it open.
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}
