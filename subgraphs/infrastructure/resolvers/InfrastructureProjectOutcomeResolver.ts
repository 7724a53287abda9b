import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ProjectOutcomeRecord } from "../dataSet.js";
import { InfrastructureProject } from "../entities/InfrastructureProject.js";
import { InfrastructureProjectOutcome } from "../entities/InfrastructureProjectOutcome.js";
import type { InfrastructureContext } from "../store/loaders.js";

@Resolver(() => InfrastructureProjectOutcome)
export class InfrastructureProjectOutcomeResolver {
  @FieldResolver(() => InfrastructureProject, { description: "The project expected to achieve it." })
  project(@Root() outcome: ProjectOutcomeRecord, @Ctx() { loaders }: InfrastructureContext) {
    return loaders.projectsById.load(outcome.projectId);
  }
}
