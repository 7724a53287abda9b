/** The per-request DataLoaders of the infrastructure subgraph. */
import { groupedLoader, keyedLoader } from "../../kit/batchLoaders.js";
import type { StoreContext } from "../../kit/subgraphStore.js";
import type { InfrastructureRepository } from "./repository.js";

const byId = (record: { id: string }) => record.id;

export function createInfrastructureLoaders(repository: InfrastructureRepository) {
  return {
    initiativesById: keyedLoader(repository.initiativesByIds, byId),
    initiativesByGap: groupedLoader(repository.initiativesByGap),
    projectsById: keyedLoader(repository.projectsByIds, byId),
    projectsByInitiative: groupedLoader(repository.projectsByInitiative),
    projectsByCountry: groupedLoader(repository.projectsByCountry),
    projectOutcomesById: keyedLoader(repository.projectOutcomesByIds, byId),
    projectOutcomesByProject: groupedLoader(repository.projectOutcomesByProject),
    gapsById: keyedLoader(repository.gapsByIds, byId),
    gapsByRegion: groupedLoader(repository.gapsByRegion),
    gapsByInitiative: groupedLoader(repository.gapsByInitiative),
    crisesById: keyedLoader(repository.crisesByIds, byId),
    crisesByCountry: groupedLoader(repository.crisesByCountry),
    crisesByGap: groupedLoader(repository.crisesByGap),
    priorityAreasById: keyedLoader(repository.priorityAreasByIds, byId),
    priorityAreasByRegion: groupedLoader(repository.priorityAreasByRegion),
  };
}

export type InfrastructureLoaders = ReturnType<typeof createInfrastructureLoaders>;

export type InfrastructureContext = StoreContext<InfrastructureRepository, InfrastructureLoaders>;
