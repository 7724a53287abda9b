/**
 * Usage recording: every resolved operation is counted by document hash, name and client
 * (`apollographql-client-name`/`-version`) into the usage store; variables are never recorded.
 */

import { clientIdentity } from "../usage/clientIdentity.js";
import type { UsageRecorder } from "../usage/usageRecorder.js";
import type { GatewayPlugin } from "./gatewayPlugin.js";

export function usageReporting(recorder: UsageRecorder): GatewayPlugin {
  return {
    name: "usage-reporting",
    apollo: {
      async serverWillStart() {
        return {
          async serverWillStop() {
            recorder.close();
          },
        };
      },
      async requestDidStart() {
        return {
          async didResolveOperation({ document, operation, operationName, queryHash, schema, request }) {
            if (!operation) return;
            recorder.record(
              { documentHash: queryHash, name: operationName, type: operation.operation, document, schema },
              clientIdentity(request.http?.headers),
            );
          },
        };
      },
    },
  };
}
