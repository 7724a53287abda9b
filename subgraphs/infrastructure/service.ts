/** The infrastructure subgraph: the Belt and Road Initiative, its projects, public-goods gaps and priority areas. */
import type { SubgraphService } from "../kit/subgraphService.js";
import { buildInfrastructureSchema } from "./schema.js";
import { openInfrastructureStore } from "./store/infrastructureStore.js";
import type { InfrastructureContext } from "./store/loaders.js";

export const infrastructureService: SubgraphService<InfrastructureContext> = {
  name: "infrastructure",
  buildSchema: buildInfrastructureSchema,
  openStore: openInfrastructureStore,
};
