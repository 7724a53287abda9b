import { createUnionType } from "type-graphql";
import { Country } from "./Country.js";
import { Engagement } from "./Engagement.js";
import { Framework } from "./Framework.js";
import { HeadOfState } from "./HeadOfState.js";
import { MajorProject } from "./MajorProject.js";
import { PolicyDocument } from "./PolicyDocument.js";
import { Region } from "./Region.js";

export const DiplomacyFact = createUnionType({
  name: "DiplomacyFact",
  description:
    "A fact about diplomacy: a country, region, head of state, engagement, framework, major project or policy document.",
  types: () => [Country, Region, HeadOfState, Engagement, Framework, MajorProject, PolicyDocument] as const,
  resolveType: (value) => (value as unknown as { __typename: string }).__typename,
});

// The union backs only the deprecated `diplomacyFacts`; it keeps the members it had, so its clients see no new types.
// Fact types added since (Trend, CausalLink, StatedPosition, Assessment) are served by `Article.facts`.
export const DIPLOMACY_FACT_UNION_MEMBERS: ReadonlySet<string> = new Set([
  "Country",
  "Region",
  "HeadOfState",
  "Engagement",
  "Framework",
  "MajorProject",
  "PolicyDocument",
]);

/** The `type` each fact is indexed under in the paragraph index, by data-set key: one member of the union each. */
export const DIPLOMACY_FACT_TYPES = {
  regions: "Region",
  countries: "Country",
  headsOfState: "HeadOfState",
  engagements: "Engagement",
  frameworks: "Framework",
  majorProjects: "MajorProject",
  policyDocuments: "PolicyDocument",
  trends: "Trend",
  causalLinks: "CausalLink",
  statedPositions: "StatedPosition",
  assessments: "Assessment",
} as const;
