/** The subgraphs the gateway composes, in the service catalog's order. Subgraphs never import each other; only this list names them all. */
import { SUBGRAPH_NAMES, type SubgraphName } from "../platform/serviceCatalog.js";
import { diplomacyService } from "./diplomacy/service.js";
import { financeService } from "./finance/service.js";
import { infrastructureService } from "./infrastructure/service.js";
import type { SubgraphService } from "./kit/subgraphService.js";

// biome-ignore lint/suspicious/noExplicitAny: each subgraph has its own context type
const servicesByName: Record<SubgraphName, SubgraphService<any>> = {
  diplomacy: diplomacyService,
  infrastructure: infrastructureService,
  finance: financeService,
};

// biome-ignore lint/suspicious/noExplicitAny: each subgraph has its own context type
export const subgraphServices: SubgraphService<any>[] = SUBGRAPH_NAMES.map((name) => servicesByName[name]);
