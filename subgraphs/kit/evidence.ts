/** Evidence: the paragraph and verbatim quote a fact comes from; one shared value shape in every subgraph. */
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { z } from "zod";
import { isVerbatimQuote, paragraphText } from "./article.js";
import { PUBLIC_TAG } from "./contractTags.js";
import { Paragraph } from "./paragraph.js";

@ObjectType({ description: "Where in the article a fact comes from." })
@Directive("@shareable")
@Directive(PUBLIC_TAG)
export class Evidence {
  @Field(() => Int, { description: "1-based paragraph number in the article." })
  paragraph!: number;

  @Field(() => String, { description: "Verbatim quote from that paragraph." })
  quote!: string;

  @Field(() => Paragraph, { description: "The paragraph the quote comes from, with its full text." })
  citedParagraph?: Paragraph;
}

export const evidenceSchema = z
  .object({ paragraph: z.number().int().min(1), quote: z.string().min(1) })
  .strict()
  .superRefine((value, ctx) => {
    if (paragraphText(value.paragraph) === undefined) {
      ctx.addIssue({ code: "custom", path: ["paragraph"], message: `the article has no paragraph ${value.paragraph}` });
    } else if (!isVerbatimQuote(value.paragraph, value.quote)) {
      ctx.addIssue({
        code: "custom",
        path: ["quote"],
        message: `quote is not verbatim in paragraph ${value.paragraph}: "${value.quote}"`,
      });
    }
  });

export const evidenceListSchema = z.array(evidenceSchema).min(1);

export interface HasEvidence {
  evidence: Evidence[];
}

/**
 * A zod refinement for record fields that claim the article's own words (a name, a theme, a time reference, a list
 * of aims): each string, when not null, must appear inside one of the record's evidence quotes.
 */
export function wordedAsEvidence<T extends HasEvidence>(fields: readonly (keyof T & string)[]) {
  return (record: T, ctx: z.RefinementCtx) => {
    for (const field of fields) {
      const value: unknown = record[field];
      const wordings = Array.isArray(value) ? value : [value];
      wordings.forEach((wording, index) => {
        if (typeof wording === "string" && !record.evidence.some(({ quote }) => quote.includes(wording))) {
          const path = Array.isArray(value) ? [field, index] : [field];
          ctx.addIssue({ code: "custom", path, message: `"${wording}" is not worded as in any evidence quote` });
        }
      });
    }
  };
}

/** Every record's `evidence` list: the most quotes any record cites is 4 (tests/hardening/listCost.test.ts pins it). */
export const EVIDENCE_LIST_SIZE = "@listSize(assumedSize: 4)";

/**
 * A zod refinement for closed-vocabulary lists (`effects`) and the article's words beside them (`effectsWording`):
 * one wording per value, in the same order.
 */
export function oneWordingPerValue<T>(valuesField: keyof T & string, wordingField: keyof T & string) {
  return (record: T, ctx: z.RefinementCtx) => {
    const values = record[valuesField];
    const wordings = record[wordingField];
    if (Array.isArray(values) && Array.isArray(wordings) && values.length !== wordings.length) {
      ctx.addIssue({
        code: "custom",
        path: [wordingField],
        message: `${wordingField} has ${wordings.length} wordings for ${values.length} ${valuesField}: give one per value`,
      });
    }
  };
}
