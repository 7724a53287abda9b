import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import { orderBySql } from "../../kit/ordering.js";
import type { FinancialMechanismRecord } from "../dataSet.js";
import { FinancialMechanism } from "../entities/FinancialMechanism.js";
import { FinancialRegulatoryDialogue } from "../entities/FinancialRegulatoryDialogue.js";
import { mechanismFilterArgument } from "../entities/filters.js";
import { mechanismOrderFields } from "../entities/orders.js";
import { Region } from "../entities/Region.js";
import type { FinanceContext } from "../store/loaders.js";
import { FinancialMechanismConnection, FinancialRegulatoryDialogueConnection } from "./connections.js";
import { dialogueConnection, FinancialMechanismArgs, FinancialRegulatoryDialogueArgs } from "./listArgs.js";

@Resolver(() => FinancialMechanism)
export class FinancialMechanismResolver {
  @Query(() => FinancialMechanismConnection, {
    nullable: true,
    description: "China-Latin America financial cooperation mechanisms, existing and to explore, in article order.",
  })
  @Directive(PUBLIC_TAG)
  financialMechanisms(
    @Args(() => FinancialMechanismArgs) args: FinancialMechanismArgs,
    @Ctx() { repository }: FinanceContext,
  ) {
    const page = pageFromArgs(args);
    const orderBy = orderBySql(args.orderBy, mechanismOrderFields);
    const { nodes, total } = repository.mechanismPage(mechanismFilterArgument(args.filter), page, orderBy);
    return toConnection(nodes, total, page);
  }

  @Query(() => FinancialMechanism, {
    nullable: true,
    description: "A financial mechanism by id; null if unknown. Give `id` or `handle`.",
  })
  @Directive(PUBLIC_TAG)
  financialMechanism(
    @Arg("id", () => ID, { nullable: true, description: "Global id (`FinancialMechanism.id`)." }) id: string | null,
    @Arg("handle", () => String, { nullable: true, description: "Mechanism handle, e.g. panda-bonds." })
    handle: string | null,
    @Ctx() { loaders }: FinanceContext,
  ) {
    return loadByIdOrHandle("FinancialMechanism", id, handle, (wanted) => loaders.mechanismsById.load(wanted));
  }

  @FieldResolver(() => Region, { nullable: true, description: "Region the cooperation is with." })
  region(@Root() mechanism: FinancialMechanismRecord): Region | null {
    return { id: mechanism.regionId };
  }

  @FieldResolver(() => FinancialRegulatoryDialogueConnection, {
    description: "Regulatory dialogues that leverage this mechanism (existing) or explore it (new form).",
  })
  async financialRegulatoryDialogues(
    @Root() mechanism: FinancialMechanismRecord,
    @Args(() => FinancialRegulatoryDialogueArgs) args: FinancialRegulatoryDialogueArgs,
    @Ctx() { loaders }: FinanceContext,
  ) {
    return dialogueConnection(await loaders.dialoguesByMechanism.load(mechanism.id), args);
  }

  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [FinancialRegulatoryDialogue], {
    description: "Regulatory dialogues that leverage this mechanism (existing) or explore it (new form).",
    deprecationReason: "Use `financialRegulatoryDialogues`.",
  })
  regulatoryDialogues(@Root() mechanism: FinancialMechanismRecord, @Ctx() { loaders }: FinanceContext) {
    return loaders.dialoguesByMechanism.load(mechanism.id);
  }
}
