import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { connectionOf, PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import { type Order, orderBySql } from "../../kit/ordering.js";
import type { InitiativeRecord } from "../dataSet.js";
import { projectFilterArgument, projectMatches } from "../entities/InfrastructureProjectFilter.js";
import { Initiative } from "../entities/Initiative.js";
import { InitiativeOrder, initiativeOrderFields, projectOrderFields } from "../entities/orders.js";
import { Region } from "../entities/Region.js";
import type { InfrastructureContext } from "../store/loaders.js";
import { InfrastructureGapConnection, InfrastructureProjectConnection, InitiativeConnection } from "./connections.js";
import { InfrastructureProjectArgs } from "./InfrastructureProjectResolver.js";

/** Page and order of every list of initiatives: `Query.initiatives` and `InfrastructureGap.addressedBy`. */
@ArgsType()
export class InitiativeArgs extends PageArgs {
  @Field(() => InitiativeOrder, { nullable: true, description: "How to sort; article order by default." })
  orderBy?: Order | null;
}

@Resolver(() => Initiative)
export class InitiativeResolver {
  @Query(() => InitiativeConnection, {
    nullable: true,
    description: "Frameworks for infrastructure cooperation, in article order.",
  })
  @Directive(PUBLIC_TAG)
  initiatives(@Args(() => InitiativeArgs) args: InitiativeArgs, @Ctx() { repository }: InfrastructureContext) {
    const page = pageFromArgs(args);
    const { nodes, total } = repository.initiativePage(page, orderBySql(args.orderBy, initiativeOrderFields));
    return toConnection(nodes, total, page);
  }

  @Query(() => Initiative, {
    nullable: true,
    description: "An initiative by id; null if unknown. Give `id` or `handle`.",
  })
  @Directive(PUBLIC_TAG)
  initiative(
    @Arg("id", () => ID, { nullable: true, description: "Global id (`Initiative.id`)." }) id: string | null,
    @Arg("handle", () => String, { nullable: true, description: "Initiative handle, e.g. belt-and-road-initiative." })
    handle: string | null,
    @Ctx() { loaders }: InfrastructureContext,
  ) {
    return loadByIdOrHandle("Initiative", id, handle, (wanted) => loaders.initiativesById.load(wanted));
  }

  @FieldResolver(() => InfrastructureProjectConnection, { description: "Projects carried out under this initiative." })
  async projects(
    @Root() initiative: InitiativeRecord,
    @Args(() => InfrastructureProjectArgs) args: InfrastructureProjectArgs,
    @Ctx() { loaders }: InfrastructureContext,
  ) {
    const keep = projectMatches(projectFilterArgument(args.filter));
    return connectionOf(await loaders.projectsByInitiative.load(initiative.id), args, keep, projectOrderFields);
  }

  @FieldResolver(() => InfrastructureGapConnection, {
    description: "Public-goods shortfalls it helps to close, per the article.",
  })
  async addressedGaps(
    @Root() initiative: InitiativeRecord,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { loaders }: InfrastructureContext,
  ) {
    return connectionOf(await loaders.gapsByInitiative.load(initiative.id), args);
  }

  @FieldResolver(() => Region, { nullable: true, description: "Region whose infrastructure it modernizes." })
  region(@Root() initiative: InitiativeRecord) {
    return initiative.regionId ? { id: initiative.regionId } : null;
  }
}
