import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import type { TrendRecord } from "../dataSet.js";
import { Framework } from "../entities/Framework.js";
import { Trend } from "../entities/Trend.js";
import type { DiplomacyContext } from "../store/loaders.js";
import { TrendConnection } from "./connections.js";
import { loadAll } from "./loadAll.js";

@Resolver(() => Trend)
export class TrendResolver {
  @Query(() => TrendConnection, {
    nullable: true,
    description: "Developments over time the article describes, in article order.",
  })
  @Directive(PUBLIC_TAG)
  trends(@Args(() => PageArgs) args: PageArgs, @Ctx() { repository }: DiplomacyContext) {
    const page = pageFromArgs(args);
    const { nodes, total } = repository.trendPage(page);
    return toConnection(nodes, total, page);
  }

  @Query(() => Trend, {
    nullable: true,
    description: "A trend by id; null if unknown. Give `id` or `handle`.",
  })
  @Directive(PUBLIC_TAG)
  trend(
    @Arg("id", () => ID, { nullable: true, description: "Global id (`Trend.id`)." }) id: string | null,
    @Arg("handle", () => String, {
      nullable: true,
      description: "Handle, e.g. cooperation-platforms-and-mechanisms-improved.",
    })
    handle: string | null,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    return loadByIdOrHandle("Trend", id, handle, (wanted) => loaders.trendsById.load(wanted));
  }

  @Directive("@listSize(assumedSize: 3)")
  @FieldResolver(() => [Framework], { description: "Frameworks the development is about." })
  frameworks(@Root() trend: TrendRecord, @Ctx() { loaders }: DiplomacyContext) {
    return loadAll(loaders.frameworksById, trend.frameworkIds);
  }

  @Directive("@listSize(assumedSize: 4)")
  @FieldResolver(() => [Framework], {
    description: 'Frameworks whose establishment the time frame names ("Since … established …").',
  })
  since(@Root() trend: TrendRecord, @Ctx() { loaders }: DiplomacyContext) {
    return loadAll(loaders.frameworksById, trend.sinceFrameworkIds);
  }
}
