import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";
import { InfrastructureOutcomeKind } from "./enums.js";

@ObjectType({
  implements: [Node, Fact],
  description: "One outcome a project is expected to achieve upon completion (not yet achieved).",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class InfrastructureProjectOutcome extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => InfrastructureOutcomeKind, { description: "Kind of outcome." })
  kind!: InfrastructureOutcomeKind;

  @Field(() => String, { description: "The article's words for `kind`, verbatim." })
  kindWording!: string;

  @Field(() => String, { description: "The outcome, verbatim from the article." })
  description!: string;
}
