import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { ARTICLE_ID } from "../../kit/article.js";
import { FactIndexEntry, loadFacts, paragraphArgument } from "../../kit/factIndex.js";
import { Article } from "../entities/Article.js";
import { INFRASTRUCTURE_FACT_UNION_MEMBERS, InfrastructureFact } from "../entities/InfrastructureFact.js";
import { type InfrastructureContext, infrastructureFactLoaders } from "../store/loaders.js";

@Resolver(() => Article)
export class ArticleResolver {
  @FieldResolver(() => [FactIndexEntry], {
    nullable: true,
    description: "Index of the article's infrastructure facts, merged into `Article.facts`.",
  })
  @Directive("@listSize(assumedSize: 30)")
  @Directive("@inaccessible")
  infrastructureFactIndex(@Root() article: Article, @Ctx() { repository }: InfrastructureContext) {
    return repository.factIndexOfArticle(article.id);
  }

  @Directive("@listSize(assumedSize: 30)")
  @FieldResolver(() => [InfrastructureFact], {
    nullable: true,
    description: "Infrastructure facts drawn from the article, or from one paragraph of it.",
    deprecationReason: "Use `facts(filter: { paragraph })`, which returns every kind of fact in one connection.",
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
    const members = repository.factRefs(wanted).filter((ref) => INFRASTRUCTURE_FACT_UNION_MEMBERS.has(ref.type));
    return loadFacts(members, infrastructureFactLoaders(loaders));
  }
}
