/** Checks that record fields which claim the article's own words appear in one of the record's evidence quotes. */
import type { z } from "zod";

interface QuotedRecord {
  evidence: readonly { quote: string }[];
}

/** A zod refinement: each named field, when not null, must be a substring of some evidence quote. */
export function wordingFromEvidence<T extends QuotedRecord>(fields: readonly (keyof T & string)[]) {
  return (record: T, ctx: z.RefinementCtx) => {
    for (const field of fields) {
      const wording = record[field];
      if (typeof wording !== "string") continue;
      if (!record.evidence.some(({ quote }) => quote.includes(wording))) {
        ctx.addIssue({ code: "custom", path: [field], message: `"${wording}" is not worded as in any evidence quote` });
      }
    }
  };
}
