import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";

@ObjectType({
  implements: [Node, Fact],
  description: "A world region the article treats as one party: Latin America, whose states form CELAC.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class Region extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => String, { description: "Name of the region." })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: "Regional organisation of its states as the article names it (CELAC).",
  })
  organization!: string | null;
}
