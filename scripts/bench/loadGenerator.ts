/**
 * The load generator, run in its own process (forked by loadRun.ts) so that it never competes with the bench's
 * orchestration for the event loop: autocannon for the traffic, latencies recorded in microseconds.
 */
import autocannon from "autocannon";
import hdr from "hdr-histogram-js";

export interface LoadRequest {
  url: string;
  /** The request body; `{{n}}` is replaced by a fresh number per request when `distinct` is set. */
  body: string;
  distinct: boolean;
  /** The exact response every request must get (mismatches count as errors); none: not checked. */
  expectBody?: string;
  durationSeconds: number;
  connections: number;
}

export interface LoadResult {
  requests: number;
  rps: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  /** Transport errors, timeouts, non-2xx answers and answers other than the expected body. */
  errors: number;
  /** CPU the load generator itself used (it shares the machine with the servers). */
  generatorCpuSeconds: number;
}

async function generateLoad(load: LoadRequest): Promise<LoadResult> {
  const latencies = hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 60_000_000,
    numberOfSignificantValueDigits: 3,
  });
  let counter = 0;
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const options: autocannon.Options = {
    url: load.url,
    method: "POST",
    headers: { "content-type": "application/json" },
    duration: load.durationSeconds,
    connections: load.connections,
    ...(load.expectBody !== undefined && { expectBody: load.expectBody }),
    ...(load.distinct
      ? {
          requests: [
            {
              setupRequest: (request: object) => ({
                ...request,
                body: load.body.replaceAll("{{n}}", String(++counter)),
              }),
            },
          ],
        }
      : { body: load.body }),
  };
  const instance = autocannon(options, (error, result) => (error ? fail(error) : finish(result)));
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTimeMs: number) => {
    if (statusCode < 300) latencies.recordValue(Math.max(1, Math.round(responseTimeMs * 1000)));
  });
  const cpuBefore = process.cpuUsage();
  const result = await finished;
  const cpu = process.cpuUsage(cpuBefore);
  const ms = (percentile: number) => Math.round(latencies.getValueAtPercentile(percentile) / 10) / 100;
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.total / (result.duration || load.durationSeconds)),
    latencyMs: { p50: ms(50), p95: ms(95), p99: ms(99), max: ms(100) },
    errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
    generatorCpuSeconds: Math.round((cpu.user + cpu.system) / 10_000) / 100,
  };
}

process.once("message", (load: LoadRequest) => {
  generateLoad(load).then(
    (result) => process.send?.({ result }, () => process.exit(0)),
    (error: unknown) => process.send?.({ error: String(error) }, () => process.exit(1)),
  );
});
