import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { FactIndexEntry, loadFacts, paragraphArgument } from "../../kit/factIndex.js";
import { Article } from "../entities/Article.js";
import { FINANCE_FACT_UNION_MEMBERS, FinanceFact } from "../entities/FinanceFact.js";
import { type FinanceContext, financeFactLoaders } from "../store/loaders.js";

@Resolver(() => Article)
export class ArticleResolver {
  @FieldResolver(() => [FactIndexEntry], {
    nullable: true,
    description: "Index of the article's finance facts, merged into `Article.facts`.",
  })
  @Directive("@listSize(assumedSize: 20)")
  @Directive("@inaccessible")
  financeFactIndex(@Root() article: Article, @Ctx() { repository }: FinanceContext) {
    return repository.factIndexOfArticle(article.id);
  }

  @Directive("@listSize(assumedSize: 20)")
  @FieldResolver(() => [FinanceFact], {
    nullable: true,
    description: "Finance facts drawn from the article, or from one paragraph of it.",
    deprecationReason: "Use `facts(filter: { paragraph })`, which returns every kind of fact in one connection.",
  })
  financeFacts(
    @Root() _article: Article,
    @Arg("paragraph", () => Int, { nullable: true, description: "Only facts citing this paragraph." })
    paragraph: number | null,
    @Ctx() { repository, loaders }: FinanceContext,
  ) {
    const refs = repository.factRefs(paragraphArgument(paragraph));
    const members = refs.filter((ref) => FINANCE_FACT_UNION_MEMBERS.has(ref.type));
    return loadFacts(members, financeFactLoaders(loaders));
  }
}
