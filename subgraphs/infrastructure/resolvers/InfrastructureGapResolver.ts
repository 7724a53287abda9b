import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import type { InfrastructureGapRecord } from "../dataSet.js";
import { InfrastructureGap } from "../entities/InfrastructureGap.js";
import { Initiative } from "../entities/Initiative.js";
import { PublicServiceCrisis } from "../entities/PublicServiceCrisis.js";
import { Region } from "../entities/Region.js";
import type { InfrastructureContext } from "../store/loaders.js";

@Resolver(() => InfrastructureGap)
export class InfrastructureGapResolver {
  @Directive("@listSize(assumedSize: 5)")
  @Query(() => [InfrastructureGap], {
    nullable: true,
    description: "Shortfalls in the supply of infrastructure-related public goods the article describes.",
  })
  @Directive(PUBLIC_TAG)
  infrastructureGaps(@Ctx() { repository }: InfrastructureContext) {
    return repository.allGaps();
  }

  @Query(() => InfrastructureGap, {
    nullable: true,
    description: "A shortfall by id; null if unknown. Give `id` or `handle`.",
  })
  @Directive(PUBLIC_TAG)
  infrastructureGap(
    @Arg("id", () => ID, { nullable: true, description: "Global id (`InfrastructureGap.id`)." }) id: string | null,
    @Arg("handle", () => String, {
      nullable: true,
      description: "Gap handle, e.g. infrastructure-public-goods-supply.",
    })
    handle: string | null,
    @Ctx() { loaders }: InfrastructureContext,
  ) {
    return loadByIdOrHandle("InfrastructureGap", id, handle, (wanted) => loaders.gapsById.load(wanted));
  }

  @FieldResolver(() => Region, { nullable: true, description: "Region that faces the shortfall." })
  region(@Root() gap: InfrastructureGapRecord) {
    return gap.regionId ? { id: gap.regionId } : null;
  }

  @Directive("@listSize(assumedSize: 6)")
  @FieldResolver(() => [PublicServiceCrisis], {
    description: "Country crises the article gives as examples of the shortfall (see `crisesExhaustive`).",
  })
  crises(@Root() gap: InfrastructureGapRecord, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.crisesByGap.load(gap.id);
  }

  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [Initiative], { description: "Initiatives that help close the shortfall, per the article." })
  addressedBy(@Root() gap: InfrastructureGapRecord, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.initiativesByGap.load(gap.id);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether `crises` lists every affected country.",
    deprecationReason: "Use `crisesExhaustive`, named after the list it qualifies.",
  })
  crisisCountriesExhaustive(@Root() gap: InfrastructureGapRecord): boolean {
    return gap.crisesExhaustive;
  }
}
