import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";
import { CausalRelation } from "./enums.js";

@ObjectType({
  implements: [Node, Fact],
  description:
    "A link the article draws from a cause to what it brings about or focuses on, in its words; nothing is inferred.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class CausalLink extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => String, {
    description: 'The cause, worded as in the article ("This" when the article names nothing more precise).',
  })
  cause!: string;

  @Field(() => CausalRelation, { description: "How the cause bears on the effect." })
  relation!: CausalRelation;

  @Field(() => String, {
    description: 'The article\'s words for `relation`, verbatim ("has injected important impetus into").',
  })
  relationWording!: string;

  @Field(() => String, { description: "What the cause brings about or focuses on, worded as in the article." })
  effect!: string;

  @Field(() => String, {
    nullable: true,
    description: 'How the article qualifies the link, in its words ("systematically and concretely", "Guided by …").',
  })
  qualifier!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its time frame as the article words it ("Since last year"); null when it gives none.',
  })
  timeReference!: string | null;
}
