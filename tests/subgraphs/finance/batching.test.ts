import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFinanceSchema } from "../../../subgraphs/finance/schema.js";
import { openFinanceStore } from "../../../subgraphs/finance/store/financeStore.js";
import { encodeGlobalId as gid } from "../../../subgraphs/kit/globalId.js";
import { startTestSubgraph } from "../../support/subgraphHarness.js";

let subgraph: Awaited<ReturnType<typeof startFinance>>;
const startFinance = () => startTestSubgraph("finance", buildFinanceSchema, openFinanceStore);

beforeAll(async () => {
  subgraph = await startFinance();
});
afterAll(async () => {
  await subgraph.stop();
});

const tableOf = (sql: string) => /FROM (\w+)/.exec(sql)?.[1];

describe("finance batching", () => {
  const nestedQuery = `query ($first: Int) {
    financialMechanisms(first: $first) {
      nodes {
        handle region { id }
        regulatoryDialogues {
          handle emphasizedBy { id }
          leveragedMechanisms { nodes { handle regulatoryDialogues { handle } } }
          exploredMechanisms { nodes { handle regulatoryDialogues { handle } } }
          addressedGaps { nodes { handle risks { nodes { handle gap { handle } } } addressedBy { handle } } }
        }
      }
    }
    financialRisks { nodes { handle gap { handle risks { nodes { handle } } } } }
  }`;

  it("issues one statement per entity type per batch, however long the lists", async () => {
    subgraph.store.resetExecuted();
    const { errors } = await subgraph.query(nestedQuery, { first: 100 });
    expect(errors).toBeUndefined();
    expect(subgraph.store.executed.map((sql) => tableOf(sql) ?? sql).sort()).toEqual([
      "financial_dialogue_gap", // gapsByDialogue
      "financial_dialogue_gap", // dialoguesByGap
      "financial_dialogue_mechanism", // dialoguesByMechanism: the 7 mechanisms, then the 7 nested ones (cached keys)
      "financial_dialogue_mechanism", // leveragedMechanismsByDialogue
      "financial_dialogue_mechanism", // exploredMechanismsByDialogue
      "financial_mechanism", // COUNT(*)
      "financial_mechanism", // page
      "financial_risk", // COUNT(*)
      "financial_risk", // page
      "financial_risk", // risksByGap: the root risks' gap and the dialogue's gap, one batch
      "financial_stability_gap", // gapsById: every risk's gap, one batch
    ]);
  });

  it("resolves many entity representations with one statement per relation", async () => {
    const regions = ["latin-america", "atlantis", "latin-america"].map((id) => ({
      __typename: "Region",
      id: gid("Region", id),
    }));
    const documents = [
      "china-third-latin-america-policy-document",
      "china-celac-joint-action-plan-2025-2027",
      "unknown",
    ].map((id) => ({ __typename: "PolicyDocument", id: gid("PolicyDocument", id) }));
    subgraph.store.resetExecuted();
    const { data, errors } = await subgraph.query<{ _entities: unknown[] }>(
      `query ($r: [_Any!]!) {
        _entities(representations: $r) {
          ... on Region { financialMechanisms { nodes { handle } } financialRisks { nodes { handle } } }
          ... on PolicyDocument { financialCooperation { handle } financialMechanisms { nodes { handle } } }
        }
      }`,
      { r: [...regions, ...documents, ...regions, ...documents] },
    );
    expect(errors).toBeUndefined();
    expect(data?._entities).toHaveLength(12);
    expect(subgraph.store.executed.map((sql) => tableOf(sql) ?? sql).sort()).toEqual([
      "financial_mechanism", // mechanismsByRegion
      "financial_regulatory_dialogue", // dialoguesByPolicyDocument
      "financial_regulatory_dialogue", // mechanismsByPolicyDocument (dialogue ⋈ link ⋈ mechanism)
      "financial_risk", // risksByRegion
    ]);
  });

  it("filters and sorts nested connections with as many statements for one parent as for all", async () => {
    const policyDocument = gid("PolicyDocument", "china-third-latin-america-policy-document");
    const filtered = `query ($first: Int) {
      financialMechanisms(first: $first, filter: { status: EXISTING }, orderBy: { field: NAME }) {
        nodes {
          financialRegulatoryDialogues(filter: { participant: CENTRAL_BANKS, policyDocumentId: "${policyDocument}" }) {
            nodes {
              exploredMechanisms(filter: { kind: BOND }, orderBy: { field: NAME, direction: DESC }) { totalCount }
              addressedGaps { nodes { financialRegulatoryDialogues(filter: { participant: CENTRAL_BANKS }) { totalCount } } }
            }
          }
        }
      }
    }`;
    const statements = async (first: number) => {
      subgraph.store.resetExecuted();
      const { data, errors } = await subgraph.query<{ financialMechanisms: { nodes: unknown[] } }>(filtered, { first });
      expect(errors).toBeUndefined();
      expect(data?.financialMechanisms.nodes).toHaveLength(Math.min(first, 4));
      return subgraph.store.executed.map((sql) => tableOf(sql) ?? sql).sort();
    };
    // The first mechanism by name has no dialogue, so its page stops sooner; every mechanism's page costs one
    // statement per relation and tree level all the same.
    const one = await statements(1);
    const all = await statements(100);
    expect(one.every((table) => all.includes(table))).toBe(true);
    expect(all).toEqual([
      "financial_dialogue_gap", // gapsByDialogue
      "financial_dialogue_gap", // dialoguesByGap
      "financial_dialogue_mechanism", // dialoguesByMechanism
      "financial_dialogue_mechanism", // exploredMechanismsByDialogue
      "financial_mechanism", // COUNT(*)
      "financial_mechanism", // page
    ]);
  });
});
