import "reflect-metadata";
import { runSubgraph } from "../kit/subgraphService.js";
import { diplomacyService } from "./service.js";

await runSubgraph(diplomacyService);
