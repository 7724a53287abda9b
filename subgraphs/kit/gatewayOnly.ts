/** Express middleware: a subgraph answers GraphQL only for requests its gateway signed (health stays open). */
import type { NextFunction, Request, Response } from "express";
import { SIGNATURE_HEADER, verifySignature } from "../../platform/gatewaySignature.js";

export interface RequestWithRawBody extends Request {
  rawBody?: Buffer;
}

export function captureRawBody(req: Request, _res: Response, buffer: Buffer): void {
  (req as RequestWithRawBody).rawBody = buffer;
}

export function requireGatewaySignature(secrets: readonly string[]) {
  return (req: RequestWithRawBody, res: Response, next: NextFunction) => {
    // A GET carries its operation in the URL, so that is what the gateway would have signed.
    const signed = req.method === "GET" ? req.originalUrl : (req.rawBody?.toString("utf8") ?? "");
    const check = verifySignature(secrets, req.get(SIGNATURE_HEADER), signed);
    if (check.valid) return next();
    const missing = req.get(SIGNATURE_HEADER) === undefined;
    res.status(missing ? 401 : 403).json({
      errors: [
        {
          message: `This subgraph only serves its gateway: ${check.reason}.`,
          extensions: { code: missing ? "UNAUTHENTICATED" : "FORBIDDEN" },
        },
      ],
    });
  };
}
