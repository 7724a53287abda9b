import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";
import { FinancialRiskKind, FinancialStabilityDimension } from "./enums.js";

@ObjectType({
  implements: [Node, Fact],
  description: "A financial challenge Latin America faces; the article gives no figures for it.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class FinancialRisk extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => FinancialRiskKind, { description: "Kind of risk." })
  kind!: FinancialRiskKind;

  @Field(() => String, { description: 'The article\'s words for `kind`, verbatim ("debt pressure").' })
  kindWording!: string;

  @Field(() => String, { description: "The risk, worded as in the article." })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'How long it has been faced, as the article words it ("has long faced"); the article gives no dates.',
  })
  timeReference!: string | null;

  @Field(() => [FinancialStabilityDimension], { description: "What the risk directly impacts." })
  impacts!: FinancialStabilityDimension[];
}
