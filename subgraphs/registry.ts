/** The subgraphs the gateway composes, in composition order. Subgraphs never import each other; only this list names them all. */
import { diplomacyService } from "./diplomacy/service.js";
import { financeService } from "./finance/service.js";
import { infrastructureService } from "./infrastructure/service.js";
import type { SubgraphService } from "./kit/subgraphService.js";

// biome-ignore lint/suspicious/noExplicitAny: each subgraph has its own context type
export const subgraphServices: SubgraphService<any>[] = [diplomacyService, infrastructureService, financeService];
