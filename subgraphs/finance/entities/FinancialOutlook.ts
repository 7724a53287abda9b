import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";
import { FinancialCooperationOutcome } from "./enums.js";

@ObjectType({
  implements: [Node, Fact],
  description:
    "An outlook the article states for financial cooperation: what it will help achieve, with no date or amount.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class FinancialOutlook extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => String, { description: "What the outlook is about, worded as in the article." })
  subject!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The sector the article places it in, as it words it ("In the financial sector").',
  })
  sector!: string | null;

  @Field(() => [FinancialCooperationOutcome], { description: "What the article says it will help enhance." })
  expectedOutcomes!: FinancialCooperationOutcome[];
}
