/** The infrastructure subgraph schema: its resolvers, entity types and reference resolvers. */
import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema, type ReferenceResolvers } from "../kit/federatedSchema.js";
import { Article } from "./entities/Article.js";
import { Country } from "./entities/Country.js";
import { INFRASTRUCTURE_FACT_TYPES } from "./entities/InfrastructureFact.js";
import { Region } from "./entities/Region.js";
import { ArticleResolver } from "./resolvers/ArticleResolver.js";
import { CountryResolver } from "./resolvers/CountryResolver.js";
import { InfrastructureGapResolver } from "./resolvers/InfrastructureGapResolver.js";
import { InfrastructureProjectOutcomeResolver } from "./resolvers/InfrastructureProjectOutcomeResolver.js";
import { InfrastructureProjectResolver } from "./resolvers/InfrastructureProjectResolver.js";
import { InitiativeResolver } from "./resolvers/InitiativeResolver.js";
import { PriorityAreaResolver } from "./resolvers/PriorityAreaResolver.js";
import { PublicGoodsRelationResolver } from "./resolvers/PublicGoodsRelationResolver.js";
import { PublicServiceCrisisResolver } from "./resolvers/PublicServiceCrisisResolver.js";
import { RegionResolver } from "./resolvers/RegionResolver.js";
import { type InfrastructureContext, infrastructureFactLoaders } from "./store/loaders.js";

function referenceResolvers(): ReferenceResolvers {
  // Diplomacy owns the records of these entities; here any key resolves to a stub whose
  // contributed fields look their facts up by key (and come back empty for keys the data never mentions).
  const resolvers: ReferenceResolvers = {
    Article: { __resolveReference: (reference: { id: string }): Article => ({ id: reference.id }) },
    Country: { __resolveReference: (reference: { code: string }): Country => ({ code: reference.code }) },
    Region: { __resolveReference: (reference: { id: string }): Region => ({ id: reference.id }) },
  };
  for (const type of Object.values(INFRASTRUCTURE_FACT_TYPES)) {
    resolvers[type] = {
      __resolveReference: (reference: { id: string }, { loaders }: InfrastructureContext) =>
        infrastructureFactLoaders(loaders)[type]?.load(reference.id) ?? null,
    };
  }
  return resolvers;
}

export function buildInfrastructureSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        ArticleResolver,
        CountryResolver,
        RegionResolver,
        InitiativeResolver,
        InfrastructureProjectResolver,
        InfrastructureProjectOutcomeResolver,
        InfrastructureGapResolver,
        PublicServiceCrisisResolver,
        PriorityAreaResolver,
        PublicGoodsRelationResolver,
      ],
      orphanedTypes: [Article, Country, Region],
    },
    referenceResolvers(),
    { handleFields: { Country: "code" } },
  );
}
