/** Contract variants: the supergraph filtered by @tag (The Guild's composeSchemaContract), unreachable types removed. */
import { composeSchemaContract } from "@theguild/federation-composition";
import { type GraphQLSchema, isEnumType, isScalarType, isUnionType } from "graphql";
import { PUBLIC_CONTRACT } from "./schemaPaths.js";
import type { SubgraphSource } from "./subgraphSources.js";
import {
  apiSchemaOfSupergraph,
  type CompositionMessage,
  compositionMessage,
  parseSources,
  withTrailingNewline,
} from "./supergraph.js";

export interface ContractVariant {
  name: string;
  /** Elements carrying one of these tags (on themselves or their parent type) are kept… */
  include: readonly string[];
  /** …unless they carry one of these. */
  exclude: readonly string[];
}

export const contractVariants: readonly ContractVariant[] = [
  { name: PUBLIC_CONTRACT, include: ["public"], exclude: ["internal"] },
];

/** Every @tag name the subgraphs may use: the ones some contract variant selects on. */
export const knownTagNames: ReadonlySet<string> = new Set(
  contractVariants.flatMap((v) => [...v.include, ...v.exclude]),
);

export type ContractComposition =
  | { ok: true; variant: string; supergraphSdl: string; apiSchema: GraphQLSchema; apiSdl: string }
  | { ok: false; variant: string; errors: CompositionMessage[] };

export function composeContract(sources: readonly SubgraphSource[], variant: ContractVariant): ContractComposition {
  const parsed = parseSources(sources);
  if (!parsed.ok) return { ok: false, variant: variant.name, errors: parsed.errors };
  const filter = { include: new Set(variant.include), exclude: new Set(variant.exclude) };
  const result = composeSchemaContract(parsed.documents, filter, true);
  if (result.errors) return { ok: false, variant: variant.name, errors: result.errors.map(compositionMessage) };
  return {
    ok: true,
    variant: variant.name,
    supergraphSdl: withTrailingNewline(result.supergraphSdl),
    ...apiSchemaOfSupergraph(result.supergraphSdl),
  };
}

/** What to change in the subgraphs for the contract errors people hit most; `api` tells what kind a type is. */
export function contractErrorAdvice(error: CompositionMessage, api?: GraphQLSchema): string | undefined {
  if (error.code === "REFERENCED_INACCESSIBLE") {
    const match = /Type "([^"]+)" is @inaccessible but is referenced by "([^"]+)"/.exec(error.message);
    if (!match) return undefined;
    const [, typeName, referrer] = match as unknown as [string, string, string];
    const type = api?.getType(typeName);
    const how =
      type && (isEnumType(type) || isUnionType(type) || isScalarType(type))
        ? `${typeName} needs a type-level @tag(name: "public") — a tag on the fields using it does not reach it`
        : `tag ${typeName} @tag(name: "public") (class-level @Directive)`;
    return `${how}; or, to keep it out of the contract, tag ${referrer} @tag(name: "internal")`;
  }
  if (error.code === "REQUIRED_INACCESSIBLE") {
    return 'tag the argument @tag(name: "public"): a field-level tag does not reach the field\'s arguments, only a type-level tag does';
  }
  return undefined;
}
