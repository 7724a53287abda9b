import { Arg, Args, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { ARTICLE_ID } from "../../kit/article.js";
import { PageArgs, pageFromArgs, toConnection } from "../../kit/connection.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { loadFacts, paragraphArgument } from "../../kit/factIndex.js";
import { handleOfType } from "../../kit/globalId.js";
import { Paragraph, paragraphsOf } from "../../kit/paragraph.js";
import type { ArticleRecord } from "../dataSet.js";
import { Article } from "../entities/Article.js";
import { DIPLOMACY_FACT_UNION_MEMBERS, DiplomacyFact } from "../entities/DiplomacyFact.js";
import { FactFilter } from "../entities/FactFilter.js";
import { type DiplomacyContext, diplomacyFactLoaders } from "../store/loaders.js";
import { ArticleConnection, FactConnection } from "./connections.js";
import { factConnection, selectFacts } from "./factSelection.js";

type ArticleWithIndexes = ArticleRecord & Pick<Article, "infrastructureFactIndex" | "financeFactIndex">;

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, {
    nullable: true,
    description:
      "An article by id; null if unknown. Without `id` (deprecated form, kept for early clients): the first article.",
  })
  @Directive(PUBLIC_TAG)
  async article(
    @Arg("id", () => ID, { nullable: true, description: "Global id of the article (`Article.id`)." }) id: string | null,
    @Ctx() { loaders }: DiplomacyContext,
  ) {
    if (id == null) return loaders.articlesById.load(ARTICLE_ID);
    const handle = handleOfType("Article", id);
    return handle === null ? null : loaders.articlesById.load(handle);
  }

  @Query(() => ArticleConnection, { nullable: true, description: "Every article the API draws its facts from." })
  @Directive(PUBLIC_TAG)
  articles(@Args(() => PageArgs) args: PageArgs, @Ctx() { repository }: DiplomacyContext) {
    const page = pageFromArgs(args);
    const { nodes, total } = repository.articlePage(page);
    return toConnection(nodes, total, page);
  }

  @Directive("@listSize(assumedSize: 10)")
  @FieldResolver(() => [Paragraph], { description: "The article's paragraphs, in order." })
  paragraphs(@Root() article: ArticleRecord) {
    return paragraphsOf(article.id);
  }

  @FieldResolver(() => Paragraph, { nullable: true, description: "One paragraph by number; null past the last one." })
  paragraph(
    @Root() article: ArticleRecord,
    @Arg("number", () => Int, { description: "1-based paragraph number." }) number: number,
  ) {
    const wanted = paragraphArgument(number, "number");
    return paragraphsOf(article.id).find((paragraph) => paragraph.number === wanted) ?? null;
  }

  @FieldResolver(() => FactConnection, {
    nullable: true,
    description:
      "Facts drawn from the article, of every kind, in article order (by the first paragraph each cites). While part of the API is unavailable, the facts of the rest, with an error naming what is missing.",
  })
  @Directive(
    '@requires(fields: "infrastructureFactIndex { id paragraphs countryCodes text } financeFactIndex { id paragraphs countryCodes text }")',
  )
  facts(
    @Root() article: ArticleWithIndexes,
    @Arg("filter", () => FactFilter, { nullable: true, description: "Which facts to return." })
    filter: FactFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() { repository, loaders }: DiplomacyContext,
  ) {
    const selected = selectFacts(
      [
        repository.factIndexOfArticle(article.id),
        article.infrastructureFactIndex ?? [],
        article.financeFactIndex ?? [],
      ],
      filter,
    );
    return factConnection(selected, args, diplomacyFactLoaders(loaders));
  }

  @Directive("@listSize(assumedSize: 40)")
  @FieldResolver(() => [DiplomacyFact], {
    description: "Diplomacy facts drawn from the article, or from one paragraph of it.",
    deprecationReason: "Use `facts(filter: { paragraph })`, which returns every kind of fact in one connection.",
  })
  diplomacyFacts(
    @Root() _article: ArticleRecord,
    @Arg("paragraph", () => Int, { nullable: true, description: "Only facts citing this paragraph." })
    paragraph: number | null,
    @Ctx() { repository, loaders }: DiplomacyContext,
  ) {
    const refs = repository.factRefs(paragraphArgument(paragraph));
    const members = refs.filter((ref) => DIPLOMACY_FACT_UNION_MEMBERS.has(ref.type));
    return loadFacts(members, diplomacyFactLoaders(loaders));
  }
}
