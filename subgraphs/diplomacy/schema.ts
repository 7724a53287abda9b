/** The diplomacy subgraph schema: its resolvers, entity types and reference resolvers. */
import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema, type ReferenceResolvers } from "../kit/federatedSchema.js";
import { Article } from "./entities/Article.js";
import { Country } from "./entities/Country.js";
import { DIPLOMACY_FACT_TYPES } from "./entities/DiplomacyFact.js";
import { Engagement } from "./entities/Engagement.js";
import { Framework } from "./entities/Framework.js";
import { HeadOfState } from "./entities/HeadOfState.js";
import { MajorProject } from "./entities/MajorProject.js";
import { factStubs } from "./entities/ownedElsewhere.js";
import { PolicyDocument } from "./entities/PolicyDocument.js";
import { Region } from "./entities/Region.js";
import { ArticleResolver } from "./resolvers/ArticleResolver.js";
import { AssessmentResolver } from "./resolvers/AssessmentResolver.js";
import { CausalLinkResolver } from "./resolvers/CausalLinkResolver.js";
import { CountryResolver } from "./resolvers/CountryResolver.js";
import { EngagementResolver } from "./resolvers/EngagementResolver.js";
import { FrameworkResolver } from "./resolvers/FrameworkResolver.js";
import { HeadOfStateResolver } from "./resolvers/HeadOfStateResolver.js";
import { MajorProjectResolver } from "./resolvers/MajorProjectResolver.js";
import { NodeResolver } from "./resolvers/NodeResolver.js";
import { PolicyDocumentResolver } from "./resolvers/PolicyDocumentResolver.js";
import { RegionResolver } from "./resolvers/RegionResolver.js";
import { StatedPositionResolver } from "./resolvers/StatedPositionResolver.js";
import { TrendResolver } from "./resolvers/TrendResolver.js";
import { type DiplomacyContext, diplomacyFactLoaders } from "./store/loaders.js";

// A representation may carry fields the gateway fetched elsewhere for `@requires`: keep them beside the record.
async function withRepresentation(reference: Record<string, unknown>, record: Promise<object | null>) {
  const loaded = await record;
  return loaded ? { ...loaded, ...reference } : null;
}

function referenceResolvers(): ReferenceResolvers {
  const resolvers: ReferenceResolvers = {
    Article: {
      __resolveReference: (reference: { id: string }, { loaders }: DiplomacyContext) =>
        withRepresentation(reference, loaders.articlesById.load(reference.id)),
    },
    Country: {
      __resolveReference: (reference: { code: string }, { loaders }: DiplomacyContext) =>
        withRepresentation(reference, loaders.countriesByCode.load(reference.code)),
    },
  };
  for (const type of Object.values(DIPLOMACY_FACT_TYPES).filter((name) => name !== "Country")) {
    resolvers[type] = {
      __resolveReference: (reference: { id: string }, context: DiplomacyContext) =>
        diplomacyFactLoaders(context.loaders)[type]?.load(reference.id) ?? null,
    };
  }
  return resolvers;
}

export function buildDiplomacySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        NodeResolver,
        ArticleResolver,
        CountryResolver,
        RegionResolver,
        HeadOfStateResolver,
        EngagementResolver,
        FrameworkResolver,
        MajorProjectResolver,
        PolicyDocumentResolver,
        TrendResolver,
        CausalLinkResolver,
        StatedPositionResolver,
        AssessmentResolver,
      ],
      orphanedTypes: [
        Article,
        Country,
        Region,
        PolicyDocument,
        HeadOfState,
        Engagement,
        Framework,
        MajorProject,
        ...factStubs,
      ],
    },
    referenceResolvers(),
    {
      handleFields: { Country: "code" },
      loadArticle: (handle: string, { loaders }: DiplomacyContext) => loaders.articlesById.load(handle),
    },
  );
}
