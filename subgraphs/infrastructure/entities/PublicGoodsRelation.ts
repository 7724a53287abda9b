import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";
import { PublicGoodsRelationKind } from "./enums.js";

@ObjectType({
  implements: [Node, Fact],
  description:
    "A relation the article draws between a condition and the supply of public goods, in its words; it states no cause.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class PublicGoodsRelation extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => String, { description: "The condition, worded as in the article." })
  subject!: string;

  @Field(() => PublicGoodsRelationKind, { description: "How the article relates the two." })
  relation!: PublicGoodsRelationKind;

  @Field(() => String, { description: 'The article\'s words for `relation`, verbatim ("is closely related to").' })
  relationWording!: string;

  @Field(() => String, { description: "What the condition is related to, worded as in the article." })
  object!: string;

  @Field(() => String, {
    nullable: true,
    description: 'When the article places the relation, as it words it ("Currently"); it gives no dates.',
  })
  timeReference!: string | null;
}
