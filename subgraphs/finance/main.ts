import "../../platform/telemetry/preload.js"; // first: tracing starts before Express, HTTP and Apollo load
import "reflect-metadata";
import { runSubgraph } from "../kit/subgraphService.js";
import { financeService } from "./service.js";

await runSubgraph(financeService);
