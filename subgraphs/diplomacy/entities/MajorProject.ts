import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { MajorProjectArea } from "./enums.js";

@ObjectType({
  description: "One of the Five Major Projects for building a China-Latin America community with a shared future.",
})
@Directive(PUBLIC_TAG)
export class MajorProject extends CuratedRecord {
  @Field(() => ID, { description: "Stable id, e.g. people-to-people-bonds." })
  id!: string;

  @Field(() => MajorProjectArea, { description: "Area of the project." })
  area!: MajorProjectArea;

  @Field(() => String, { description: "Name as the article lists it." })
  name!: string;
}
