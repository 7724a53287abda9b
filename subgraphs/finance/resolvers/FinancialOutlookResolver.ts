import { Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import type { FinancialOutlookRecord } from "../dataSet.js";
import { FinancialOutlook } from "../entities/FinancialOutlook.js";
import { Region } from "../entities/Region.js";
import type { FinanceContext } from "../store/loaders.js";
import { FinancialOutlookConnection } from "./connections.js";

@ArgsType()
class FinancialOutlookListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only outlooks for this region, e.g. latin-america." })
  regionId?: string | null;
}

@Resolver(() => FinancialOutlook)
export class FinancialOutlookResolver {
  @Query(() => FinancialOutlookConnection, {
    description: "What the article expects financial cooperation to achieve, in article order.",
  })
  @Directive(PUBLIC_TAG)
  financialOutlooks(
    @Args(() => FinancialOutlookListArgs) args: FinancialOutlookListArgs,
    @Ctx() { repository }: FinanceContext,
  ) {
    const page = pageFromArgs(args);
    const { nodes, total } = repository.outlookPage(args.regionId, page);
    return toConnection(nodes, total, page);
  }

  @FieldResolver(() => Region, { description: "Region the outlook is for (resolved by diplomacy)." })
  region(@Root() outlook: FinancialOutlookRecord): Region {
    return { id: outlook.regionId };
  }
}
