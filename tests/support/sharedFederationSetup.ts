/**
 * Once per test run, before any file: the default federation (`startFederation()` with no options), shared by the
 * files of the "shared-federation" project, which only send it queries. Started here, in vitest's main process, it
 * outlives each file's worker; stopped when the run ends.
 */
import type { TestProject } from "vitest/node";
import { startFederation } from "./federation.js";
import type { SharedFederation } from "./sharedFederation.js";

declare module "vitest" {
  export interface ProvidedContext {
    sharedFederation: SharedFederation;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const federation = await startFederation();
  const { gatewayUrl, playgroundUrl, subgraphUrls } = federation;
  project.provide("sharedFederation", { gatewayUrl, playgroundUrl, subgraphUrls });
  return async () => {
    await federation.stop();
    // A service of the shared federation that died mid-run failed whichever files were using it: say which one.
    if (federation.unexpectedExits.length > 0)
      throw new Error(`the shared federation lost services: ${JSON.stringify(federation.unexpectedExits)}`);
  };
}
