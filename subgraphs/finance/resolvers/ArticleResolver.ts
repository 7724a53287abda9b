import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { loadFacts, paragraphArgument } from "../../kit/paragraphFacts.js";
import { Article } from "../entities/Article.js";
import { FINANCE_FACT_TYPES, FinanceFact } from "../entities/FinanceFact.js";
import type { FinanceContext } from "../store/loaders.js";

@Resolver(() => Article)
export class ArticleResolver {
  @FieldResolver(() => [FinanceFact], {
    description: "Finance facts drawn from the article, or from one paragraph of it.",
  })
  financeFacts(
    @Root() _article: Article,
    @Arg("paragraph", () => Int, { nullable: true, description: "Only facts citing this paragraph." })
    paragraph: number | null,
    @Ctx() { repository, loaders }: FinanceContext,
  ) {
    return loadFacts(repository.factRefs(paragraphArgument(paragraph)), {
      [FINANCE_FACT_TYPES.gaps]: loaders.gapsById,
      [FINANCE_FACT_TYPES.risks]: loaders.risksById,
      [FINANCE_FACT_TYPES.mechanisms]: loaders.mechanismsById,
      [FINANCE_FACT_TYPES.dialogues]: loaders.dialoguesById,
    });
  }
}
