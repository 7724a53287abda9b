/** `npm run schema:check`: drift, composition, breaking changes, operations, lint, contracts (see checkCommand). */
import "reflect-metadata";
import { runCheckCommand } from "./checkCommand.js";
import { runAsProcess } from "./commandIo.js";

runAsProcess(runCheckCommand);
