import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { YearScalar } from "../../../platform/scalars.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";
import { PolicyDocumentKind } from "./enums.js";

@ObjectType({
  implements: [Node, Fact],
  description: "A policy document: the China-CELAC Joint Action Plan, or China's policy document on Latin America.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class PolicyDocument extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => PolicyDocumentKind, { description: "Kind of document." })
  kind!: PolicyDocumentKind;

  @Field(() => String, { nullable: true, description: "Title as the article quotes it; null when it gives none." })
  title!: string | null;

  @Field(() => String, {
    description:
      'How the article names the document: its title, or its description when it gives no title ("third policy document on Latin America").',
  })
  name!: string;

  @Field(() => Int, { nullable: true, description: "Edition (3 for China's third policy document on Latin America)." })
  edition!: number | null;

  @Field(() => YearScalar, { nullable: true, description: "First year the document covers." })
  periodStart!: number | null;

  @Field(() => YearScalar, { nullable: true, description: "Last year the document covers." })
  periodEnd!: number | null;

  @Field(() => String, { nullable: true, description: "When it was adopted or released, as the article words it." })
  timeReference!: string | null;

  @Field(() => String, { nullable: true, description: "What the document aims at, verbatim from the article." })
  purpose!: string | null;
}
