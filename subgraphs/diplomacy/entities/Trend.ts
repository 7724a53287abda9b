import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";
import { TrendDirection } from "./enums.js";

@ObjectType({
  implements: [Node, Fact],
  description: "A development over time the article describes, with the time frame it gives (no dates).",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class Trend extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => String, { description: "What develops, worded as in the article." })
  subject!: string;

  @Field(() => String, { description: 'How it develops, worded as in the article ("have been rapidly improved").' })
  change!: string;

  @Field(() => TrendDirection, { description: "Which way it goes." })
  direction!: TrendDirection;

  @Field(() => String, { description: 'The article\'s words for `direction`, verbatim ("continued to improve").' })
  directionWording!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Its time frame as the article words it ("In recent years", "Since …"); null when it gives none.',
  })
  timeReference!: string | null;
}
