/** `npm run schema:check`: the check command (checkCommand.ts) as the process. */
import "reflect-metadata";
import { runCheckCommand } from "./checkCommand.js";
import { runAsProcess } from "./commandIo.js";

runAsProcess(runCheckCommand);
