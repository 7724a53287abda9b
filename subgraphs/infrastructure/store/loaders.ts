/** The per-request DataLoaders of the infrastructure subgraph. */
import { groupedLoader, keyedLoader } from "../../kit/batchLoaders.js";
import type { FactLoaders } from "../../kit/factIndex.js";
import type { StoreContext } from "../../kit/subgraphStore.js";
import { INFRASTRUCTURE_FACT_TYPES } from "../entities/InfrastructureFact.js";
import type { InfrastructureRepository } from "./repository.js";

const byId = (record: { id: string }) => record.id;

export function createInfrastructureLoaders(repository: InfrastructureRepository) {
  return {
    countryNamesByCode: keyedLoader(repository.countryNamesByCodes, (name) => name.code),
    regionNamesById: keyedLoader(repository.regionNamesByIds, byId),
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
    factIndexByCountry: groupedLoader(repository.factIndexByCountry),
    publicGoodsRelationsById: keyedLoader(repository.publicGoodsRelationsByIds, byId),
    publicGoodsRelationsByRegion: groupedLoader(repository.publicGoodsRelationsByRegion),
  };
}

export type InfrastructureLoaders = ReturnType<typeof createInfrastructureLoaders>;

/** The loader of each fact type this subgraph owns, by GraphQL type name. */
export function infrastructureFactLoaders(loaders: InfrastructureLoaders): FactLoaders {
  return {
    [INFRASTRUCTURE_FACT_TYPES.initiatives]: loaders.initiativesById,
    [INFRASTRUCTURE_FACT_TYPES.projects]: loaders.projectsById,
    [INFRASTRUCTURE_FACT_TYPES.projectOutcomes]: loaders.projectOutcomesById,
    [INFRASTRUCTURE_FACT_TYPES.gaps]: loaders.gapsById,
    [INFRASTRUCTURE_FACT_TYPES.publicServiceCrises]: loaders.crisesById,
    [INFRASTRUCTURE_FACT_TYPES.priorityAreas]: loaders.priorityAreasById,
    [INFRASTRUCTURE_FACT_TYPES.publicGoodsRelations]: loaders.publicGoodsRelationsById,
  };
}

export type InfrastructureContext = StoreContext<InfrastructureRepository, InfrastructureLoaders>;
