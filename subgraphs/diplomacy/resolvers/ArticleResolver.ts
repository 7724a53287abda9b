import { Arg, Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { ARTICLE_ID, articleText } from "../../kit/article.js";
import { PUBLIC_TAG } from "../../kit/contractTags.js";
import { loadFacts, paragraphArgument } from "../../kit/paragraphFacts.js";
import type { ArticleRecord } from "../dataSet.js";
import { Article, Paragraph } from "../entities/Article.js";
import { DIPLOMACY_FACT_TYPES, DiplomacyFact } from "../entities/DiplomacyFact.js";
import type { DiplomacyContext } from "../store/loaders.js";

function paragraphs(): Paragraph[] {
  return articleText().paragraphs.map((text, index) => ({ number: index + 1, text }));
}

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { description: "The source article." })
  @Directive(PUBLIC_TAG)
  async article(@Ctx() { loaders }: DiplomacyContext) {
    return loaders.articlesById.load(ARTICLE_ID);
  }

  @FieldResolver(() => [Paragraph], { description: "The article's paragraphs, in order." })
  paragraphs() {
    return paragraphs();
  }

  @FieldResolver(() => Paragraph, { nullable: true, description: "One paragraph by number; null past the last one." })
  paragraph(@Arg("number", () => Int, { description: "1-based paragraph number." }) number: number) {
    const wanted = paragraphArgument(number);
    return paragraphs().find((paragraph) => paragraph.number === wanted) ?? null;
  }

  @FieldResolver(() => [DiplomacyFact], {
    description: "Diplomacy facts drawn from the article, or from one paragraph of it.",
  })
  diplomacyFacts(
    @Root() _article: ArticleRecord,
    @Arg("paragraph", () => Int, { nullable: true, description: "Only facts citing this paragraph." })
    paragraph: number | null,
    @Ctx() { repository, loaders }: DiplomacyContext,
  ) {
    return loadFacts(repository.factRefs(paragraphArgument(paragraph)), {
      [DIPLOMACY_FACT_TYPES.countries]: loaders.countriesByCode,
      [DIPLOMACY_FACT_TYPES.regions]: loaders.regionsById,
      [DIPLOMACY_FACT_TYPES.headsOfState]: loaders.headsOfStateById,
      [DIPLOMACY_FACT_TYPES.engagements]: loaders.engagementsById,
      [DIPLOMACY_FACT_TYPES.frameworks]: loaders.frameworksById,
      [DIPLOMACY_FACT_TYPES.majorProjects]: loaders.majorProjectsById,
      [DIPLOMACY_FACT_TYPES.policyDocuments]: loaders.policyDocumentsById,
    });
  }
}
