import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { Node } from "../../kit/node.js";

/** The shared PolicyDocument entity: diplomacy owns its record; this subgraph adds the financial cooperation it calls for. */
@ObjectType({
  implements: [Node],
  description: "A policy document: the China-CELAC Joint Action Plan, or China's policy document on Latin America.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class PolicyDocument {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;
}
