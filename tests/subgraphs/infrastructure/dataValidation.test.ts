import { describe, expect, it } from "vitest";
import { INFRASTRUCTURE_DATA_DIR, loadInfrastructureData } from "../../../subgraphs/infrastructure/dataSet.js";
import { SHARED_PRIORITY_AREA_IDS } from "../../../subgraphs/kit/infrastructureKeys.js";
import { dataCorruption } from "../../support/dataCorruption.js";

const rejectionOf = dataCorruption(INFRASTRUCTURE_DATA_DIR, loadInfrastructureData);

describe("infrastructure data validation", () => {
  it("accepts the curated data", () => {
    const data = loadInfrastructureData();
    expect(data.publicServiceCrises.map((crisis) => crisis.countryCodes)).toEqual([["CL", "EC", "CO", "BO"]]);
    expect(data.projectOutcomes).toHaveLength(4);
    expect(data.priorityAreas.map((area) => area.id)).toEqual([...SHARED_PRIORITY_AREA_IDS]);
  });

  it.each([
    [
      "a quote that is not verbatim",
      "infrastructure-projects.yaml",
      "quote: upon completion, will achieve",
      "quote: once completed, will achieve",
      /infrastructure-projects\.yaml: record "china-uruguay-500kv-ring-network-closure", field "evidence\.1\.quote": quote is not verbatim in paragraph 4/,
    ],
    [
      "a quote from another paragraph",
      "priority-areas.yaml",
      "- paragraph: 7",
      "- paragraph: 4",
      /priority-areas\.yaml: record "infrastructure-construction", field "evidence\.0\.quote": quote is not verbatim in paragraph 4/,
    ],
    [
      "wording that no evidence quote contains",
      "public-service-crises.yaml",
      "recurrence: repeatedly",
      "recurrence: three times",
      /public-service-crises\.yaml: record "public-service-price-adjustment-crises", field "recurrence": "three times" is not worded as in any evidence quote/,
    ],
    [
      "an unknown reference",
      "project-outcomes.yaml",
      "projectId: china-uruguay-500kv-ring-network-closure",
      "projectId: china-peru-chancay-port",
      /project-outcomes\.yaml: record "uruguay-backbone-grid-closed-loop", field "projectId": unknown reference "china-peru-chancay-port"/,
    ],
    [
      "an unknown region",
      "priority-areas.yaml",
      "regionId: latin-america",
      "regionId: south-asia",
      /priority-areas\.yaml: record "infrastructure-construction", field "regionId": unknown reference "south-asia"/,
    ],
    [
      "an unknown enum value",
      "project-outcomes.yaml",
      "kind: RENEWABLE_ENERGY_INTEGRATION",
      "kind: NUCLEAR_POWER",
      /project-outcomes\.yaml: record "uruguay-new-energy-integration", field "kind": Invalid option/,
    ],
    [
      "a status the closed vocabulary lacks",
      "infrastructure-projects.yaml",
      "status: UNKNOWN",
      "status: NOT_YET_COMPLETED",
      /infrastructure-projects\.yaml: record "china-uruguay-500kv-ring-network-closure", field "status": Invalid option/,
    ],
    [
      "a status wording the evidence does not contain",
      "infrastructure-projects.yaml",
      "statusWording: upon completion",
      "statusWording: under construction",
      /infrastructure-projects\.yaml: record "china-uruguay-500kv-ring-network-closure", field "statusWording": "under construction" is not worded as in any evidence quote/,
    ],
    [
      "effects without one wording each",
      "public-service-crises.yaml",
      "effectsWording: [exacerbated domestic conflicts, triggered political crises]",
      "effectsWording: [exacerbated domestic conflicts]",
      /public-service-crises\.yaml: record "public-service-price-adjustment-crises", field "effectsWording": effectsWording has 1 wordings for 2 effects/,
    ],
    [
      "an unknown effect in a list",
      "public-service-crises.yaml",
      "effects: [SOCIAL_CONFLICT, POLITICAL_CRISIS]",
      "effects: [SOCIAL_CONFLICT, RIOTS]",
      /public-service-crises\.yaml: record "public-service-price-adjustment-crises", field "effects\.1": Invalid option/,
    ],
    [
      "a malformed country code",
      "public-service-crises.yaml",
      "countryCodes: [CL, EC, CO, BO]",
      "countryCodes: [CL, Ecuador, CO, BO]",
      /public-service-crises\.yaml: record "public-service-price-adjustment-crises", field "countryCodes\.1": must be an ISO 3166-1 alpha-2 code/,
    ],
    [
      "a duplicate id",
      "priority-areas.yaml",
      "- id: connectivity",
      "- id: clean-energy",
      /priority-areas\.yaml: record "clean-energy", field "id": duplicate id/,
    ],
    [
      "an unexpected field",
      "infrastructure-projects.yaml",
      "  voltageKv: 500",
      "  voltageKv: 500\n  costUsd: 1000000",
      /infrastructure-projects\.yaml: record "china-uruguay-500kv-ring-network-closure", field "\(record\)": Unrecognized key: "costUsd"/,
    ],
    [
      "a file that is not YAML",
      "initiatives.yaml",
      "- id: belt-and-road-initiative",
      "- id: [belt-and-road-initiative",
      /initiatives\.yaml: cannot be read as YAML/,
    ],
  ])("rejects %s, naming file, record and field", (_case, file, from, to, expected) => {
    expect(rejectionOf(file, from, to)).toMatch(expected);
  });
});
