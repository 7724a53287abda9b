/** The per-request DataLoaders of the finance subgraph. */
import { groupedLoader, keyedLoader } from "../../kit/batchLoaders.js";
import type { FactLoaders } from "../../kit/factIndex.js";
import type { StoreContext } from "../../kit/subgraphStore.js";
import { FINANCE_FACT_TYPES } from "../entities/FinanceFact.js";
import type { FinanceRepository } from "./repository.js";

const byId = (record: { id: string }) => record.id;

export function createFinanceLoaders(repository: FinanceRepository) {
  return {
    regionNamesById: keyedLoader(repository.regionNamesByIds, byId),
    gapsById: keyedLoader(repository.gapsByIds, byId),
    gapsByRegion: groupedLoader(repository.gapsByRegion),
    gapsByDialogue: groupedLoader(repository.gapsByDialogue),
    risksById: keyedLoader(repository.risksByIds, byId),
    risksByRegion: groupedLoader(repository.risksByRegion),
    risksByGap: groupedLoader(repository.risksByGap),
    mechanismsById: keyedLoader(repository.mechanismsByIds, byId),
    mechanismsByRegion: groupedLoader(repository.mechanismsByRegion),
    mechanismsByPolicyDocument: groupedLoader(repository.mechanismsByPolicyDocument),
    leveragedMechanismsByDialogue: groupedLoader(repository.leveragedMechanismsByDialogue),
    exploredMechanismsByDialogue: groupedLoader(repository.exploredMechanismsByDialogue),
    dialoguesById: keyedLoader(repository.dialoguesByIds, byId),
    dialoguesByRegion: groupedLoader(repository.dialoguesByRegion),
    dialoguesByPolicyDocument: groupedLoader(repository.dialoguesByPolicyDocument),
    dialoguesByMechanism: groupedLoader(repository.dialoguesByMechanism),
    dialoguesByGap: groupedLoader(repository.dialoguesByGap),
    outlooksById: keyedLoader(repository.outlooksByIds, byId),
    outlooksByRegion: groupedLoader(repository.outlooksByRegion),
  };
}

export type FinanceLoaders = ReturnType<typeof createFinanceLoaders>;

/** The loader of each fact type this subgraph owns, by GraphQL type name. */
export function financeFactLoaders(loaders: FinanceLoaders): FactLoaders {
  return {
    [FINANCE_FACT_TYPES.gaps]: loaders.gapsById,
    [FINANCE_FACT_TYPES.risks]: loaders.risksById,
    [FINANCE_FACT_TYPES.mechanisms]: loaders.mechanismsById,
    [FINANCE_FACT_TYPES.dialogues]: loaders.dialoguesById,
    [FINANCE_FACT_TYPES.outlooks]: loaders.outlooksById,
  };
}

export type FinanceContext = StoreContext<FinanceRepository, FinanceLoaders>;
