/** `npm run usage:report`: what the gateway's recorded traffic used of the schema (see reportCommand). */
import { runAsProcess } from "../schema/commandIo.js";
import { runReportCommand } from "./reportCommand.js";

runAsProcess(runReportCommand);
