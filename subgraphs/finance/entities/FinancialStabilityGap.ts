import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";
import { FinancialStabilityDimension } from "./enums.js";

@ObjectType({
  implements: [Node, Fact],
  description: "A shortfall in the supply of public goods related to financial stability.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class FinancialStabilityGap extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => String, { description: "The shortfall, worded as in the article." })
  description!: string;

  @Field(() => [FinancialStabilityDimension], { description: "What the shortfall threatens." })
  threatens!: FinancialStabilityDimension[];

  @Field(() => String, {
    nullable: true,
    description: 'When the article places the shortfall, as it words it ("Currently"); it gives no dates.',
  })
  timeReference!: string | null;

  @Field(() => Boolean, {
    description: 'Whether `risks` is the article\'s complete list; false when it gives examples ("such as").',
  })
  risksExhaustive!: boolean;
}
