/** One span and one batch-size observation per DataLoader batch, named after the repository call that serves it. */
import { inSpan } from "../../platform/telemetry/tracing.js";
import { dataLoaderBatchSize } from "./subgraphMetrics.js";

export function observedBatch<T>(loader: string, keys: readonly string[], fetchMany: () => T): T {
  dataLoaderBatchSize()?.observe({ loader }, keys.length);
  return inSpan(
    `dataloader.batch ${loader}`,
    { "dataloader.name": loader, "dataloader.batch_size": keys.length },
    fetchMany,
  );
}
