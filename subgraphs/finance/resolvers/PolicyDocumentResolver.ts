import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { FinancialRegulatoryDialogue } from "../entities/FinancialRegulatoryDialogue.js";
import { PolicyDocument } from "../entities/PolicyDocument.js";
import type { FinanceContext } from "../store/loaders.js";
import { FinancialMechanismConnection, FinancialRegulatoryDialogueConnection } from "./connections.js";
import {
  dialogueConnection,
  FinancialMechanismArgs,
  FinancialRegulatoryDialogueArgs,
  mechanismConnection,
} from "./listArgs.js";

const DIALOGUES_DESCRIPTION =
  "The financial cooperation the document calls for: the central-bank and financial-regulator dialogue it emphasizes strengthening.";

@Resolver(() => PolicyDocument)
export class PolicyDocumentResolver {
  @FieldResolver(() => FinancialRegulatoryDialogueConnection, { nullable: true, description: DIALOGUES_DESCRIPTION })
  async financialRegulatoryDialogues(
    @Root() document: PolicyDocument,
    @Args(() => FinancialRegulatoryDialogueArgs) args: FinancialRegulatoryDialogueArgs,
    @Ctx() { loaders }: FinanceContext,
  ) {
    return dialogueConnection(await loaders.dialoguesByPolicyDocument.load(document.id), args);
  }

  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [FinancialRegulatoryDialogue], {
    nullable: true,
    description: DIALOGUES_DESCRIPTION,
    deprecationReason: "Use `financialRegulatoryDialogues`.",
  })
  financialCooperation(@Root() document: PolicyDocument, @Ctx() { loaders }: FinanceContext) {
    return loaders.dialoguesByPolicyDocument.load(document.id);
  }

  @FieldResolver(() => FinancialMechanismConnection, {
    nullable: true,
    description:
      "Financial mechanisms that cooperation leverages (EXISTING) or explores (TO_EXPLORE), each once, in article order.",
  })
  async financialMechanisms(
    @Root() document: PolicyDocument,
    @Args(() => FinancialMechanismArgs) args: FinancialMechanismArgs,
    @Ctx() { loaders }: FinanceContext,
  ) {
    const mechanisms = await loaders.mechanismsByPolicyDocument.load(document.id);
    const once = [...new Map(mechanisms.map((mechanism) => [mechanism.id, mechanism])).values()];
    return mechanismConnection(once, args);
  }
}
