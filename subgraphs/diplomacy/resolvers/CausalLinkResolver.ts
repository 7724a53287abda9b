import { Arg, Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { filterOrDeprecated } from "../../kit/listFilters.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import type { CausalLinkRecord } from "../dataSet.js";
import { CausalLink } from "../entities/CausalLink.js";
import { Framework } from "../entities/Framework.js";
import { CausalLinkFilter, checkFilter } from "../entities/filters.js";
import { MajorProject } from "../entities/MajorProject.js";
import { factStubOf } from "../entities/ownedElsewhere.js";
import type { DiplomacyContext } from "../store/loaders.js";
import { CausalLinkConnection } from "./connections.js";
import { loadAll } from "./loadAll.js";

/** Page and filter of every list of causal links: `Query.causalLinks` and `MajorProject.causalLinks`. */
@ArgsType()
export class CausalLinkArgs extends PageArgs {
  @Field(() => CausalLinkFilter, { nullable: true, description: "Which links to return." })
  filter?: CausalLinkFilter | null;
}

@ArgsType()
class CausalLinkListArgs extends CausalLinkArgs {
  @Field(() => ID, {
    nullable: true,
    description: "Only links naming this major project (its `id`).",
    deprecationReason: "Use `filter: { majorProjectId }`.",
  })
  majorProjectId?: string | null;
}

@Resolver(() => CausalLink)
export class CausalLinkResolver {
  @Query(() => CausalLinkConnection, {
    nullable: true,
    description: "Causal links the article draws, in article order.",
  })
  @Directive(PUBLIC_TAG)
  causalLinks(@Args(() => CausalLinkListArgs) args: CausalLinkListArgs, @Ctx() { repository }: DiplomacyContext) {
    const page = pageFromArgs(args);
    const majorProjectId = filterOrDeprecated(args.filter?.majorProjectId, args.majorProjectId, [
      "filter.majorProjectId",
      "majorProjectId",
    ]);
    const { nodes, total } = repository.causalLinkPage(checkFilter.causalLink({ majorProjectId }), page);
    return toConnection(nodes, total, page);
  }

  @Query(() => CausalLink, {
    nullable: true,
    description: "A causal link by id; null if unknown. Give `id` or `handle`.",
  })
  @Directive(PUBLIC_TAG)
  causalLink(
    @Arg("id", () => ID, { nullable: true, description: "Global id (`CausalLink.id`)." }) id: string | null,
    @Arg("handle", () => String, {
      nullable: true,
      description: "Handle, e.g. foundation-for-innovative-cooperation-in-key-areas.",
    })
    handle: string | null,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    return loadByIdOrHandle("CausalLink", id, handle, (wanted) => loaders.causalLinksById.load(wanted));
  }

  @Directive("@listSize(assumedSize: 5)")
  @FieldResolver(() => [MajorProject], {
    description: "The Five Major Projects, when the link names them as its cause or its guide.",
  })
  majorProjects(@Root() link: CausalLinkRecord, @Ctx() { loaders }: DiplomacyContext) {
    return loadAll(loaders.majorProjectsById, link.majorProjectIds);
  }

  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [Framework], {
    description: "Frameworks the effect names, e.g. the community with a shared future.",
  })
  frameworks(@Root() link: CausalLinkRecord, @Ctx() { loaders }: DiplomacyContext) {
    return loadAll(loaders.frameworksById, link.frameworkIds);
  }

  @Directive("@listSize(assumedSize: 8)")
  @FieldResolver(() => [factStubOf("PriorityArea")], {
    nullable: true,
    description:
      'The areas the region prioritizes, when the link focuses on them ("strategic and key development areas").',
  })
  priorityAreas(@Root() link: CausalLinkRecord) {
    return link.priorityAreaIds.map((id) => ({ __typename: "PriorityArea", id }));
  }
}
