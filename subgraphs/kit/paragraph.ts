/** `Paragraph`: one paragraph of an article, a value every subgraph serves from the article's own text. */
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { ARTICLE_ID, articleText } from "./article.js";
import { PUBLIC_TAG } from "./contractTags.js";

@ObjectType({ description: "One paragraph of an article." })
@Directive("@shareable")
@Directive(PUBLIC_TAG)
export class Paragraph {
  /** Handle of the article the paragraph belongs to (resolved to the article by `Paragraph.article`). */
  articleId!: string;

  @Field(() => Int, { description: "1-based paragraph number." })
  number!: number;

  @Field(() => String, { description: "Full text of the paragraph." })
  text!: string;
}

// The one article's text is the project's source file; a second article would bring its own.
export function paragraphsOf(articleId: string): Paragraph[] {
  if (articleId !== ARTICLE_ID) return [];
  return articleText().paragraphs.map((text, index) => ({ articleId, number: index + 1, text }));
}

export function paragraphOf(articleId: string, number: number): Paragraph | null {
  return paragraphsOf(articleId).find((paragraph) => paragraph.number === number) ?? null;
}
