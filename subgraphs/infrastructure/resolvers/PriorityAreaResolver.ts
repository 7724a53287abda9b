import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import type { PriorityAreaRecord } from "../dataSet.js";
import { PriorityArea } from "../entities/PriorityArea.js";
import { Region } from "../entities/Region.js";
import type { InfrastructureContext } from "../store/loaders.js";

@Resolver(() => PriorityArea)
export class PriorityAreaResolver {
  @Query(() => [PriorityArea], {
    description: "The areas Latin America prioritizes, in the order the article lists them.",
  })
  @Directive(PUBLIC_TAG)
  priorityAreas(@Ctx() { repository }: InfrastructureContext) {
    return repository.allPriorityAreas();
  }

  @Query(() => PriorityArea, { nullable: true, description: "A priority area by id; null if unknown." })
  @Directive(PUBLIC_TAG)
  priorityArea(
    @Arg("id", () => ID, { description: "Priority area id, e.g. clean-energy." }) id: string,
    @Ctx() { loaders }: InfrastructureContext,
  ) {
    return loaders.priorityAreasById.load(id);
  }

  @FieldResolver(() => Region, { description: "Region that prioritizes it." })
  region(@Root() area: PriorityAreaRecord) {
    return { id: area.regionId };
  }
}
