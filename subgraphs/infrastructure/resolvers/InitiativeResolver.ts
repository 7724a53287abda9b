import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import type { InitiativeRecord } from "../dataSet.js";
import { InfrastructureGap } from "../entities/InfrastructureGap.js";
import { InfrastructureProject } from "../entities/InfrastructureProject.js";
import { Initiative } from "../entities/Initiative.js";
import { Region } from "../entities/Region.js";
import type { InfrastructureContext } from "../store/loaders.js";
import { InitiativeConnection } from "./connections.js";

@Resolver(() => Initiative)
export class InitiativeResolver {
  @Query(() => InitiativeConnection, {
    nullable: true,
    description: "Frameworks for infrastructure cooperation, in article order.",
  })
  @Directive(PUBLIC_TAG)
  initiatives(@Args(() => PageArgs) args: PageArgs, @Ctx() { repository }: InfrastructureContext) {
    const page = pageFromArgs(args);
    const { nodes, total } = repository.initiativePage(page);
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

  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [InfrastructureProject], { description: "Projects carried out under this initiative." })
  projects(@Root() initiative: InitiativeRecord, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.projectsByInitiative.load(initiative.id);
  }

  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [InfrastructureGap], {
    description: "Public-goods shortfalls it helps to close, per the article.",
  })
  addressedGaps(@Root() initiative: InitiativeRecord, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.gapsByInitiative.load(initiative.id);
  }

  @FieldResolver(() => Region, { nullable: true, description: "Region whose infrastructure it modernizes." })
  region(@Root() initiative: InitiativeRecord) {
    return initiative.regionId ? { id: initiative.regionId } : null;
  }
}
