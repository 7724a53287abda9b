/** The registered operations (schema/operations), as the documents front ends import, with the data each should return. */
import { type DocumentNode, print } from "graphql";
import { projectRoot } from "../../../platform/projectRoot.js";
import { loadOperations } from "../../../scripts/schema/registeredOperations.js";

export interface ClientOperation {
  name: string;
  document: DocumentNode;
  text: string;
}

export function registeredOperations(): ClientOperation[] {
  const { operations } = loadOperations(projectRoot());
  return operations.map(({ name, document }) => ({ name, document, text: print(document) }));
}

/** What the gateway answers a plain JSON POST of the operation: the reference every client must reproduce. */
export async function expectedData(url: string, operation: ClientOperation): Promise<unknown> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: operation.text, operationName: operation.name }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(`${operation.name} answers with errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Client results carry the `__typename`s their caches add; the reference has none. */
export function withoutTypename(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypename);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== "__typename")
      .map(([key, inner]) => [key, withoutTypename(inner)]),
  );
}

/** Every fetch a client makes, by method, while it runs through its default `fetch` (the global one). */
export function recordFetches(): { methods: string[]; restore(): void } {
  const original = globalThis.fetch;
  const methods: string[] = [];
  globalThis.fetch = (input, init) => {
    const method = init?.method ?? (input instanceof Request ? input.method : "GET");
    methods.push(method.toUpperCase());
    return original(input, init);
  };
  return {
    methods,
    restore() {
      globalThis.fetch = original;
    },
  };
}
