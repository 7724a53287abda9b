import { Ctx, Directive, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import type { PublicGoodsRelationRecord } from "../dataSet.js";
import { PublicGoodsRelation } from "../entities/PublicGoodsRelation.js";
import { Region } from "../entities/Region.js";
import type { InfrastructureContext } from "../store/loaders.js";

@Resolver(() => PublicGoodsRelation)
export class PublicGoodsRelationResolver {
  @Query(() => [PublicGoodsRelation], {
    description: "Relations the article draws between conditions and the supply of public goods, in article order.",
  })
  @Directive(PUBLIC_TAG)
  publicGoodsRelations(@Ctx() { repository }: InfrastructureContext) {
    return repository.allPublicGoodsRelations();
  }

  @FieldResolver(() => Region, { nullable: true, description: "Region whose condition it is." })
  region(@Root() relation: PublicGoodsRelationRecord) {
    return relation.regionId ? { id: relation.regionId } : null;
  }
}
