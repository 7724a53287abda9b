import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
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

  @Field(() => ID, { nullable: true, description: "Only mechanisms for this region, e.g. latin-america." })
  regionId?: string | null;
}

@Resolver(() => FinancialMechanism)
export class FinancialMechanismResolver {
  @Query(() => FinancialMechanismConnection, {
    description: "China-Latin America financial cooperation mechanisms, existing and to explore, in article order.",
  })
  @Directive(PUBLIC_TAG)
  financialMechanisms(
    @Args(() => FinancialMechanismListArgs) args: FinancialMechanismListArgs,
    @Ctx() { repository }: FinanceContext,
  ) {
    const page = pageFromArgs(args);
    const { kind, status, regionId } = args;
    const { nodes, total } = repository.mechanismPage({ kind, status, regionId }, page);
    return toConnection(nodes, total, page);
  }

  @Query(() => FinancialMechanism, { nullable: true, description: "A financial mechanism by id; null if unknown." })
  @Directive(PUBLIC_TAG)
  financialMechanism(
    @Arg("id", () => ID, { description: "Mechanism id, e.g. panda-bonds." }) id: string,
    @Ctx() { loaders }: FinanceContext,
  ) {
    return loaders.mechanismsById.load(id);
  }

  @FieldResolver(() => Region, { description: "Region the cooperation is with (resolved by diplomacy)." })
  region(@Root() mechanism: FinancialMechanismRecord): Region {
    return { id: mechanism.regionId };
  }

  @FieldResolver(() => [FinancialRegulatoryDialogue], {
    description: "Regulatory dialogues that leverage this mechanism (existing) or explore it (new form).",
  })
  regulatoryDialogues(@Root() mechanism: FinancialMechanismRecord, @Ctx() { loaders }: FinanceContext) {
    return loaders.dialoguesByMechanism.load(mechanism.id);
  }
}
