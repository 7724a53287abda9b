import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";
import { InfrastructureGapEffect } from "./enums.js";

@ObjectType({
  implements: [Node, Fact],
  description: "A shortfall in the supply of infrastructure-related public goods.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class InfrastructureGap extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => String, { description: "The shortfall, verbatim from the article." })
  description!: string;

  @Field(() => [InfrastructureGapEffect], { description: "What the shortfall leads to, per the article." })
  effects!: InfrastructureGapEffect[];

  @Field(() => [String], { description: "The article's words for each of `effects`, verbatim, in the same order." })
  effectsWording!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'When the article places the shortfall, as it words it ("Currently"); it gives no dates.',
  })
  timeReference!: string | null;

  @Field(() => Boolean, {
    description:
      'Whether `crises` lists every affected country; false when the article gives examples ("countries like ...").',
  })
  crisesExhaustive!: boolean;
}
