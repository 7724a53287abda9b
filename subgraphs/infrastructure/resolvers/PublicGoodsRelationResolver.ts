import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import type { PublicGoodsRelationRecord } from "../dataSet.js";
import { PublicGoodsRelation } from "../entities/PublicGoodsRelation.js";
import { Region } from "../entities/Region.js";
import type { InfrastructureContext } from "../store/loaders.js";
import { PublicGoodsRelationConnection } from "./connections.js";

@Resolver(() => PublicGoodsRelation)
export class PublicGoodsRelationResolver {
  @Query(() => PublicGoodsRelationConnection, {
    nullable: true,
    description: "Relations the article draws between conditions and the supply of public goods, in article order.",
  })
  @Directive(PUBLIC_TAG)
  publicGoodsRelations(@Args(() => PageArgs) args: PageArgs, @Ctx() { repository }: InfrastructureContext) {
    const page = pageFromArgs(args);
    const { nodes, total } = repository.publicGoodsRelationPage(page);
    return toConnection(nodes, total, page);
  }

  @Query(() => PublicGoodsRelation, {
    nullable: true,
    description: "A public-goods relation by id; null if unknown. Give `id` or `handle`.",
  })
  @Directive(PUBLIC_TAG)
  publicGoodsRelation(
    @Arg("id", () => ID, { nullable: true, description: "Global id (`PublicGoodsRelation.id`)." }) id: string | null,
    @Arg("handle", () => String, {
      nullable: true,
      description: "Relation handle, e.g. turmoil-related-to-public-goods-supply.",
    })
    handle: string | null,
    @Ctx() { loaders }: InfrastructureContext,
  ) {
    return loadByIdOrHandle("PublicGoodsRelation", id, handle, (wanted) =>
      loaders.publicGoodsRelationsById.load(wanted),
    );
  }

  @FieldResolver(() => Region, { nullable: true, description: "Region whose condition it is." })
  region(@Root() relation: PublicGoodsRelationRecord) {
    return relation.regionId ? { id: relation.regionId } : null;
  }
}
