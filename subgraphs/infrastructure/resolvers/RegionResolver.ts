import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { connectionOf, PageArgs } from "../../kit/connection.js";
import { REGION_NAME_DESCRIPTION, referenceName } from "../../kit/referenceNames.js";
import { Region } from "../entities/Region.js";
import type { InfrastructureContext } from "../store/loaders.js";
import { InfrastructureGapConnection, PriorityAreaConnection, PublicGoodsRelationConnection } from "./connections.js";

@Resolver(() => Region)
export class RegionResolver {
  // Served here too (@shareable) from this subgraph's copy of the name, so a region's name costs no extra fetch.
  @FieldResolver(() => String, { description: REGION_NAME_DESCRIPTION })
  @Directive("@shareable")
  name(@Root() region: Region, @Ctx() { loaders }: InfrastructureContext) {
    return referenceName(loaders.regionNamesById, "Region", region.id);
  }

  @FieldResolver(() => PriorityAreaConnection, {
    nullable: true,
    description: "Areas the region prioritizes, in the article's order.",
  })
  async priorityAreas(
    @Root() region: Region,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { loaders }: InfrastructureContext,
  ) {
    return connectionOf(await loaders.priorityAreasByRegion.load(region.id), args);
  }

  @FieldResolver(() => InfrastructureGapConnection, {
    nullable: true,
    description: "Shortfalls in the region's supply of infrastructure-related public goods.",
  })
  async infrastructureGaps(
    @Root() region: Region,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { loaders }: InfrastructureContext,
  ) {
    return connectionOf(await loaders.gapsByRegion.load(region.id), args);
  }

  @FieldResolver(() => PublicGoodsRelationConnection, {
    nullable: true,
    description: "Relations the article draws between conditions in the region and the supply of public goods.",
  })
  async publicGoodsRelations(
    @Root() region: Region,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { loaders }: InfrastructureContext,
  ) {
    return connectionOf(await loaders.publicGoodsRelationsByRegion.load(region.id), args);
  }
}
