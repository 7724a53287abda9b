/** Base of every fact type: the evidence it cites, and (for maintainers only) the data file it lives in. */
import { Directive, Field, ObjectType } from "type-graphql";
import { INTERNAL_TAG } from "./contractTags.js";
import { Evidence } from "./evidence.js";

// Never returned itself, so type-graphql leaves it out of the schema; subclasses inherit its fields.
@ObjectType()
export abstract class CuratedRecord {
  @Field(() => [Evidence], { description: "Paragraphs and verbatim quotes of the article this fact comes from." })
  evidence!: Evidence[];

  @Field(() => String, { description: "Curated data file holding this record, for maintainers (internal)." })
  @Directive(INTERNAL_TAG)
  dataFile!: string;
}
