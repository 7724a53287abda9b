import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";
import { PublicServiceCrisisEffect, PublicServiceCrisisTrigger } from "./enums.js";

@ObjectType({
  implements: [Node, Fact],
  description:
    "Conflicts and political crises that public-service price adjustments caused: one claim the article makes about a group of countries.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class PublicServiceCrisis extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => Boolean, {
    description:
      'Whether `countries` is the article\'s complete list; false when it gives examples ("countries like …").',
  })
  countriesExhaustive!: boolean;

  @Field(() => PublicServiceCrisisTrigger, { description: "What set the crises off." })
  trigger!: PublicServiceCrisisTrigger;

  @Field(() => [PublicServiceCrisisEffect], { description: "What the trigger did, per the article." })
  effects!: PublicServiceCrisisEffect[];

  @Field(() => [String], { description: "The article's words for each of `effects`, verbatim, in the same order." })
  effectsWording!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'How often it happened, verbatim from the article ("repeatedly"); the article gives no count.',
  })
  recurrence!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "When it happened, as the article words it; null because the article dates none of them.",
  })
  timeReference!: string | null;
}
