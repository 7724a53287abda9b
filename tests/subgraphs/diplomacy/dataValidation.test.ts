import { describe, expect, it } from "vitest";
import { DIPLOMACY_DATA_DIR, loadDiplomacyData } from "../../../subgraphs/diplomacy/dataSet.js";
import { SHARED_POLICY_DOCUMENT_IDS, SHARED_REGION_IDS } from "../../../subgraphs/kit/diplomacyKeys.js";
import { dataCorruption } from "../../support/dataCorruption.js";

const rejectionOf = dataCorruption(DIPLOMACY_DATA_DIR, loadDiplomacyData);

describe("diplomacy data validation", () => {
  it("accepts the curated data", () => {
    const data = loadDiplomacyData();
    expect(data.countries.map((country) => country.code)).toEqual(["CN", "BR", "UY", "CL", "EC", "CO", "BO"]);
    expect(data.majorProjects).toHaveLength(5);
  });

  it("holds every key the other subgraphs reference", () => {
    const data = loadDiplomacyData();
    expect(data.regions.map((region) => region.id)).toEqual(expect.arrayContaining([...SHARED_REGION_IDS]));
    expect(data.policyDocuments.map((document) => document.id)).toEqual(
      expect.arrayContaining([...SHARED_POLICY_DOCUMENT_IDS]),
    );
  });

  it.each([
    [
      "an unknown YAML tag",
      "heads-of-state.yaml",
      "quote: Brazilian President Lula da Silva",
      "quote: !foo Brazilian President Lula da Silva",
      /heads-of-state\.yaml: record "lula-da-silva", field "evidence": Unresolved tag: !foo/,
    ],
    [
      "a quote that is not verbatim",
      "heads-of-state.yaml",
      "quote: Brazilian President Lula da Silva",
      "quote: Brazilian president Lula da Silva",
      /heads-of-state\.yaml: record "lula-da-silva", field "evidence\.0\.quote": quote is not verbatim in paragraph 1/,
    ],
    [
      "a quote from another paragraph",
      "countries.yaml",
      "      quote: Brazilian President Lula da Silva",
      "      quote: Latin America has long faced challenges",
      /countries\.yaml: record "BR", field "evidence\.0\.quote": quote is not verbatim in paragraph 1/,
    ],
    [
      "a paragraph the article does not have",
      "stated-positions.yaml",
      "paragraph: 5",
      "paragraph: 9",
      /stated-positions\.yaml: record "china-willingness-on-third-policy-document", field "evidence\.0\.paragraph": the article has no paragraph 9/,
    ],
    [
      "an unknown reference",
      "engagements.yaml",
      "participantIds: [xi-jinping, orsi]",
      "participantIds: [xi-jinping, milei]",
      /engagements\.yaml: record "xi-orsi-state-visit-talks", field "participantIds": unknown reference "milei"/,
    ],
    [
      "an unknown enum value",
      "frameworks.yaml",
      "kind: FORUM",
      "kind: CLUB",
      /frameworks\.yaml: record "china-celac-forum", field "kind": Invalid option/,
    ],
    [
      "a malformed country code",
      "heads-of-state.yaml",
      "countryCode: BR",
      "countryCode: Brazil",
      /heads-of-state\.yaml: record "lula-da-silva", field "countryCode": must be an ISO 3166-1 alpha-2 code/,
    ],
    [
      "a duplicate id",
      "major-projects.yaml",
      "- id: peace",
      "- id: unity",
      /major-projects\.yaml: record "unity", field "id": duplicate id/,
    ],
    [
      "an unexpected field",
      "countries.yaml",
      "  name: Chile",
      "  name: Chile\n  capital: Santiago",
      /countries\.yaml: record "CL", field "\(record\)": Unrecognized key: "capital"/,
    ],
    [
      "an aim the article does not word so",
      "stated-positions.yaml",
      "    - better serve their respective development",
      "    - serve their shared prosperity",
      /stated-positions\.yaml: record "china-willingness-on-third-policy-document", field "aims\.1": "serve their shared prosperity" is not worded as in any evidence quote/,
    ],
    [
      "a time frame the article does not give",
      "trends.yaml",
      "timeReference: In recent years",
      "timeReference: Since 2015",
      /trends\.yaml: record "cooperation-platforms-and-mechanisms-improved", field "timeReference": "Since 2015" is not worded as in any evidence quote/,
    ],
    [
      "a causal link to an unknown major project",
      "causal-links.yaml",
      "majorProjectIds: &five-major-projects [unity, development, civilization, peace, people-to-people-bonds]",
      "majorProjectIds: &five-major-projects [unity, prosperity]",
      /causal-links\.yaml: record "major-projects-enhance-china-support", field "majorProjectIds": unknown reference "prosperity"/,
    ],
    [
      "a file that is not YAML",
      "regions.yaml",
      "- id: latin-america",
      "- id: [latin-america",
      /regions\.yaml: cannot be read as YAML/,
    ],
  ])("rejects %s, naming file, record and field", (_case, file, from, to, expected) => {
    expect(rejectionOf(file, from, to)).toMatch(expected);
  });
});
