import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { connectionOf, PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import type { MajorProjectRecord } from "../dataSet.js";
import { CooperationParty } from "../entities/CooperationParty.js";
import { Country } from "../entities/Country.js";
import { Framework } from "../entities/Framework.js";
import { checkFilter, filterMatches } from "../entities/filters.js";
import { MajorProject } from "../entities/MajorProject.js";
import type { DiplomacyContext } from "../store/loaders.js";
import { CausalLinkArgs } from "./CausalLinkResolver.js";
import { CausalLinkConnection, MajorProjectConnection } from "./connections.js";
import { loadAll } from "./loadAll.js";

@Resolver(() => MajorProject)
export class MajorProjectResolver {
  @Query(() => MajorProjectConnection, {
    nullable: true,
    description: "The major projects (the Five Major Projects), in the order the article lists them.",
  })
  @Directive(PUBLIC_TAG)
  majorProjects(@Args(() => PageArgs) args: PageArgs, @Ctx() { repository }: DiplomacyContext) {
    const page = pageFromArgs(args);
    const { nodes, total } = repository.majorProjectPage(page);
    return toConnection(nodes, total, page);
  }

  @Query(() => MajorProject, {
    nullable: true,
    description: "A major project by id; null if unknown. Give `id` or `handle`.",
  })
  @Directive(PUBLIC_TAG)
  majorProject(
    @Arg("id", () => ID, { nullable: true, description: "Global id (`MajorProject.id`)." }) id: string | null,
    @Arg("handle", () => String, { nullable: true, description: "Major project handle, e.g. peace." })
    handle: string | null,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    return loadByIdOrHandle("MajorProject", id, handle, (wanted) => loaders.majorProjectsById.load(wanted));
  }

  @FieldResolver(() => Framework, { nullable: true, description: "Where the project was announced." })
  announcedAt(@Root() project: MajorProjectRecord, @Ctx() { loaders }: DiplomacyContext) {
    return project.announcedAtId ? loaders.frameworksById.load(project.announcedAtId) : null;
  }

  @FieldResolver(() => Country, {
    nullable: true,
    description: 'Who announced its launch ("China announced the launch").',
  })
  announcedBy(@Root() project: MajorProjectRecord, @Ctx() { loaders }: DiplomacyContext) {
    return project.announcedByCountryCode ? loaders.countriesByCode.load(project.announcedByCountryCode) : null;
  }

  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [CooperationParty], {
    description: 'Who jointly promotes it: "the two sides", China and Latin America.',
  })
  async promotedBy(@Root() project: MajorProjectRecord, @Ctx() { loaders }: DiplomacyContext) {
    const [countries, regions] = await Promise.all([
      loadAll(loaders.countriesByCode, project.promotedByCountryCodes),
      loadAll(loaders.regionsById, project.promotedByRegionIds),
    ]);
    return [...countries, ...regions];
  }

  @FieldResolver(() => CausalLinkConnection, {
    description: "What the article says the project brings about or guides.",
  })
  async causalLinks(
    @Root() project: MajorProjectRecord,
    @Args(() => CausalLinkArgs) args: CausalLinkArgs,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    const keep = filterMatches.causalLink(checkFilter.causalLink(args.filter));
    return connectionOf(await loaders.causalLinksByMajorProject.load(project.id), args, keep);
  }
}
