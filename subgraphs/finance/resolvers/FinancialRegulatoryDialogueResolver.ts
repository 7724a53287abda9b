import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { connectionOf, PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { filterOrDeprecated } from "../../kit/listFilters.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import type { FinancialRegulatoryDialogueRecord } from "../dataSet.js";
import { FinancialAuthorityKind } from "../entities/enums.js";
import { FinancialRegulatoryDialogue } from "../entities/FinancialRegulatoryDialogue.js";
import { dialogueFilterArgument } from "../entities/filters.js";
import { PolicyDocument } from "../entities/PolicyDocument.js";
import { Region } from "../entities/Region.js";
import type { FinanceContext } from "../store/loaders.js";
import {
  FinancialMechanismConnection,
  FinancialRegulatoryDialogueConnection,
  FinancialStabilityGapConnection,
} from "./connections.js";
import { FinancialMechanismArgs, FinancialRegulatoryDialogueArgs, mechanismConnection } from "./listArgs.js";

/** Page and filter of every list of dialogues: `Query.financialRegulatoryDialogues` and the nested ones. */
@ArgsType()
class FinancialRegulatoryDialogueListArgs extends FinancialRegulatoryDialogueArgs {
  @Field(() => FinancialAuthorityKind, {
    nullable: true,
    description: "Only dialogues this kind of authority joins.",
    deprecationReason: "Use `filter: { participant }`.",
  })
  participant?: FinancialAuthorityKind | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only dialogues this policy document emphasizes (its `id`).",
    deprecationReason: "Use `filter: { policyDocumentId }`.",
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
    const filter = dialogueFilterArgument({
      participant: filterOrDeprecated(args.filter?.participant, args.participant, [
        "filter.participant",
        "participant",
      ]),
      policyDocumentId: filterOrDeprecated(args.filter?.policyDocumentId, args.policyDocumentId, [
        "filter.policyDocumentId",
        "policyDocumentId",
      ]),
    });
    const { nodes, total } = repository.dialoguePage(filter, page);
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

  @FieldResolver(() => FinancialMechanismConnection, {
    description:
      'Existing mechanisms it will leverage: "existing financing arrangements", which the article uses only for the arrangements based on major bilateral projects.',
  })
  async leveragedMechanisms(
    @Root() dialogue: FinancialRegulatoryDialogueRecord,
    @Args(() => FinancialMechanismArgs) args: FinancialMechanismArgs,
    @Ctx() { loaders }: FinanceContext,
  ) {
    return mechanismConnection(await loaders.leveragedMechanismsByDialogue.load(dialogue.id), args);
  }

  @FieldResolver(() => FinancialMechanismConnection, { description: "New forms of cooperation it will explore." })
  async exploredMechanisms(
    @Root() dialogue: FinancialRegulatoryDialogueRecord,
    @Args(() => FinancialMechanismArgs) args: FinancialMechanismArgs,
    @Ctx() { loaders }: FinanceContext,
  ) {
    return mechanismConnection(await loaders.exploredMechanismsByDialogue.load(dialogue.id), args);
  }

  @FieldResolver(() => FinancialStabilityGapConnection, {
    description: "Gaps in financial public goods whose supply it is to enhance.",
  })
  async addressedGaps(
    @Root() dialogue: FinancialRegulatoryDialogueRecord,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { loaders }: FinanceContext,
  ) {
    return connectionOf(await loaders.gapsByDialogue.load(dialogue.id), args);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether `exploredMechanisms` is the article's complete list.",
    deprecationReason: "Use `exploredMechanismsExhaustive`, named after the list it qualifies.",
  })
  exploredFormsExhaustive(@Root() dialogue: FinancialRegulatoryDialogueRecord): boolean {
    return dialogue.exploredMechanismsExhaustive;
  }
}
