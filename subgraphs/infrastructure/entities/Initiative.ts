import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";

@ObjectType({ description: "A framework under which infrastructure is built jointly: the Belt and Road Initiative." })
@Directive(PUBLIC_TAG)
export class Initiative extends CuratedRecord {
  @Field(() => ID, { description: "Stable id, e.g. belt-and-road-initiative." })
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
