import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { Node } from "../../kit/node.js";

/** The shared Article entity: diplomacy owns its metadata; this subgraph contributes its facts. */
@ObjectType({
  implements: [Node],
  description: "A source article. Every fact the API serves cites paragraphs of an article.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class Article {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;
}
