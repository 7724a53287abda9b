import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { connectionOf, PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import type { InfrastructureGapRecord } from "../dataSet.js";
import { InfrastructureGap } from "../entities/InfrastructureGap.js";
import { initiativeOrderFields } from "../entities/orders.js";
import { Region } from "../entities/Region.js";
import type { InfrastructureContext } from "../store/loaders.js";
import { InfrastructureGapConnection, InitiativeConnection, PublicServiceCrisisConnection } from "./connections.js";
import { InitiativeArgs } from "./InitiativeResolver.js";
import { crisisConnection, PublicServiceCrisisArgs } from "./PublicServiceCrisisResolver.js";

@Resolver(() => InfrastructureGap)
export class InfrastructureGapResolver {
  @Query(() => InfrastructureGapConnection, {
    nullable: true,
    description: "Shortfalls in the supply of infrastructure-related public goods the article describes.",
  })
  @Directive(PUBLIC_TAG)
  infrastructureGaps(@Args(() => PageArgs) args: PageArgs, @Ctx() { repository }: InfrastructureContext) {
    const page = pageFromArgs(args);
    const { nodes, total } = repository.gapPage(page);
    return toConnection(nodes, total, page);
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

  @FieldResolver(() => PublicServiceCrisisConnection, {
    description: "Country crises the article gives as examples of the shortfall (see `crisesExhaustive`).",
  })
  async crises(
    @Root() gap: InfrastructureGapRecord,
    @Args(() => PublicServiceCrisisArgs) args: PublicServiceCrisisArgs,
    @Ctx() { loaders }: InfrastructureContext,
  ) {
    return crisisConnection(await loaders.crisesByGap.load(gap.id), args);
  }

  @FieldResolver(() => InitiativeConnection, {
    description: "Initiatives that help close the shortfall, per the article.",
  })
  async addressedBy(
    @Root() gap: InfrastructureGapRecord,
    @Args(() => InitiativeArgs) args: InitiativeArgs,
    @Ctx() { loaders }: InfrastructureContext,
  ) {
    return connectionOf(await loaders.initiativesByGap.load(gap.id), args, undefined, initiativeOrderFields);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether `crises` lists every affected country.",
    deprecationReason: "Use `crisesExhaustive`, named after the list it qualifies.",
  })
  crisisCountriesExhaustive(@Root() gap: InfrastructureGapRecord): boolean {
    return gap.crisesExhaustive;
  }
}
