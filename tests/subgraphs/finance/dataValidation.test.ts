import { describe, expect, it } from "vitest";
import { FINANCE_DATA_DIR, loadFinanceData } from "../../../subgraphs/finance/dataSet.js";
import { dataCorruption } from "../../support/dataCorruption.js";

const rejectionOf = dataCorruption(FINANCE_DATA_DIR, loadFinanceData);

describe("finance data validation", () => {
  it("accepts the curated data", () => {
    const data = loadFinanceData();
    expect(data.mechanisms.map((mechanism) => mechanism.kind)).toEqual([
      "PROJECT_FINANCING",
      "COOPERATION_FUND",
      "INVESTMENT_FUND",
      "CURRENCY_SWAP",
      "BOND",
      "INSURANCE",
      "FINANCIAL_LEASING",
    ]);
    expect(data.risks).toHaveLength(2);
    expect(data.dialogues).toHaveLength(1);
  });

  it.each([
    [
      "a quote that is not verbatim",
      "financial-mechanisms.yaml",
      "quote: Currently, China-Latin America financial cooperation includes financing",
      "quote: Currently, China-Latin America financial cooperation comprises financing",
      /financial-mechanisms\.yaml: record "bilateral-project-financing", field "evidence\.0\.quote": quote is not verbatim in paragraph 6/,
    ],
    [
      "a quote from another paragraph",
      "financial-stability-gaps.yaml",
      "    - paragraph: 3\n      quote: there is a significant gap",
      "    - paragraph: 4\n      quote: there is a significant gap",
      /financial-stability-gaps\.yaml: record "financial-stability-public-goods", field "evidence\.1\.quote": quote is not verbatim in paragraph 4/,
    ],
    [
      "a paragraph the article does not have",
      "financial-regulatory-dialogues.yaml",
      "paragraph: 5",
      "paragraph: 8",
      /financial-regulatory-dialogues\.yaml: record "central-bank-and-financial-regulator-dialogue", field "evidence\.2\.paragraph": the article has no paragraph 8/,
    ],
    [
      "wording that no evidence quote contains",
      "financial-risks.yaml",
      "name: high debt pressure",
      "name: unsustainable debt pressure",
      /financial-risks\.yaml: record "high-debt-pressure", field "name": "unsustainable debt pressure" is not worded as in any evidence quote/,
    ],
    [
      "an unknown mechanism reference",
      "financial-regulatory-dialogues.yaml",
      "exploredMechanismIds: [panda-bonds, insurance, financial-leasing]",
      "exploredMechanismIds: [panda-bonds, insurance, green-bonds]",
      /financial-regulatory-dialogues\.yaml: record "central-bank-and-financial-regulator-dialogue", field "exploredMechanismIds": unknown reference "green-bonds"/,
    ],
    [
      "an unknown policy document",
      "financial-regulatory-dialogues.yaml",
      "emphasizedById: china-third-latin-america-policy-document",
      "emphasizedById: china-fourth-latin-america-policy-document",
      /financial-regulatory-dialogues\.yaml: record "central-bank-and-financial-regulator-dialogue", field "emphasizedById": unknown reference "china-fourth-latin-america-policy-document"/,
    ],
    [
      "an unknown region",
      "financial-risks.yaml",
      "  regionId: latin-america\n  gapId: financial-stability-public-goods\n  timeReference: has long faced\n  impacts: [FINANCIAL_SECURITY, FINANCIAL_STABILITY]\n  evidence: *",
      "  regionId: south-america\n  gapId: financial-stability-public-goods\n  timeReference: has long faced\n  impacts: [FINANCIAL_SECURITY, FINANCIAL_STABILITY]\n  evidence: *",
      /financial-risks\.yaml: record "frequent-sovereign-debt-restructuring", field "regionId": unknown reference "south-america"/,
    ],
    [
      "an unknown enum value",
      "financial-mechanisms.yaml",
      "kind: BOND",
      "kind: CRYPTOCURRENCY",
      /financial-mechanisms\.yaml: record "panda-bonds", field "kind": Invalid option/,
    ],
    [
      "an unknown status",
      "financial-mechanisms.yaml",
      "  status: TO_EXPLORE\n  name: insurance",
      "  status: PLANNED\n  name: insurance",
      /financial-mechanisms\.yaml: record "insurance", field "status": Invalid option/,
    ],
    [
      "a duplicate id",
      "financial-mechanisms.yaml",
      "- id: insurance",
      "- id: panda-bonds",
      /financial-mechanisms\.yaml: record "panda-bonds", field "id": duplicate id/,
    ],
    [
      "an unexpected field",
      "financial-risks.yaml",
      "  name: high debt pressure",
      "  name: high debt pressure\n  amountUsd: 1000000",
      /financial-risks\.yaml: record "high-debt-pressure", field "\(record\)": Unrecognized key: "amountUsd"/,
    ],
    [
      "a file that is not YAML",
      "financial-stability-gaps.yaml",
      "- id: financial-stability-public-goods",
      "- id: [financial-stability-public-goods",
      /financial-stability-gaps\.yaml: cannot be read as YAML/,
    ],
  ])("rejects %s, naming file, record and field", (_case, file, from, to, expected) => {
    expect(rejectionOf(file, from, to)).toMatch(expected);
  });
});
