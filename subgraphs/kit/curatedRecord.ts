/** Base of every fact type: its readable handle, the evidence it cites, and (for maintainers only) its data file,
 * kept out of caches so an operator always sees the deployed file. */
import { Directive, Field, ObjectType } from "type-graphql";
import { NO_CACHE_HINT } from "./cacheHints.js";
import { INTERNAL_TAG } from "./contractTags.js";
import { EVIDENCE_LIST_SIZE, Evidence } from "./evidence.js";

// Never returned itself, so type-graphql leaves it out of the schema; subclasses inherit its fields.
@ObjectType()
export abstract class CuratedRecord {
  @Field(() => String, {
    description: "Readable, stable slug of the record (an ISO code for a country); not globally unique, see `id`.",
  })
  handle!: string;

  @Directive(EVIDENCE_LIST_SIZE)
  @Field(() => [Evidence], { description: "Paragraphs and verbatim quotes of the article this fact comes from." })
  evidence!: Evidence[];

  @Field(() => String, { description: "Curated data file holding this record, for maintainers (internal)." })
  @Directive(INTERNAL_TAG)
  @Directive(NO_CACHE_HINT)
  dataFile!: string;
}
