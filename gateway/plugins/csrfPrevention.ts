/**
 * CSRF prevention where it protects something. The API reads no cookies or credentials and Apollo Server executes
 * only queries over GET (a mutation over GET is refused with 405), so a cross-site GET can neither act as a user
 * nor change anything: GET queries are served without a preflight header, which is what urql and graphql-request
 * send by default. A POST that a cross-site form could send without a CORS preflight (no content type, or a form or
 * `text/plain` body) is refused unless it carries `Apollo-Require-Preflight` or `X-Apollo-Operation-Name`:
 * it is where a state-changing operation would arrive, and `application/json` POSTs (every client's) pass.
 */
import type { RequestHandler } from "express";
import { sendJsonError } from "../../platform/httpErrors.js";
import type { GatewayPlugin } from "./gatewayPlugin.js";

const SIMPLE_CONTENT_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];
const PREFLIGHT_HEADERS = ["apollo-require-preflight", "x-apollo-operation-name"];

export const CSRF_MESSAGE =
  "This request has been blocked as a potential Cross-Site Request Forgery (CSRF): POST it as application/json, " +
  "or send an Apollo-Require-Preflight header.";

function needsPreflightHeader(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase();
  return !mediaType || SIMPLE_CONTENT_TYPES.includes(mediaType);
}

const refuseSimplePosts: RequestHandler = (req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD") return next();
  if (!needsPreflightHeader(req.headers["content-type"])) return next();
  if (PREFLIGHT_HEADERS.some((header) => req.headers[header] !== undefined)) return next();
  sendJsonError(res, 400, "BAD_REQUEST", CSRF_MESSAGE);
};

export function csrfPrevention(): GatewayPlugin {
  return { name: "csrf-prevention (simple POSTs)", graphqlHandlers: [refuseSimplePosts] };
}
