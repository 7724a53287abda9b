import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { PriorityAreaKind } from "./enums.js";

@ObjectType({ description: "An area the region prioritizes, actively seeking international cooperation in it." })
@Directive(PUBLIC_TAG)
export class PriorityArea extends CuratedRecord {
  @Field(() => ID, { description: "Stable id, e.g. clean-energy." })
  id!: string;

  @Field(() => PriorityAreaKind, { description: "Which area." })
  kind!: PriorityAreaKind;

  @Field(() => String, { description: "Name as the article lists it." })
  name!: string;
}
