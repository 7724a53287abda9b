import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { idArgument, loadByIdOrHandle } from "../../kit/lookup.js";
import type { FinancialMechanismRecord } from "../dataSet.js";
import { FinancialMechanismKind, FinancialMechanismStatus } from "../entities/enums.js";
import { FinancialMechanism } from "../entities/FinancialMechanism.js";
import { FinancialRegulatoryDialogue } from "../entities/FinancialRegulatoryDialogue.js";
import { Region } from "../entities/Region.js";
import type { FinanceContext } from "../store/loaders.js";
import { FinancialMechanismConnection } from "./connections.js";

@ArgsType()
class FinancialMechanismListArgs extends PageArgs {
  @Field(() => FinancialMechanismKind, { nullable: true, description: "Only mechanisms of this kind." })
  kind?: FinancialMechanismKind | null;

  @Field(() => FinancialMechanismStatus, {
    nullable: true,
    description: "Only existing mechanisms, or only new forms to explore.",
  })
  status?: FinancialMechanismStatus | null;

  @Field(() => ID, { nullable: true, description: "Only mechanisms for this region (its `id`)." })
  regionId?: string | null;
}

@Resolver(() => FinancialMechanism)
export class FinancialMechanismResolver {
  @Query(() => FinancialMechanismConnection, {
    nullable: true,
    description: "China-Latin America financial cooperation mechanisms, existing and to explore, in article order.",
  })
  @Directive(PUBLIC_TAG)
  financialMechanisms(
    @Args(() => FinancialMechanismListArgs) args: FinancialMechanismListArgs,
    @Ctx() { repository }: FinanceContext,
  ) {
    const page = pageFromArgs(args);
    const { kind, status } = args;
    const regionId = idArgument("Region", args.regionId, "regionId");
    const { nodes, total } = repository.mechanismPage({ kind, status, regionId }, page);
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

  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [FinancialRegulatoryDialogue], {
    description: "Regulatory dialogues that leverage this mechanism (existing) or explore it (new form).",
  })
  regulatoryDialogues(@Root() mechanism: FinancialMechanismRecord, @Ctx() { loaders }: FinanceContext) {
    return loaders.dialoguesByMechanism.load(mechanism.id);
  }
}
