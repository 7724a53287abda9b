import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { FinancialMechanismStatus } from "../entities/enums.js";
import { FinancialMechanism } from "../entities/FinancialMechanism.js";
import { FinancialRegulatoryDialogue } from "../entities/FinancialRegulatoryDialogue.js";
import { PolicyDocument } from "../entities/PolicyDocument.js";
import type { FinanceContext } from "../store/loaders.js";

@Resolver(() => PolicyDocument)
export class PolicyDocumentResolver {
  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [FinancialRegulatoryDialogue], {
    nullable: true,
    description:
      "The financial cooperation the document calls for: the central-bank and financial-regulator dialogue it emphasizes strengthening.",
  })
  financialCooperation(@Root() document: PolicyDocument, @Ctx() { loaders }: FinanceContext) {
    return loaders.dialoguesByPolicyDocument.load(document.id);
  }

  @Directive("@listSize(assumedSize: 10)")
  @FieldResolver(() => [FinancialMechanism], {
    nullable: true,
    description:
      "Financial mechanisms that cooperation leverages (EXISTING) or explores (TO_EXPLORE), each once, in article order.",
  })
  async financialMechanisms(
    @Root() document: PolicyDocument,
    @Arg("status", () => FinancialMechanismStatus, {
      nullable: true,
      description: "Only existing mechanisms, or only forms to explore.",
    })
    status: FinancialMechanismStatus | null,
    @Ctx() { loaders }: FinanceContext,
  ) {
    const mechanisms = await loaders.mechanismsByPolicyDocument.load(document.id);
    const once = [...new Map(mechanisms.map((mechanism) => [mechanism.id, mechanism])).values()];
    return once.filter((mechanism) => status == null || mechanism.status === status);
  }
}
