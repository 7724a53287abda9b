import "reflect-metadata";
import { runSubgraph } from "../kit/subgraphService.js";
import { financeService } from "./service.js";

await runSubgraph(financeService);
