import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { idArgument, loadByIdOrHandle } from "../../kit/lookup.js";
import type { FinancialRegulatoryDialogueRecord } from "../dataSet.js";
import { FinancialAuthorityKind } from "../entities/enums.js";
import { FinancialMechanism } from "../entities/FinancialMechanism.js";
import { FinancialRegulatoryDialogue } from "../entities/FinancialRegulatoryDialogue.js";
import { FinancialStabilityGap } from "../entities/FinancialStabilityGap.js";
import { PolicyDocument } from "../entities/PolicyDocument.js";
import { Region } from "../entities/Region.js";
import type { FinanceContext } from "../store/loaders.js";
import { FinancialRegulatoryDialogueConnection } from "./connections.js";

@ArgsType()
class FinancialRegulatoryDialogueListArgs extends PageArgs {
  @Field(() => FinancialAuthorityKind, { nullable: true, description: "Only dialogues this kind of authority joins." })
  participant?: FinancialAuthorityKind | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only dialogues this policy document emphasizes (its `id`).",
  })
  policyDocumentId?: string | null;
}

@Resolver(() => FinancialRegulatoryDialogue)
export class FinancialRegulatoryDialogueResolver {
  @Query(() => FinancialRegulatoryDialogueConnection, {
    nullable: true,
    description: "Dialogue and cooperation between China's and Latin America's central banks and financial regulators.",
  })
  @Directive(PUBLIC_TAG)
  financialRegulatoryDialogues(
    @Args(() => FinancialRegulatoryDialogueListArgs) args: FinancialRegulatoryDialogueListArgs,
    @Ctx() { repository }: FinanceContext,
  ) {
    const page = pageFromArgs(args);
    const { participant } = args;
    const policyDocumentId = idArgument("PolicyDocument", args.policyDocumentId, "policyDocumentId");
    const { nodes, total } = repository.dialoguePage({ participant, policyDocumentId }, page);
    return toConnection(nodes, total, page);
  }

  @Query(() => FinancialRegulatoryDialogue, {
    nullable: true,
    description: "A financial regulatory dialogue by id; null if unknown. Give `id` or `handle`.",
  })
  @Directive(PUBLIC_TAG)
  financialRegulatoryDialogue(
    @Arg("id", () => ID, { nullable: true, description: "Global id (`FinancialRegulatoryDialogue.id`)." }) id:
      | string
      | null,
    @Arg("handle", () => String, {
      nullable: true,
      description: "Dialogue handle, e.g. central-bank-and-financial-regulator-dialogue.",
    })
    handle: string | null,
    @Ctx() { loaders }: FinanceContext,
  ) {
    return loadByIdOrHandle("FinancialRegulatoryDialogue", id, handle, (wanted) => loaders.dialoguesById.load(wanted));
  }

  @FieldResolver(() => PolicyDocument, {
    nullable: true,
    description: "The policy document that emphasizes strengthening it.",
  })
  emphasizedBy(@Root() dialogue: FinancialRegulatoryDialogueRecord): PolicyDocument | null {
    return dialogue.emphasizedById ? { id: dialogue.emphasizedById } : null;
  }

  @FieldResolver(() => Region, { nullable: true, description: "The Latin American side of the dialogue." })
  region(@Root() dialogue: FinancialRegulatoryDialogueRecord): Region | null {
    return { id: dialogue.regionId };
  }

  @Directive("@listSize(assumedSize: 6)")
  @FieldResolver(() => [FinancialMechanism], {
    description:
      'Existing mechanisms it will leverage: "existing financing arrangements", which the article uses only for the arrangements based on major bilateral projects.',
  })
  leveragedMechanisms(@Root() dialogue: FinancialRegulatoryDialogueRecord, @Ctx() { loaders }: FinanceContext) {
    return loaders.leveragedMechanismsByDialogue.load(dialogue.id);
  }

  @Directive("@listSize(assumedSize: 6)")
  @FieldResolver(() => [FinancialMechanism], { description: "New forms of cooperation it will explore." })
  exploredMechanisms(@Root() dialogue: FinancialRegulatoryDialogueRecord, @Ctx() { loaders }: FinanceContext) {
    return loaders.exploredMechanismsByDialogue.load(dialogue.id);
  }

  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [FinancialStabilityGap], {
    description: "Gaps in financial public goods whose supply it is to enhance.",
  })
  addressedGaps(@Root() dialogue: FinancialRegulatoryDialogueRecord, @Ctx() { loaders }: FinanceContext) {
    return loaders.gapsByDialogue.load(dialogue.id);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether `exploredMechanisms` is the article's complete list.",
    deprecationReason: "Use `exploredMechanismsExhaustive`, named after the list it qualifies.",
  })
  exploredFormsExhaustive(@Root() dialogue: FinancialRegulatoryDialogueRecord): boolean {
    return dialogue.exploredMechanismsExhaustive;
  }
}
