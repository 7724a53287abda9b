import "reflect-metadata";
import { runSubgraph } from "../kit/subgraphService.js";
import { financeService } from "./service.js";

process.env.APOLLO_TELEMETRY_DISABLED ??= "1";
await runSubgraph(financeService);
