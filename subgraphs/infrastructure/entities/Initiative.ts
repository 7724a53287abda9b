import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";

@ObjectType({
  implements: [Node, Fact],
  description: "A framework under which infrastructure is built jointly: the Belt and Road Initiative.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class Initiative extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => String, { description: "Name of the initiative." })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'How it is carried out, verbatim from the article (e.g. "high-quality joint construction").',
  })
  cooperationMode!: string | null;

  @Field(() => String, { nullable: true, description: "What it contributes, verbatim from the article." })
  contribution!: string | null;
}
