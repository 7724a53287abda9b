import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";
import { AssessmentStance } from "./enums.js";

@ObjectType({
  implements: [Node, Fact],
  description: "A view or outlook the article attributes to someone: whose, how widely held, about what, which way.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class Assessment extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => String, { description: 'Who holds the view, worded as in the article ("Latin American countries").' })
  holder!: string;

  @Field(() => String, {
    nullable: true,
    description: 'How widely the article says it is held, in its words ("generally"); null when it does not say.',
  })
  holderQualifier!: string | null;

  @Field(() => AssessmentStance, { description: "Which way the view goes." })
  stance!: AssessmentStance;

  @Field(() => String, { description: 'The article\'s words for `stance`, verbatim ("value", "look forward to").' })
  stanceWording!: string;

  @Field(() => String, { description: "What the view is about, worded as in the article." })
  about!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Its time frame as the article words it ("Looking to the future"); null when it gives none.',
  })
  timeReference!: string | null;
}
