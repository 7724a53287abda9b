import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";

/** The shared Region entity: diplomacy owns its record; this subgraph adds its financial facts by id. */
@ObjectType({ description: "A world region the article treats as one party: Latin America, whose states form CELAC." })
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class Region {
  @Field(() => ID, { description: "Stable id, e.g. latin-america." })
  id!: string;
}
