import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { FinancialStabilityDimension } from "./enums.js";

@ObjectType({ description: "A shortfall in the supply of public goods related to financial stability." })
@Directive(PUBLIC_TAG)
export class FinancialStabilityGap extends CuratedRecord {
  @Field(() => ID, { description: "Stable id, e.g. financial-stability-public-goods." })
  id!: string;

  @Field(() => String, { description: "The shortfall, worded as in the article." })
  description!: string;

  @Field(() => [FinancialStabilityDimension], { description: "What the shortfall threatens." })
  threatens!: FinancialStabilityDimension[];

  @Field(() => Boolean, {
    description: 'Whether `risks` is the article\'s complete list; false when it gives examples ("such as").',
  })
  risksExhaustive!: boolean;
}
