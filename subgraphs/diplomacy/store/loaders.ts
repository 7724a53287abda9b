/** The per-request DataLoaders of the diplomacy subgraph. */
import { groupedLoader, keyedLoader } from "../../kit/batchLoaders.js";
import type { StoreContext } from "../../kit/subgraphStore.js";
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
  };
}

export type DiplomacyLoaders = ReturnType<typeof createDiplomacyLoaders>;

export type DiplomacyContext = StoreContext<DiplomacyRepository, DiplomacyLoaders>;
