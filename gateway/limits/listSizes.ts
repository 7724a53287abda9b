/**
 * The declared size of each unpaged list field (`@listSize(assumedSize: N)` from the cost spec), read from the
 * supergraph SDL: the API schema Apollo Gateway serves drops the directive, the supergraph keeps it.
 */
import type { ApolloGateway } from "@apollo/gateway";
import {
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLSchema,
  Kind,
  parse,
  type ValueNode,
  visit,
} from "graphql";

/** `Type.field` → assumed size. */
export type ListSizes = ReadonlyMap<string, number>;

const COST_SPEC = /^https:\/\/specs\.apollo\.dev\/cost\/v/;

function stringOf(value: ValueNode | undefined): string | undefined {
  return value?.kind === Kind.STRING ? value.value : undefined;
}

/** The name `@listSize` goes by in this supergraph: imported (maybe renamed) from the cost spec, or `cost__listSize`. */
function listSizeDirectiveName(document: DocumentNode): string {
  let name = "cost__listSize";
  visit(document, {
    Directive(directive) {
      if (directive.name.value !== "link") return;
      const argument = (argName: string) => directive.arguments?.find((a) => a.name.value === argName)?.value;
      if (!COST_SPEC.test(stringOf(argument("url")) ?? "")) return;
      const imports = argument("import");
      for (const entry of imports?.kind === Kind.LIST ? imports.values : []) {
        if (stringOf(entry) === "@listSize") name = "listSize";
        if (entry.kind !== Kind.OBJECT) continue;
        const field = (fieldName: string) => stringOf(entry.fields.find((f) => f.name.value === fieldName)?.value);
        if (field("name") === "@listSize") name = (field("as") ?? "@listSize").replace(/^@/, "");
      }
    },
  });
  return name;
}

function assumedSizeOf(directive: ConstDirectiveNode): number | undefined {
  const value = directive.arguments?.find((a) => a.name.value === "assumedSize")?.value;
  return value?.kind === Kind.INT ? Number(value.value) : undefined;
}

export function listSizesOf(supergraphSdl: string): ListSizes {
  const document = parse(supergraphSdl);
  const directiveName = listSizeDirectiveName(document);
  const sizes = new Map<string, number>();
  for (const definition of document.definitions) {
    if (!("fields" in definition) || !("name" in definition) || !definition.name) continue;
    for (const field of definition.fields ?? []) {
      if (field.kind !== Kind.FIELD_DEFINITION) continue;
      const directive = field.directives?.find((d) => d.name.value === directiveName);
      const size = directive && assumedSizeOf(directive);
      if (size !== undefined) sizes.set(`${definition.name.value}.${field.name.value}`, size);
    }
  }
  return sizes;
}

/** Follows the gateway's supergraph (loaded, or recomposed in `live` mode): each API schema with its list sizes. */
export function trackListSizes(gateway: ApolloGateway): (schema: GraphQLSchema) => ListSizes | undefined {
  const bySchema = new WeakMap<GraphQLSchema, ListSizes>();
  gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
    bySchema.set(apiSchema, listSizesOf(coreSupergraphSdl));
  });
  return (schema) => bySchema.get(schema);
}
