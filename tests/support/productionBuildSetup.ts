/**
 * Before any file of the run starts: `npm run build` (when dist/ is older than its inputs) for the files that run its
 * output. The build deletes and rewrites dist/, where every federation's gateway serves the playground from, so it
 * must be done before files run side by side; vitest runs this only when such a file is part of the run.
 */
import { buildOnce } from "../deploy/support/productionBuild.js";

export default function setup(): void {
  buildOnce();
}
