import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { CuratedRecord } from "../../kit/curatedRecord.js";
import { Fact, Node } from "../../kit/node.js";
import { FinancialAuthorityKind, FinancialCooperationOutcome } from "./enums.js";

@ObjectType({
  implements: [Node, Fact],
  description:
    "Dialogue and cooperation between the central banks and financial regulators of China and Latin America.",
})
@Directive('@key(fields: "id")')
@Directive(PUBLIC_TAG)
export class FinancialRegulatoryDialogue extends CuratedRecord {
  @Field(() => ID, { description: "Opaque global id; `node(id:)` refetches it." })
  id!: string;

  @Field(() => String, { description: "The dialogue, worded as in the article." })
  name!: string;

  @Field(() => [FinancialAuthorityKind], { description: "Kinds of authorities taking part, on both sides." })
  participants!: FinancialAuthorityKind[];

  @Field(() => Boolean, {
    description: "Whether `exploredMechanisms` is the article's complete list; false when it gives examples.",
  })
  exploredMechanismsExhaustive!: boolean;

  @Field(() => [FinancialCooperationOutcome], {
    description: 'What the article says strengthening the dialogue will achieve ("This will … further enhancing …").',
  })
  expectedOutcomes!: FinancialCooperationOutcome[];

  @Field(() => String, {
    nullable: true,
    description: "Its stated purpose, verbatim from the article; null when the article states results but no purpose.",
  })
  purpose!: string | null;
}

/** How a dialogue relates to a mechanism: existing arrangements it leverages, new forms it explores. */
export const MechanismRole = { leverages: "LEVERAGES", explores: "EXPLORES" } as const;
