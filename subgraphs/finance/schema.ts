/** The finance subgraph schema: its resolvers, entity types and reference resolvers. */
import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "../kit/federatedSchema.js";
import { Article } from "./entities/Article.js";
import { PolicyDocument } from "./entities/PolicyDocument.js";
import { Region } from "./entities/Region.js";
import { ArticleResolver } from "./resolvers/ArticleResolver.js";
import { FinancialMechanismResolver } from "./resolvers/FinancialMechanismResolver.js";
import { FinancialRegulatoryDialogueResolver } from "./resolvers/FinancialRegulatoryDialogueResolver.js";
import { FinancialRiskResolver } from "./resolvers/FinancialRiskResolver.js";
import { FinancialStabilityGapResolver } from "./resolvers/FinancialStabilityGapResolver.js";
import { PolicyDocumentResolver } from "./resolvers/PolicyDocumentResolver.js";
import { RegionResolver } from "./resolvers/RegionResolver.js";

// Diplomacy owns the records of these entities; here any key resolves to a stub whose
// contributed fields look their facts up by key (and come back empty for keys the data never mentions).
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
      ],
      orphanedTypes: [Article, Region, PolicyDocument],
    },
    {
      Article: { __resolveReference: (reference: { id: string }): Article => ({ id: reference.id }) },
      Region: { __resolveReference: (reference: { id: string }): Region => ({ id: reference.id }) },
      PolicyDocument: {
        __resolveReference: (reference: { id: string }): PolicyDocument => ({ id: reference.id }),
      },
    },
  );
}
