/** A POST the server has accepted but not fully received: it stays in flight until `finish()` sends the rest. */
import { type IncomingHttpHeaders, request } from "node:http";

export interface InFlightRequest {
  finish(): void;
  response: Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>;
}

export async function startInFlightRequest(
  url: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<InFlightRequest> {
  const bytes = Buffer.from(body, "utf8");
  const half = Math.floor(bytes.length / 2);
  const req = request(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "content-length": String(bytes.length),
      // The server answers `100 Continue` once it has parsed the headers and dispatched the request: proof that
      // the request is in flight on the server, without guessing with a sleep.
      expect: "100-continue",
      ...headers,
    },
  });
  const response = new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    req.once("response", (res) => {
      let data = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        data += chunk;
      });
      res.once("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
      res.once("error", reject);
    });
    req.once("error", reject);
  });
  response.catch(() => {}); // observed by the caller; avoid an unhandled rejection while waiting for 100
  await new Promise<void>((resolve, reject) => {
    req.once("continue", resolve);
    req.once("error", reject);
    req.once("response", () => reject(new Error(`${url} answered before the body was sent`)));
    req.flushHeaders();
  });
  req.write(bytes.subarray(0, half));
  return { finish: () => req.end(bytes.subarray(half)), response };
}
