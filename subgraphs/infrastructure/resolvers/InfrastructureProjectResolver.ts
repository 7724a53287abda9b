import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import { type Order, orderBySql } from "../../kit/ordering.js";
import type { InfrastructureProjectRecord } from "../dataSet.js";
import { Country } from "../entities/Country.js";
import { InfrastructureProject } from "../entities/InfrastructureProject.js";
import { InfrastructureProjectFilter, projectFilterArgument } from "../entities/InfrastructureProjectFilter.js";
import { InfrastructureProjectOutcome } from "../entities/InfrastructureProjectOutcome.js";
import { Initiative } from "../entities/Initiative.js";
import { InfrastructureProjectOrder, projectOrderFields } from "../entities/orders.js";
import type { InfrastructureContext } from "../store/loaders.js";
import { InfrastructureProjectConnection } from "./connections.js";

/** Page, filter and order of every list of projects: `Query.infrastructureProjects` and the nested ones. */
@ArgsType()
export class InfrastructureProjectArgs extends PageArgs {
  @Field(() => InfrastructureProjectFilter, { nullable: true, description: "Which projects to return." })
  filter?: InfrastructureProjectFilter | null;

  @Field(() => InfrastructureProjectOrder, { nullable: true, description: "How to sort; article order by default." })
  orderBy?: Order | null;
}

@Resolver(() => InfrastructureProject)
export class InfrastructureProjectResolver {
  @Query(() => InfrastructureProjectConnection, {
    nullable: true,
    description: "Infrastructure projects the article names.",
  })
  @Directive(PUBLIC_TAG)
  infrastructureProjects(
    @Args(() => InfrastructureProjectArgs) args: InfrastructureProjectArgs,
    @Ctx() { repository }: InfrastructureContext,
  ) {
    const filter = projectFilterArgument(args.filter);
    const page = pageFromArgs(args);
    const { nodes, total } = repository.projectPage(filter, page, orderBySql(args.orderBy, projectOrderFields));
    return toConnection(nodes, total, page);
  }

  @Query(() => InfrastructureProject, {
    nullable: true,
    description: "A project by id; null if unknown. Give `id` or `handle`.",
  })
  @Directive(PUBLIC_TAG)
  infrastructureProject(
    @Arg("id", () => ID, { nullable: true, description: "Global id (`InfrastructureProject.id`)." }) id: string | null,
    @Arg("handle", () => String, {
      nullable: true,
      description: "Project handle, e.g. china-uruguay-500kv-ring-network-closure.",
    })
    handle: string | null,
    @Ctx() { loaders }: InfrastructureContext,
  ) {
    return loadByIdOrHandle("InfrastructureProject", id, handle, (wanted) => loaders.projectsById.load(wanted));
  }

  @FieldResolver(() => Initiative, { nullable: true, description: "The initiative whose framework it is built under." })
  initiative(@Root() project: InfrastructureProjectRecord, @Ctx() { loaders }: InfrastructureContext) {
    return project.initiativeId ? loaders.initiativesById.load(project.initiativeId) : null;
  }

  @Directive("@listSize(assumedSize: 5)")
  @FieldResolver(() => [Country], { nullable: true, description: "Countries promoting the project, in article order." })
  promoterCountries(@Root() project: InfrastructureProjectRecord) {
    return project.partnerCountryCodes.map((code) => ({ code }));
  }

  @Directive("@listSize(assumedSize: 5)")
  @FieldResolver(() => [Country], {
    nullable: true,
    description: "Countries promoting the project, in article order.",
    deprecationReason: "Use `promoterCountries`.",
  })
  countries(@Root() project: InfrastructureProjectRecord) {
    return project.partnerCountryCodes.map((code) => ({ code }));
  }

  @FieldResolver(() => Country, { nullable: true, description: "Country where it is built." })
  hostCountry(@Root() project: InfrastructureProjectRecord) {
    return project.hostCountryCode ? { code: project.hostCountryCode } : null;
  }

  @Directive("@listSize(assumedSize: 6)")
  @FieldResolver(() => [InfrastructureProjectOutcome], {
    description: "What it is expected to achieve upon completion, in article order; none is achieved yet.",
  })
  expectedOutcomes(@Root() project: InfrastructureProjectRecord, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.projectOutcomesByProject.load(project.id);
  }
}
