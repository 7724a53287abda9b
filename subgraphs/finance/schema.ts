/** The finance subgraph schema: its resolvers, entity types and reference resolvers. */
import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema, type ReferenceResolvers } from "../kit/federatedSchema.js";
import { Article } from "./entities/Article.js";
import { FINANCE_FACT_TYPES } from "./entities/FinanceFact.js";
import { PolicyDocument } from "./entities/PolicyDocument.js";
import { Region } from "./entities/Region.js";
import { ArticleResolver } from "./resolvers/ArticleResolver.js";
import { FinancialMechanismResolver } from "./resolvers/FinancialMechanismResolver.js";
import { FinancialOutlookResolver } from "./resolvers/FinancialOutlookResolver.js";
import { FinancialRegulatoryDialogueResolver } from "./resolvers/FinancialRegulatoryDialogueResolver.js";
import { FinancialRiskResolver } from "./resolvers/FinancialRiskResolver.js";
import { FinancialStabilityGapResolver } from "./resolvers/FinancialStabilityGapResolver.js";
import { PolicyDocumentResolver } from "./resolvers/PolicyDocumentResolver.js";
import { RegionResolver } from "./resolvers/RegionResolver.js";
import { type FinanceContext, financeFactLoaders } from "./store/loaders.js";

function referenceResolvers(): ReferenceResolvers {
  // Diplomacy owns the records of these entities; here any key resolves to a stub whose
  // contributed fields look their facts up by key (and come back empty for keys the data never mentions).
  const resolvers: ReferenceResolvers = {
    Article: { __resolveReference: (reference: { id: string }): Article => ({ id: reference.id }) },
    Region: { __resolveReference: (reference: { id: string }): Region => ({ id: reference.id }) },
    PolicyDocument: {
      __resolveReference: (reference: { id: string }): PolicyDocument => ({ id: reference.id }),
    },
  };
  for (const type of Object.values(FINANCE_FACT_TYPES)) {
    resolvers[type] = {
      __resolveReference: (reference: { id: string }, { loaders }: FinanceContext) =>
        financeFactLoaders(loaders)[type]?.load(reference.id) ?? null,
    };
  }
  return resolvers;
}

export function buildFinanceSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        ArticleResolver,
        RegionResolver,
        PolicyDocumentResolver,
        FinancialStabilityGapResolver,
        FinancialRiskResolver,
        FinancialMechanismResolver,
        FinancialRegulatoryDialogueResolver,
        FinancialOutlookResolver,
      ],
      orphanedTypes: [Article, Region, PolicyDocument],
    },
    referenceResolvers(),
  );
}
