/** `npm run schema:compose`: the compose command (composeCommand.ts) as the process. */
import "reflect-metadata";
import { runAsProcess } from "./commandIo.js";
import { runComposeCommand } from "./composeCommand.js";

runAsProcess(runComposeCommand);
