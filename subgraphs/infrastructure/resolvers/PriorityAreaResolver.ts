import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { loadByIdOrHandle } from "../../kit/lookup.js";
import type { PriorityAreaRecord } from "../dataSet.js";
import { PriorityArea } from "../entities/PriorityArea.js";
import { Region } from "../entities/Region.js";
import type { InfrastructureContext } from "../store/loaders.js";
import { PriorityAreaConnection } from "./connections.js";

@Resolver(() => PriorityArea)
export class PriorityAreaResolver {
  @Query(() => PriorityAreaConnection, {
    nullable: true,
    description: "The areas Latin America prioritizes, in the order the article lists them.",
  })
  @Directive(PUBLIC_TAG)
  priorityAreas(@Args(() => PageArgs) args: PageArgs, @Ctx() { repository }: InfrastructureContext) {
    const page = pageFromArgs(args);
    const { nodes, total } = repository.priorityAreaPage(page);
    return toConnection(nodes, total, page);
  }

  @Query(() => PriorityArea, {
    nullable: true,
    description: "A priority area by id; null if unknown. Give `id` or `handle`.",
  })
  @Directive(PUBLIC_TAG)
  priorityArea(
    @Arg("id", () => ID, { nullable: true, description: "Global id (`PriorityArea.id`)." }) id: string | null,
    @Arg("handle", () => String, { nullable: true, description: "Priority area handle, e.g. clean-energy." })
    handle: string | null,
    @Ctx() { loaders }: InfrastructureContext,
  ) {
    return loadByIdOrHandle("PriorityArea", id, handle, (wanted) => loaders.priorityAreasById.load(wanted));
  }

  @FieldResolver(() => Region, { nullable: true, description: "Region that prioritizes it." })
  region(@Root() area: PriorityAreaRecord) {
    return { id: area.regionId };
  }
}
