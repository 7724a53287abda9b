/**
 * Puts global ids on the GraphQL boundary: every object type implementing `Node` answers `id` with the global id
 * of its handle and `handle` with the handle, and its reference resolver receives the handle, never the global id.
 * Inside a subgraph, records and entity stubs keep their handle in `id` (or `code` for a country).
 */
import { type GraphQLSchema, isObjectType } from "graphql";
import type { SubgraphResolvers } from "./federatedSchema.js";
import { encodeGlobalId, handleOfType } from "./globalId.js";

/** The record field holding each type's handle, where it is not `id`. */
export type HandleFields = Record<string, string>;

type Source = Record<string, unknown>;
type ReferenceResolver = (reference: Source, context: unknown, info: unknown) => unknown;

export function withGlobalIds(schema: GraphQLSchema, resolvers: SubgraphResolvers, handleFields: HandleFields): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getInterfaces().some((implemented) => implemented.name === "Node")) continue;
    const handleField = handleFields[type.name] ?? "id";
    const handleOf = (source: Source) => String(source[handleField]);
    const existing = (resolvers[type.name] ?? {}) as Record<string, unknown>;
    const resolveReference = existing.__resolveReference as ReferenceResolver | undefined;
    resolvers[type.name] = {
      ...existing,
      id: (source: Source) => encodeGlobalId(type.name, handleOf(source)),
      ...("handle" in type.getFields() ? { handle: handleOf } : {}),
      ...(resolveReference && {
        __resolveReference: (reference: Source, context: unknown, info: unknown) => {
          if (typeof reference.id !== "string") return resolveReference(reference, context, info);
          const handle = handleOfType(type.name, reference.id);
          return handle === null ? null : resolveReference({ ...reference, id: handle }, context, info);
        },
      }),
    } as SubgraphResolvers[string];
  }
}
