import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { connectionOf, PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { filterOrDeprecated } from "../../kit/listFilters.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import { type Order, orderBySql } from "../../kit/ordering.js";
import type { FrameworkRecord } from "../dataSet.js";
import { FrameworkKind } from "../entities/enums.js";
import { Framework } from "../entities/Framework.js";
import { checkFilter, FrameworkFilter, filterMatches } from "../entities/filters.js";
import { FrameworkOrder, frameworkOrderFields, policyDocumentOrderFields } from "../entities/orders.js";
import type { DiplomacyContext } from "../store/loaders.js";
import { FrameworkConnection, MajorProjectConnection, PolicyDocumentConnection } from "./connections.js";
import { PolicyDocumentArgs } from "./PolicyDocumentResolver.js";

/** Page, filter and order of every list of frameworks: `Query.frameworks` and `Framework.children`. */
@ArgsType()
class FrameworkArgs extends PageArgs {
  @Field(() => FrameworkFilter, { nullable: true, description: "Which frameworks to return." })
  filter?: FrameworkFilter | null;

  @Field(() => FrameworkOrder, { nullable: true, description: "How to sort; article order by default." })
  orderBy?: Order | null;
}

@ArgsType()
class FrameworkListArgs extends FrameworkArgs {
  @Field(() => FrameworkKind, {
    nullable: true,
    description: "Only frameworks of this kind.",
    deprecationReason: "Use `filter: { kind }`.",
  })
  kind?: FrameworkKind | null;
}

@Resolver(() => Framework)
export class FrameworkResolver {
  @Query(() => FrameworkConnection, {
    nullable: true,
    description: "Cooperation frameworks, platforms and mechanisms.",
  })
  @Directive(PUBLIC_TAG)
  frameworks(@Args(() => FrameworkListArgs) args: FrameworkListArgs, @Ctx() { repository }: DiplomacyContext) {
    const page = pageFromArgs(args);
    const kind = filterOrDeprecated(args.filter?.kind, args.kind, ["filter.kind", "kind"]);
    const orderBy = orderBySql(args.orderBy, frameworkOrderFields);
    const { nodes, total } = repository.frameworkPage(checkFilter.framework({ kind }), page, orderBy);
    return toConnection(nodes, total, page);
  }

  @Query(() => Framework, { nullable: true, description: "A framework by id; null if unknown. Give `id` or `handle`." })
  @Directive(PUBLIC_TAG)
  framework(
    @Arg("id", () => ID, { nullable: true, description: "Global id (`Framework.id`)." }) id: string | null,
    @Arg("handle", () => String, { nullable: true, description: "Framework handle, e.g. china-celac-forum." })
    handle: string | null,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    return loadByIdOrHandle("Framework", id, handle, (wanted) => loaders.frameworksById.load(wanted));
  }

  @FieldResolver(() => Framework, {
    nullable: true,
    description: "The framework this one belongs to (a conference's forum).",
  })
  parent(@Root() framework: FrameworkRecord, @Ctx() { loaders }: DiplomacyContext) {
    return framework.parentId ? loaders.frameworksById.load(framework.parentId) : null;
  }

  @FieldResolver(() => FrameworkConnection, {
    description: "Frameworks that belong to this one (a forum's conferences).",
  })
  async children(
    @Root() framework: FrameworkRecord,
    @Args(() => FrameworkArgs) args: FrameworkArgs,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    const keep = filterMatches.framework(checkFilter.framework(args.filter));
    return connectionOf(await loaders.frameworksByParent.load(framework.id), args, keep, frameworkOrderFields);
  }

  @FieldResolver(() => PolicyDocumentConnection, { description: "Policy documents it adopted." })
  async adoptedDocuments(
    @Root() framework: FrameworkRecord,
    @Args(() => PolicyDocumentArgs) args: PolicyDocumentArgs,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    const keep = filterMatches.policyDocument(checkFilter.policyDocument(args.filter));
    const documents = await loaders.policyDocumentsByAdopter.load(framework.id);
    return connectionOf(documents, args, keep, policyDocumentOrderFields);
  }

  @FieldResolver(() => MajorProjectConnection, { description: "Major projects announced at it." })
  async announcedProjects(
    @Root() framework: FrameworkRecord,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    return connectionOf(await loaders.majorProjectsByAnnouncement.load(framework.id), args);
  }
}
