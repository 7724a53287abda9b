import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { filterOrDeprecated } from "../../kit/listFilters.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import type { FinancialOutlookRecord } from "../dataSet.js";
import { FinancialOutlook } from "../entities/FinancialOutlook.js";
import { FinancialOutlookFilter, regionFilterArgument } from "../entities/filters.js";
import { Region } from "../entities/Region.js";
import type { FinanceContext } from "../store/loaders.js";
import { FinancialOutlookConnection } from "./connections.js";

/** Page and filter of every list of outlooks: `Query.financialOutlooks` and `Region.financialOutlooks`. */
@ArgsType()
export class FinancialOutlookArgs extends PageArgs {
  @Field(() => FinancialOutlookFilter, { nullable: true, description: "Which outlooks to return." })
  filter?: FinancialOutlookFilter | null;
}

@ArgsType()
class FinancialOutlookListArgs extends FinancialOutlookArgs {
  @Field(() => ID, {
    nullable: true,
    description: "Only outlooks for this region (its `id`).",
    deprecationReason: "Use `filter: { regionId }`.",
  })
  regionId?: string | null;
}

@Resolver(() => FinancialOutlook)
export class FinancialOutlookResolver {
  @Query(() => FinancialOutlookConnection, {
    nullable: true,
    description: "What the article expects financial cooperation to achieve, in article order.",
  })
  @Directive(PUBLIC_TAG)
  financialOutlooks(
    @Args(() => FinancialOutlookListArgs) args: FinancialOutlookListArgs,
    @Ctx() { repository }: FinanceContext,
  ) {
    const page = pageFromArgs(args);
    const regionId = filterOrDeprecated(args.filter?.regionId, args.regionId, ["filter.regionId", "regionId"]);
    const { nodes, total } = repository.outlookPage(regionFilterArgument({ regionId }), page);
    return toConnection(nodes, total, page);
  }

  @Query(() => FinancialOutlook, {
    nullable: true,
    description: "A financial outlook by id; null if unknown. Give `id` or `handle`.",
  })
  @Directive(PUBLIC_TAG)
  financialOutlook(
    @Arg("id", () => ID, { nullable: true, description: "Global id (`FinancialOutlook.id`)." }) id: string | null,
    @Arg("handle", () => String, {
      nullable: true,
      description: "Outlook handle, e.g. innovative-financial-cooperation-mechanisms-outlook.",
    })
    handle: string | null,
    @Ctx() { loaders }: FinanceContext,
  ) {
    return loadByIdOrHandle("FinancialOutlook", id, handle, (wanted) => loaders.outlooksById.load(wanted));
  }

  @FieldResolver(() => Region, { nullable: true, description: "Region the outlook is for." })
  region(@Root() outlook: FinancialOutlookRecord): Region | null {
    return { id: outlook.regionId };
  }
}
