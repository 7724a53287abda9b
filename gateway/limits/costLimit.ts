/**
 * The cost limit, checked per request because page sizes may come from variables. Apollo Server hands every request
 * with the same query text the same parsed document, so the estimate is cached per document and per value of the
 * variables that set page sizes: repeated operations cost a map lookup, not a walk of the document. Unpaged lists
 * are charged at their declared size (listSizes.ts), looked up for the schema the request runs against.
 */
import { type DocumentNode, type GraphQLError, type GraphQLSchema, Kind, validate, visit } from "graphql";
import { costRule } from "./armorRules.js";
import type { ListSizes } from "./listSizes.js";
import { PAGE_SIZE_ARGUMENTS, withLiteralPageSizes } from "./pageSizes.js";

/** Distinct page-size variable values remembered per document; a client cycling through more only misses the cache. */
const VERDICTS_PER_DOCUMENT = 32;

interface DocumentCosts {
  /** The document as the estimate sees it: without `__typename`. */
  costed: DocumentNode;
  pageSizeVariables: string[];
  verdicts: Map<string, GraphQLError | null>;
}

/**
 * Normalizing clients (Apollo Client, urql) add `__typename` to every selection set, inline fragments included; the
 * gateway answers it from the query plan's types, so it is free, and a client's default configuration costs what
 * the operation as written costs.
 */
function withoutTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    Field(field) {
      return field.name.value === "__typename" ? null : undefined;
    },
  });
}

function pageSizeVariablesOf(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(argument) {
      if (PAGE_SIZE_ARGUMENTS.includes(argument.name.value) && argument.value.kind === Kind.VARIABLE) {
        names.add(argument.value.name.value);
      }
    },
  });
  return [...names];
}

export type CostCheck = (
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | undefined,
) => GraphQLError | undefined;

/** The declared list sizes of the supergraph a schema was built from; none known charges unpaged lists as one. */
export type ListSizesOf = (schema: GraphQLSchema) => ListSizes | undefined;

export function costLimit(maxCost: number, listSizesOf: ListSizesOf = () => undefined): CostCheck {
  const rules = [costRule(maxCost)];
  // Per schema, so a supergraph update with new list sizes never reuses a verdict reached under the old ones.
  const costsBySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, DocumentCosts>>();
  return (schema, document, variables) => {
    let costs = costsBySchema.get(schema);
    if (!costs) {
      costs = new WeakMap();
      costsBySchema.set(schema, costs);
    }
    let known = costs.get(document);
    if (!known) {
      known = {
        costed: withoutTypenames(document),
        pageSizeVariables: pageSizeVariablesOf(document),
        verdicts: new Map(),
      };
      costs.set(document, known);
    }
    // An absent variable takes its declared default, a null one the default page size: the key tells them apart.
    const key = JSON.stringify(
      known.pageSizeVariables.map((name) => (variables && Object.hasOwn(variables, name) ? [variables[name]] : [])),
    );
    let verdict = known.verdicts.get(key);
    if (verdict === undefined) {
      verdict =
        validate(schema, withLiteralPageSizes(schema, known.costed, variables, listSizesOf(schema)), rules)[0] ?? null;
      if (known.verdicts.size >= VERDICTS_PER_DOCUMENT) known.verdicts.clear();
      known.verdicts.set(key, verdict);
    }
    return verdict ?? undefined;
  };
}
