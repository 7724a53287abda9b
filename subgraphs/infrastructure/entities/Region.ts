import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { Node } from "../../kit/node.js";

/** The shared Region entity: diplomacy owns its record; this subgraph adds priority areas and gaps by id. */
@ObjectType({
  implements: [Node],
  description: "A world region the article treats as one party, e.g. Latin America.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class Region {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;
}
