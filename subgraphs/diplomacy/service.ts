/** The diplomacy subgraph: heads of state, their engagements, frameworks, major projects and policy documents. */
import type { SubgraphService } from "../kit/subgraphService.js";
import { buildDiplomacySchema } from "./schema.js";
import { openDiplomacyStore } from "./store/diplomacyStore.js";
import type { DiplomacyContext } from "./store/loaders.js";

export const diplomacyService: SubgraphService<DiplomacyContext> = {
  name: "diplomacy",
  buildSchema: buildDiplomacySchema,
  openStore: openDiplomacyStore,
};
