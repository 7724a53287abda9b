/** The `Node` and `Fact` interfaces every subgraph's refetchable objects and facts implement. */
import { Directive, Field, ID, InterfaceType } from "type-graphql";
import { EVIDENCE_LIST_SIZE, Evidence } from "./evidence.js";

// Values returned as an interface carry their `__typename` (set where a subgraph mixes types in one list).
const byTypename = (value: unknown) => (value as { __typename?: string }).__typename;

// Implementations are listed by each subgraph (its own types), never registered from the shared metadata.
@InterfaceType({
  description: "An object with a global id: refetch it with `node(id:)`.",
  autoRegisterImplementations: false,
  resolveType: byTypename,
})
export abstract class Node {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches the object." })
  id!: string;
}

@InterfaceType({
  description: "A fact drawn from an article, with the paragraphs and verbatim quotes it comes from.",
  autoRegisterImplementations: false,
  resolveType: byTypename,
})
export abstract class Fact {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches the fact." })
  id!: string;

  @Directive(EVIDENCE_LIST_SIZE)
  @Field(() => [Evidence], { description: "Paragraphs and verbatim quotes of the article this fact comes from." })
  evidence!: Evidence[];
}

/** Tags a record with its GraphQL type, for lists that mix types behind `Node` or `Fact`. */
export function withTypename<T extends object>(type: string, record: T): T & { __typename: string } {
  return { ...record, __typename: type };
}
