import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";
import { EngagementKind, EngagementOccasion } from "./enums.js";

@ObjectType({
  implements: [Node, Fact],
  description: "A diplomatic exchange between heads of state.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class Engagement extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => EngagementKind, { description: "Form of the exchange." })
  kind!: EngagementKind;

  @Field(() => EngagementOccasion, {
    nullable: true,
    description: "Occasion of the exchange, when the article gives one.",
  })
  occasion!: EngagementOccasion | null;

  @Field(() => String, {
    nullable: true,
    description: 'When it happened, as the article words it (e.g. "Recently"); the article gives no dates.',
  })
  timeReference!: string | null;

  @Field(() => String, { nullable: true, description: "The theme the exchange revealed, verbatim from the article." })
  theme!: string | null;
}
