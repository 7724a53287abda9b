import { createUnionType } from "type-graphql";
import { InfrastructureGap } from "./InfrastructureGap.js";
import { InfrastructureProject } from "./InfrastructureProject.js";
import { InfrastructureProjectOutcome } from "./InfrastructureProjectOutcome.js";
import { Initiative } from "./Initiative.js";
import { PriorityArea } from "./PriorityArea.js";
import { PublicServiceCrisis } from "./PublicServiceCrisis.js";

export const InfrastructureFact = createUnionType({
  name: "InfrastructureFact",
  description:
    "A fact about infrastructure: an initiative, project, expected outcome, gap, public-service crisis or priority area.",
  types: () =>
    [
      Initiative,
      InfrastructureProject,
      InfrastructureProjectOutcome,
      InfrastructureGap,
      PublicServiceCrisis,
      PriorityArea,
    ] as const,
  resolveType: (value) => (value as unknown as { __typename: string }).__typename,
});

// The union backs only the deprecated `infrastructureFacts` and keeps the members it had; PublicGoodsRelation, added
// since, is served by `Article.facts`.
export const INFRASTRUCTURE_FACT_UNION_MEMBERS: ReadonlySet<string> = new Set([
  "Initiative",
  "InfrastructureProject",
  "InfrastructureProjectOutcome",
  "InfrastructureGap",
  "PublicServiceCrisis",
  "PriorityArea",
]);

/** The `type` each fact is indexed under in the paragraph index, by data-set key: one member of the union each. */
export const INFRASTRUCTURE_FACT_TYPES = {
  initiatives: "Initiative",
  projects: "InfrastructureProject",
  projectOutcomes: "InfrastructureProjectOutcome",
  gaps: "InfrastructureGap",
  publicServiceCrises: "PublicServiceCrisis",
  priorityAreas: "PriorityArea",
  publicGoodsRelations: "PublicGoodsRelation",
} as const;
