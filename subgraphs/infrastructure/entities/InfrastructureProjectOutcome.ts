import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { InfrastructureOutcomeKind } from "./enums.js";

@ObjectType({ description: "One outcome a project is expected to achieve upon completion (not yet achieved)." })
@Directive(PUBLIC_TAG)
export class InfrastructureProjectOutcome extends CuratedRecord {
  @Field(() => ID, { description: "Stable id, e.g. uruguay-backbone-grid-closed-loop." })
  id!: string;

  @Field(() => InfrastructureOutcomeKind, { description: "Kind of outcome." })
  kind!: InfrastructureOutcomeKind;

  @Field(() => String, { description: "The outcome, verbatim from the article." })
  description!: string;
}
