/** The diplomacy subgraph schema: its resolvers, entity types and reference resolvers. */
import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "../kit/federatedSchema.js";
import type { ArticleRecord } from "./dataSet.js";
import { Article } from "./entities/Article.js";
import { Country } from "./entities/Country.js";
import { PolicyDocument } from "./entities/PolicyDocument.js";
import { Region } from "./entities/Region.js";
import { ArticleResolver } from "./resolvers/ArticleResolver.js";
import { CountryResolver } from "./resolvers/CountryResolver.js";
import { EngagementResolver } from "./resolvers/EngagementResolver.js";
import { FrameworkResolver } from "./resolvers/FrameworkResolver.js";
import { HeadOfStateResolver } from "./resolvers/HeadOfStateResolver.js";
import { MajorProjectResolver } from "./resolvers/MajorProjectResolver.js";
import { PolicyDocumentResolver } from "./resolvers/PolicyDocumentResolver.js";
import { RegionResolver } from "./resolvers/RegionResolver.js";
import type { DiplomacyContext } from "./store/loaders.js";

export function buildDiplomacySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        ArticleResolver,
        CountryResolver,
        RegionResolver,
        HeadOfStateResolver,
        EngagementResolver,
        FrameworkResolver,
        MajorProjectResolver,
        PolicyDocumentResolver,
      ],
      orphanedTypes: [Article, Country, Region, PolicyDocument],
    },
    {
      Article: {
        __resolveReference: (reference: Pick<ArticleRecord, "id">, { loaders }: DiplomacyContext) =>
          loaders.articlesById.load(reference.id),
      },
      Country: {
        __resolveReference: (reference: { code: string }, { loaders }: DiplomacyContext) =>
          loaders.countriesByCode.load(reference.code),
      },
      Region: {
        __resolveReference: (reference: { id: string }, { loaders }: DiplomacyContext) =>
          loaders.regionsById.load(reference.id),
      },
      PolicyDocument: {
        __resolveReference: (reference: { id: string }, { loaders }: DiplomacyContext) =>
          loaders.policyDocumentsById.load(reference.id),
      },
    },
  );
}
