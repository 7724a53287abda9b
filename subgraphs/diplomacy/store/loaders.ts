/** The per-request DataLoaders of the diplomacy subgraph. */
import { groupedLoader, keyedLoader } from "../../kit/batchLoaders.js";
import type { FactLoaders } from "../../kit/factIndex.js";
import type { StoreContext } from "../../kit/subgraphStore.js";
import { DIPLOMACY_FACT_TYPES } from "../entities/DiplomacyFact.js";
import type { DiplomacyRepository } from "./repository.js";

const byId = (record: { id: string }) => record.id;

export function createDiplomacyLoaders(repository: DiplomacyRepository) {
  return {
    articlesById: keyedLoader(repository.articlesByIds, byId),
    regionsById: keyedLoader(repository.regionsByIds, byId),
    countriesByCode: keyedLoader(repository.countriesByCodes, (country) => country.code),
    countriesByRegion: groupedLoader(repository.countriesByRegion),
    countriesByEngagement: groupedLoader(repository.countriesByEngagement),
    headsOfStateById: keyedLoader(repository.headsOfStateByIds, byId),
    headsOfStateByCountry: groupedLoader(repository.headsOfStateByCountry),
    participantsByEngagement: groupedLoader(repository.participantsByEngagement),
    engagementsById: keyedLoader(repository.engagementsByIds, byId),
    engagementsByCountry: groupedLoader(repository.engagementsByCountry),
    engagementsByParticipant: groupedLoader(repository.engagementsByParticipant),
    frameworksById: keyedLoader(repository.frameworksByIds, byId),
    frameworksByParent: groupedLoader(repository.frameworksByParent),
    majorProjectsById: keyedLoader(repository.majorProjectsByIds, byId),
    majorProjectsByAnnouncement: groupedLoader(repository.majorProjectsByAnnouncement),
    policyDocumentsById: keyedLoader(repository.policyDocumentsByIds, byId),
    policyDocumentsByAdopter: groupedLoader(repository.policyDocumentsByAdopter),
    factIndexByCountry: groupedLoader(repository.factIndexByCountry),
    trendsById: keyedLoader(repository.trendsByIds, byId),
    causalLinksById: keyedLoader(repository.causalLinksByIds, byId),
    causalLinksByMajorProject: groupedLoader(repository.causalLinksByMajorProject),
    statedPositionsById: keyedLoader(repository.statedPositionsByIds, byId),
    statedPositionsByCountry: groupedLoader(repository.statedPositionsByCountry),
    statedPositionsByPolicyDocument: groupedLoader(repository.statedPositionsByPolicyDocument),
    assessmentsById: keyedLoader(repository.assessmentsByIds, byId),
    assessmentsByHolderRegion: groupedLoader(repository.assessmentsByHolderRegion),
    assessmentsAboutCountry: groupedLoader(repository.assessmentsAboutCountry),
  };
}

export type DiplomacyLoaders = ReturnType<typeof createDiplomacyLoaders>;

/** The loader of each fact type this subgraph owns, by GraphQL type name. */
export function diplomacyFactLoaders(loaders: DiplomacyLoaders): FactLoaders {
  return {
    [DIPLOMACY_FACT_TYPES.countries]: loaders.countriesByCode,
    [DIPLOMACY_FACT_TYPES.regions]: loaders.regionsById,
    [DIPLOMACY_FACT_TYPES.headsOfState]: loaders.headsOfStateById,
    [DIPLOMACY_FACT_TYPES.engagements]: loaders.engagementsById,
    [DIPLOMACY_FACT_TYPES.frameworks]: loaders.frameworksById,
    [DIPLOMACY_FACT_TYPES.majorProjects]: loaders.majorProjectsById,
    [DIPLOMACY_FACT_TYPES.policyDocuments]: loaders.policyDocumentsById,
    [DIPLOMACY_FACT_TYPES.trends]: loaders.trendsById,
    [DIPLOMACY_FACT_TYPES.causalLinks]: loaders.causalLinksById,
    [DIPLOMACY_FACT_TYPES.statedPositions]: loaders.statedPositionsById,
    [DIPLOMACY_FACT_TYPES.assessments]: loaders.assessmentsById,
  };
}

export type DiplomacyContext = StoreContext<DiplomacyRepository, DiplomacyLoaders>;
