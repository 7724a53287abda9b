/** Raw HTTP helpers for hardening tests: the status, headers and JSON body of one gateway request. */

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; serviceName?: string; requestId?: string; [key: string]: unknown };
}

export interface GatewayAnswer<Data = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: Data | null; errors?: GraphQLErrorBody[] };
  text: string;
}

export async function request<Data = Record<string, unknown>>(
  url: string,
  init: RequestInit & { timeoutMs?: number } = {},
): Promise<GatewayAnswer<Data>> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(init.timeoutMs ?? 10_000) });
  const text = await response.text();
  let body: GatewayAnswer<Data>["body"] = {};
  try {
    body = JSON.parse(text) as GatewayAnswer<Data>["body"];
  } catch {
    // not JSON: callers assert on status/text
  }
  return { status: response.status, headers: response.headers, body, text };
}

/** POST one operation (or a batch, when `payload` is an array) as JSON. */
export function post<Data = Record<string, unknown>>(
  url: string,
  payload: unknown,
  headers: Record<string, string> = {},
): Promise<GatewayAnswer<Data>> {
  return request<Data>(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(payload),
  });
}

export function codesOf(answer: GatewayAnswer<unknown>): (string | undefined)[] {
  return (answer.body.errors ?? []).map((error) => error.extensions?.code);
}
