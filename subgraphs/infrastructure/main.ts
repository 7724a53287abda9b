import "reflect-metadata";
import { runSubgraph } from "../kit/subgraphService.js";
import { infrastructureService } from "./service.js";

await runSubgraph(infrastructureService);
