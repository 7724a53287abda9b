/**
 * GraphiQL's fetcher for the gateway. When the gateway exposes query plans it asks for one on every request
 * (`Apollo-Query-Plan-Experimental: 1`), moves it from the response `extensions` into the plan panel, and shows
 * the response without it.
 */
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { queryPlanStore } from "./queryPlanStore.js";

const PLAN_HEADER = "Apollo-Query-Plan-Experimental";
const PLAN_EXTENSION = "__queryPlanExperimental";

interface ResponseBody {
  extensions?: Record<string, unknown>;
}

function operationNameOf(init: RequestInit | undefined): string | undefined {
  try {
    const body = JSON.parse(String(init?.body ?? "{}")) as { operationName?: string | null; query?: string };
    return body.operationName ?? /^\s*(?:query|mutation|subscription)\s+(\w+)/m.exec(body.query ?? "")?.[1];
  } catch {
    return undefined;
  }
}

const planCapturingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const operationName = operationNameOf(init);
  if (operationName === "IntrospectionQuery" || !response.headers.get("content-type")?.includes("json")) {
    return response;
  }
  const body = (await response.json()) as ResponseBody;
  const plan = body.extensions?.[PLAN_EXTENSION];
  queryPlanStore.set({ operationName, text: typeof plan === "string" ? plan : undefined });
  if (body.extensions && PLAN_EXTENSION in body.extensions) {
    delete body.extensions[PLAN_EXTENSION];
    if (Object.keys(body.extensions).length === 0) delete body.extensions;
  }
  return new Response(JSON.stringify(body), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
};

export function gatewayFetcher(graphqlPath: string, queryPlan: boolean) {
  return createGraphiQLFetcher({
    url: new URL(graphqlPath, window.location.origin).toString(),
    headers: queryPlan ? { [PLAN_HEADER]: "1" } : {},
    enableIncrementalDelivery: false,
    fetch: queryPlan ? planCapturingFetch : fetch.bind(window),
  });
}
