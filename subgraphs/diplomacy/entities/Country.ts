import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";

@ObjectType({ description: "A country the article names, keyed by its ISO 3166-1 alpha-2 code." })
@Directive('@key(fields: "code")')
@Directive(PUBLIC_TAG)
export class Country extends CuratedRecord {
  @Field(() => ID, { description: "ISO 3166-1 alpha-2 code, e.g. BR." })
  code!: string;

  @Field(() => String, { description: "English short name." })
  name!: string;
}
