import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Office } from "./enums.js";

@ObjectType({ description: "A head of state taking part in the exchanges the article reports." })
@Directive(PUBLIC_TAG)
export class HeadOfState extends CuratedRecord {
  @Field(() => ID, { description: "Stable id, e.g. xi-jinping." })
  id!: string;

  @Field(() => String, { description: "Name as the article gives it." })
  name!: string;

  @Field(() => Office, { description: "Office held." })
  office!: Office;
}
