/** The finance subgraph: the financial-stability gap, its risks, financial mechanisms and regulatory dialogue. */
import type { SubgraphService } from "../kit/subgraphService.js";
import { buildFinanceSchema } from "./schema.js";
import { openFinanceStore } from "./store/financeStore.js";
import type { FinanceContext } from "./store/loaders.js";

export const financeService: SubgraphService<FinanceContext> = {
  name: "finance",
  buildSchema: buildFinanceSchema,
  openStore: openFinanceStore,
};
