import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { Evidence } from "../../kit/evidence.js";

@ObjectType({ description: "One paragraph of the article." })
@Directive(PUBLIC_TAG)
export class Paragraph {
  @Field(() => Int, { description: "1-based paragraph number." })
  number!: number;

  @Field(() => String, { description: "Full text of the paragraph." })
  text!: string;
}

@ObjectType({ description: "The source article. Each subgraph contributes the facts it owns from it." })
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class Article {
  @Field(() => ID, { description: "Stable id of the article." })
  id!: string;

  @Field(() => String, { nullable: true, description: "Headline; null because the source text carries none." })
  title!: string | null;

  @Field(() => String, { description: "Publisher named in the dateline." })
  publisher!: string;

  @Field(() => String, {
    description: "Publisher's web address as printed in the dateline (the article's own URL is not given).",
  })
  url!: string;

  @Field(() => String, { nullable: true, description: "Publication date; null because the article is undated." })
  publishedOn!: string | null;

  @Field(() => [Evidence], { description: "Where the article states its own metadata." })
  evidence!: Evidence[];
}
