import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";
import { MajorProjectArea } from "./enums.js";

@ObjectType({
  implements: [Node, Fact],
  description: "One of the Five Major Projects for building a China-Latin America community with a shared future.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class MajorProject extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => MajorProjectArea, { description: "Area of the project." })
  area!: MajorProjectArea;

  @Field(() => String, { description: "Name as the article lists it." })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Since when it is promoted, as the article words it ("Since last year"); no date is given.',
  })
  promotionTimeReference!: string | null;
}
