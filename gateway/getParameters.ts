/**
 * The search parameters of a GraphQL GET request as Apollo Server's Express integration reads them
 * (`url.parse(req.url).search`, URLSearchParams, no parameter limit), not Express's `req.query`, which stops after
 * 1,000 parameters: a handler that checks a GET request must see what Apollo will run. Read once per request: the
 * document limits and the persisted-operation check both ask.
 */
import { parse as parseUrl } from "node:url";
import type { Request } from "express";

const parsed = new WeakMap<Request, URLSearchParams>();

export function getParameters(req: Request): URLSearchParams {
  let parameters = parsed.get(req);
  if (!parameters) {
    parameters = new URLSearchParams(parseUrl(req.url).search ?? "");
    parsed.set(req, parameters);
  }
  return parameters;
}
