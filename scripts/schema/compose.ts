/** `npm run schema:compose`: writes each subgraph's SDL, the supergraph and the contract variants under schema/. */
import "reflect-metadata";
import { runAsProcess } from "./commandIo.js";
import { runComposeCommand } from "./composeCommand.js";

runAsProcess(runComposeCommand);
