/**
 * @apollo/gateway rebuilds federation-internals' `Operation` from the document on every request, only to shape the
 * answer (`executeQueryPlan` → `operationFromDocument(apiSchema, {operation, ...fragments}, {validate: false})`),
 * although Apollo Server hands it the same cached, validated document each time: about 5 % of the gateway's CPU per
 * request in `--cpu-prof` (docs/performance.md). This remembers that one call's result per API schema and
 * operation node; every other call (planning, with an operation name or validation) goes through unchanged.
 *
 * The gateway reads the function through federation-internals' re-export on every call, so replacing the export of
 * the module that defines it reaches it. `installOperationMemo` reports whether it did: a library update that moves
 * the function leaves the gateway correct, only slower, and tests/gateway/operationMemo.test.ts fails.
 */
import { createRequire } from "node:module";
import { type DocumentNode, Kind, type OperationDefinitionNode } from "graphql";

type OperationFromDocument = (
  schema: object,
  document: DocumentNode,
  options?: { operationName?: string; validate?: boolean },
) => unknown;

interface OperationsModule {
  operationFromDocument: OperationFromDocument & { memoized?: true };
}

// Resolved from @apollo/gateway, so it is the copy the gateway itself loads.
const fromGateway = createRequire(createRequire(import.meta.url).resolve("@apollo/gateway"));

function operationsModule(): OperationsModule | undefined {
  try {
    const operations = fromGateway("@apollo/federation-internals/dist/operations.js") as Partial<OperationsModule>;
    const reexported = (fromGateway("@apollo/federation-internals") as Partial<OperationsModule>).operationFromDocument;
    const own = operations.operationFromDocument;
    return typeof own === "function" && reexported === own ? (operations as OperationsModule) : undefined;
  } catch {
    return undefined;
  }
}

function memoize(original: OperationFromDocument): OperationFromDocument & { memoized: true } {
  const bySchema = new WeakMap<object, WeakMap<OperationDefinitionNode, unknown>>();
  const memoized = (schema: object, document: DocumentNode, options?: Parameters<OperationFromDocument>[2]) => {
    const operation = document.definitions[0];
    // Only the answer-shaping call: one operation (then its fragments) of a document the server already validated.
    if (
      options?.validate !== false ||
      options.operationName !== undefined ||
      operation?.kind !== Kind.OPERATION_DEFINITION
    ) {
      return original(schema, document, options);
    }
    let byOperation = bySchema.get(schema);
    if (!byOperation) {
      byOperation = new WeakMap();
      bySchema.set(schema, byOperation);
    }
    let shaped = byOperation.get(operation);
    if (shaped === undefined) {
      shaped = original(schema, document, options);
      byOperation.set(operation, shaped);
    }
    return shaped;
  };
  return Object.assign(memoized, { memoized: true as const });
}

/** True when the gateway's answer shaping now reuses operations (also when an earlier call installed it). */
export function installOperationMemo(): boolean {
  const operations = operationsModule();
  if (!operations) return false;
  if (!operations.operationFromDocument.memoized) {
    operations.operationFromDocument = memoize(operations.operationFromDocument);
  }
  return true;
}
