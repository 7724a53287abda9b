/**
 * The run's shared default federation (sharedFederationSetup.ts), for files that only query it: they belong to the
 * "shared-federation" project in vitest.config.ts. A file that stops, restarts or reconfigures services, or watches a
 * process's exits or memory, starts its own with startFederation().
 */
import { inject } from "vitest";
import type { Federation } from "./federation.js";

export type SharedFederation = Pick<Federation, "gatewayUrl" | "playgroundUrl" | "subgraphUrls">;

export function sharedFederation(): SharedFederation {
  const federation = inject("sharedFederation");
  if (!federation)
    throw new Error("no shared federation: list this file in vitest.config.ts's SHARED_FEDERATION_USERS");
  return federation;
}
