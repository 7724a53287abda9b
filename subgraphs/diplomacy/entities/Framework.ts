import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";
import { CooperationField, FrameworkKind } from "./enums.js";

@ObjectType({
  implements: [Node, Fact],
  description: "A cooperation framework, platform or mechanism between China and Latin America.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class Framework extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => FrameworkKind, { description: "Kind of framework." })
  kind!: FrameworkKind;

  @Field(() => String, { description: "Name of the framework." })
  name!: string;

  @Field(() => Int, {
    nullable: true,
    description: "Number of Latin American countries it covers, when the article counts them.",
  })
  partnerCountryCount!: number | null;

  @Field(() => [CooperationField], { description: "Fields it covers (dialogue mechanisms); empty when not stated." })
  cooperationFields!: CooperationField[];

  @Field(() => String, { nullable: true, description: "Which countries it covers, as the article words it." })
  coverage!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Ordinal of a conference (4 for the Fourth Ministerial Conference).",
  })
  ordinal!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'When it took place, as the article words it (e.g. "Last May").',
  })
  timeReference!: string | null;
}
