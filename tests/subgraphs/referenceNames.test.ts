/**
 * Infrastructure and finance serve `Country.name` / `Region.name` (@shareable) from their own copies of the names
 * diplomacy owns: the copies must say exactly what diplomacy's records say, or the API would answer differently
 * depending on the query plan.
 */
import { describe, expect, it } from "vitest";
import { type DiplomacyData, loadDiplomacyData } from "../../subgraphs/diplomacy/dataSet.js";
import { loadFinanceData } from "../../subgraphs/finance/dataSet.js";
import { loadInfrastructureData } from "../../subgraphs/infrastructure/dataSet.js";
import type { ReferenceNames } from "../../subgraphs/kit/referenceNames.js";

/** Every name in `copy` that is missing from diplomacy's records or differs from them. */
function divergences(diplomacy: DiplomacyData, copy: ReferenceNames): string[] {
  const countries = new Map(diplomacy.countries.map((country) => [country.code, country.name]));
  const regions = new Map(diplomacy.regions.map((region) => [region.id, region.name]));
  return [
    ...copy.countries
      .filter(({ code, name }) => countries.get(code) !== name)
      .map(({ code, name }) => `Country ${code}: "${name}" here, "${countries.get(code)}" in diplomacy`),
    ...copy.regions
      .filter(({ id, name }) => regions.get(id) !== name)
      .map(({ id, name }) => `Region ${id}: "${name}" here, "${regions.get(id)}" in diplomacy`),
  ];
}

describe("reference names served outside diplomacy", () => {
  const diplomacy = loadDiplomacyData();

  it.each([
    ["infrastructure", loadInfrastructureData().names],
    ["finance", loadFinanceData().names],
  ])("%s's copy equals diplomacy's records", (_subgraph, names) => {
    expect(names.regions.length).toBeGreaterThan(0);
    expect(divergences(diplomacy, names)).toEqual([]);
  });

  it("infrastructure names every country its projects and crises reference", () => {
    const data = loadInfrastructureData();
    const named = new Set(data.names.countries.map((country) => country.code));
    const referenced = [
      ...data.projects.flatMap((project) => [...project.partnerCountryCodes, project.hostCountryCode ?? "CN"]),
      ...data.publicServiceCrises.flatMap((crisis) => crisis.countryCodes),
    ];
    expect(referenced.filter((code) => !named.has(code))).toEqual([]);
  });

  it("reports a copy that drifts from diplomacy", () => {
    const drifted: ReferenceNames = {
      countries: [
        { code: "UY", name: "Oriental Republic of Uruguay" },
        { code: "XX", name: "Nowhere" },
      ],
      regions: [{ id: "latin-america", name: "LATAM" }],
    };
    expect(divergences(diplomacy, drifted)).toEqual([
      'Country UY: "Oriental Republic of Uruguay" here, "Uruguay" in diplomacy',
      'Country XX: "Nowhere" here, "undefined" in diplomacy',
      'Region latin-america: "LATAM" here, "Latin America" in diplomacy',
    ]);
  });
});
