import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { ARTICLE_ID } from "../../kit/article.js";
import { loadFacts, paragraphArgument } from "../../kit/paragraphFacts.js";
import { Article } from "../entities/Article.js";
import { INFRASTRUCTURE_FACT_TYPES, InfrastructureFact } from "../entities/InfrastructureFact.js";
import type { InfrastructureContext } from "../store/loaders.js";

@Resolver(() => Article)
export class ArticleResolver {
  @FieldResolver(() => [InfrastructureFact], {
    description: "Infrastructure facts drawn from the article, or from one paragraph of it.",
  })
  async infrastructureFacts(
    @Root() article: Article,
    @Arg("paragraph", () => Int, { nullable: true, description: "Only facts citing this paragraph." })
    paragraph: number | null,
    @Ctx() { repository, loaders }: InfrastructureContext,
  ) {
    const wanted = paragraphArgument(paragraph);
    // Every fact here comes from the one source article; another article key has none.
    if (article.id !== ARTICLE_ID) return [];
    return loadFacts(repository.factRefs(wanted), {
      [INFRASTRUCTURE_FACT_TYPES.initiatives]: loaders.initiativesById,
      [INFRASTRUCTURE_FACT_TYPES.projects]: loaders.projectsById,
      [INFRASTRUCTURE_FACT_TYPES.projectOutcomes]: loaders.projectOutcomesById,
      [INFRASTRUCTURE_FACT_TYPES.gaps]: loaders.gapsById,
      [INFRASTRUCTURE_FACT_TYPES.publicServiceCrises]: loaders.crisesById,
      [INFRASTRUCTURE_FACT_TYPES.priorityAreas]: loaders.priorityAreasById,
    });
  }
}
