import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
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

  @Field(() => String, { description: "Title, or the article's description of the document when it gives no title." })
  title!: string;

  @Field(() => Int, { nullable: true, description: "Edition (3 for China's third policy document on Latin America)." })
  edition!: number | null;

  @Field(() => Int, { nullable: true, description: "First year the document covers." })
  periodStart!: number | null;

  @Field(() => Int, { nullable: true, description: "Last year the document covers." })
  periodEnd!: number | null;

  @Field(() => String, { nullable: true, description: "When it was adopted or released, as the article words it." })
  timeReference!: string | null;

  @Field(() => String, { nullable: true, description: "What the document aims at, verbatim from the article." })
  purpose!: string | null;
}
