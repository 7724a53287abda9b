import { createUnionType } from "type-graphql";
import { Country } from "./Country.js";
import { Region } from "./Region.js";

/** A side of China-Latin America cooperation: a country (China) or a region (Latin America). */
export const CooperationParty = createUnionType({
  name: "CooperationParty",
  description: "A side of China-Latin America cooperation: a country or a region.",
  types: () => [Country, Region] as const,
  resolveType: (value) => ("code" in value ? "Country" : "Region"),
});
