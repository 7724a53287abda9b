import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { REGION_NAME_DESCRIPTION, referenceName } from "../../kit/referenceNames.js";
import { InfrastructureGap } from "../entities/InfrastructureGap.js";
import { PriorityArea } from "../entities/PriorityArea.js";
import { PublicGoodsRelation } from "../entities/PublicGoodsRelation.js";
import { Region } from "../entities/Region.js";
import type { InfrastructureContext } from "../store/loaders.js";

@Resolver(() => Region)
export class RegionResolver {
  // Served here too (@shareable) from this subgraph's copy of the name, so a region's name costs no extra fetch.
  @FieldResolver(() => String, { description: REGION_NAME_DESCRIPTION })
  @Directive("@shareable")
  name(@Root() region: Region, @Ctx() { loaders }: InfrastructureContext) {
    return referenceName(loaders.regionNamesById, "Region", region.id);
  }

  @Directive("@listSize(assumedSize: 10)")
  @FieldResolver(() => [PriorityArea], {
    nullable: true,
    description: "Areas the region prioritizes, in the article's order.",
  })
  priorityAreas(@Root() region: Region, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.priorityAreasByRegion.load(region.id);
  }

  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [InfrastructureGap], {
    nullable: true,
    description: "Shortfalls in the region's supply of infrastructure-related public goods.",
  })
  infrastructureGaps(@Root() region: Region, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.gapsByRegion.load(region.id);
  }

  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [PublicGoodsRelation], {
    nullable: true,
    description: "Relations the article draws between conditions in the region and the supply of public goods.",
  })
  publicGoodsRelations(@Root() region: Region, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.publicGoodsRelationsByRegion.load(region.id);
  }
}
