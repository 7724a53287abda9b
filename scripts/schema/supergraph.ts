/** Composes subgraph SDLs into the supergraph (Apollo composition) and derives the API schema clients see. */
import { composeServices } from "@apollo/composition";
import { printSchema as printFederationSchema, type Schema, Supergraph } from "@apollo/federation-internals";
import {
  buildSchema,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  isSpecifiedScalarType,
  parse,
} from "graphql";
import type { SubgraphSource } from "./subgraphSources.js";

export interface CompositionMessage {
  code: string;
  message: string;
}

export type SupergraphComposition =
  | { ok: true; supergraphSdl: string; apiSchema: GraphQLSchema; apiSdl: string; hints: CompositionMessage[] }
  | { ok: false; errors: CompositionMessage[] };

/** Parses each SDL; a syntax error is reported like a composition error so one bad subgraph names itself. */
export function parseSources(
  sources: readonly SubgraphSource[],
):
  | { ok: true; documents: { name: string; url: string; typeDefs: DocumentNode }[] }
  | { ok: false; errors: CompositionMessage[] } {
  const documents: { name: string; url: string; typeDefs: DocumentNode }[] = [];
  const errors: CompositionMessage[] = [];
  for (const source of sources) {
    try {
      documents.push({ name: source.name, url: source.url, typeDefs: parse(source.sdl) });
    } catch (error) {
      errors.push({ code: "INVALID_GRAPHQL", message: `[${source.name}] ${(error as Error).message}` });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, documents };
}

export function composeSupergraph(sources: readonly SubgraphSource[]): SupergraphComposition {
  const parsed = parseSources(sources);
  if (!parsed.ok) return parsed;
  const result = composeServices(parsed.documents);
  if (result.errors) return { ok: false, errors: result.errors.map((error) => compositionMessage(error)) };
  const api = apiSchemaOf(result.schema.toAPISchema());
  return {
    ok: true,
    supergraphSdl: withTrailingNewline(result.supergraphSdl),
    ...api,
    hints: result.hints.map((hint) => ({ code: hint.definition.code, message: hint.message })),
  };
}

/** The API schema of a supergraph SDL (e.g. one read from a base commit): no @inaccessible elements, no join__ internals. */
export function apiSchemaOfSupergraph(supergraphSdl: string): { apiSchema: GraphQLSchema; apiSdl: string } {
  return apiSchemaOf(Supergraph.build(supergraphSdl).apiSchema());
}

/**
 * Crosses from Apollo's schema model to graphql-js through SDL text: Apollo's packages are CommonJS, and under
 * bundling resolvers (vitest) their graphql-js objects come from another copy of graphql than this code's.
 */
function apiSchemaOf(api: Schema): { apiSchema: GraphQLSchema; apiSdl: string } {
  const apiSdl = withTrailingNewline(printFederationSchema(api));
  return { apiSchema: buildSchema(apiSdl), apiSdl };
}

export function compositionMessage(error: GraphQLError): CompositionMessage {
  const code = typeof error.extensions.code === "string" ? error.extensions.code : "COMPOSITION_ERROR";
  return { code, message: error.message };
}

export function withTrailingNewline(text: string): string {
  return text.endsWith("\n") ? text : `${text}\n`;
}

/** Named types (not built-in scalars or introspection) and their fields. */
export function schemaSize(schema: GraphQLSchema): { types: number; fields: number } {
  const types = Object.values(schema.getTypeMap()).filter(
    (type) => !type.name.startsWith("__") && !isSpecifiedScalarType(type),
  );
  const fields = types.reduce((sum, type) => sum + ("getFields" in type ? Object.keys(type.getFields()).length : 0), 0);
  return { types: types.length, fields };
}
