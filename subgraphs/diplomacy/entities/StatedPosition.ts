import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";
import { StatedPositionKind } from "./enums.js";

@ObjectType({
  implements: [Node, Fact],
  description:
    "A position or commitment the article reports someone stating: who, with whom, on what occasion, to what end.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class StatedPosition extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => StatedPositionKind, { description: "Kind of position." })
  kind!: StatedPositionKind;

  @Field(() => String, { description: 'The article\'s words for `kind`, verbatim ("stated its willingness").' })
  kindWording!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The occasion as the article words it ("taking the release of this document as an opportunity").',
  })
  occasion!: string | null;

  @Field(() => [String], { description: "What it is stated to serve, each worded as in the article, in its order." })
  aims!: string[];

  @Field(() => String, {
    nullable: true,
    description: "When it was stated, as the article words it; null when the article does not say.",
  })
  timeReference!: string | null;
}
