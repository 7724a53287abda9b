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
  description: "Any fact the diplomacy subgraph owns.",
  types: () => [Country, Region, HeadOfState, Engagement, Framework, MajorProject, PolicyDocument] as const,
  resolveType: (value) => (value as unknown as { __typename: string }).__typename,
});
