import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";

/** The shared Article entity: diplomacy owns its metadata; this subgraph contributes its facts. */
@ObjectType({ description: "The source article. Each subgraph contributes the facts it owns from it." })
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class Article {
  @Field(() => ID, { description: "Stable id of the article." })
  id!: string;
}
