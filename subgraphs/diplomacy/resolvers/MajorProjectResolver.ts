import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import type { MajorProjectRecord } from "../dataSet.js";
import { Framework } from "../entities/Framework.js";
import { MajorProject } from "../entities/MajorProject.js";
import type { DiplomacyContext } from "../store/loaders.js";

@Resolver(() => MajorProject)
export class MajorProjectResolver {
  @Query(() => [MajorProject], { description: "The Five Major Projects, in the order the article lists them." })
  @Directive(PUBLIC_TAG)
  majorProjects(@Ctx() { repository }: DiplomacyContext) {
    return repository.allMajorProjects();
  }

  @Query(() => MajorProject, { nullable: true, description: "A major project by id; null if unknown." })
  @Directive(PUBLIC_TAG)
  majorProject(
    @Arg("id", () => ID, { description: "Major project id, e.g. peace." }) id: string,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    return loaders.majorProjectsById.load(id);
  }

  @FieldResolver(() => Framework, { nullable: true, description: "Where the project was announced." })
  announcedAt(@Root() project: MajorProjectRecord, @Ctx() { loaders }: DiplomacyContext) {
    return project.announcedAtId ? loaders.frameworksById.load(project.announcedAtId) : null;
  }
}
