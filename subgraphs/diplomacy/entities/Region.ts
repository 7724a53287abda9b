import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";
import { REGION_NAME_DESCRIPTION } from "../../kit/referenceNames.js";

@ObjectType({
  implements: [Node, Fact],
  description: "A world region the article treats as one party, e.g. Latin America.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class Region extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => String, { description: REGION_NAME_DESCRIPTION })
  @Directive("@shareable")
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Regional organisation of its states, when the article says which one; null for Latin America: the article names CELAC but never defines its membership.",
  })
  organization!: string | null;
}
