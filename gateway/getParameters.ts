/**
 * The search parameters of a GraphQL GET request as Apollo Server's Express integration reads them
 * (`url.parse(req.url).search`, URLSearchParams, no parameter limit), not Express's `req.query`, which stops after
 * 1,000 parameters: a handler that checks a GET request must see what Apollo will run.
 */
import { parse as parseUrl } from "node:url";
import type { Request } from "express";

export function getParameters(req: Request): URLSearchParams {
  return new URLSearchParams(parseUrl(req.url).search ?? "");
}
