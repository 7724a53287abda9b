import { Args, ArgsType, Ctx, Directive, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import type { CausalLinkRecord } from "../dataSet.js";
import { CausalLink } from "../entities/CausalLink.js";
import { Framework } from "../entities/Framework.js";
import { MajorProject } from "../entities/MajorProject.js";
import type { DiplomacyContext } from "../store/loaders.js";
import { CausalLinkConnection } from "./connections.js";
import { loadAll } from "./loadAll.js";

@ArgsType()
class CausalLinkListArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only links naming this major project, e.g. peace." })
  majorProjectId?: string | null;
}

@Resolver(() => CausalLink)
export class CausalLinkResolver {
  @Query(() => CausalLinkConnection, { description: "Causal links the article draws, in article order." })
  @Directive(PUBLIC_TAG)
  causalLinks(@Args(() => CausalLinkListArgs) args: CausalLinkListArgs, @Ctx() { repository }: DiplomacyContext) {
    const page = pageFromArgs(args);
    const { nodes, total } = repository.causalLinkPage(args.majorProjectId, page);
    return toConnection(nodes, total, page);
  }

  @FieldResolver(() => [MajorProject], {
    description: "The Five Major Projects, when the link names them as its cause or its guide.",
  })
  majorProjects(@Root() link: CausalLinkRecord, @Ctx() { loaders }: DiplomacyContext) {
    return loadAll(loaders.majorProjectsById, link.majorProjectIds);
  }

  @FieldResolver(() => [Framework], {
    description: "Frameworks the effect names, e.g. the community with a shared future.",
  })
  frameworks(@Root() link: CausalLinkRecord, @Ctx() { loaders }: DiplomacyContext) {
    return loadAll(loaders.frameworksById, link.frameworkIds);
  }
}
