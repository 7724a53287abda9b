/**
 * Observability stays off unless configured: with nothing set, each service listens on its one port and exports
 * nothing; OTEL_SDK_DISABLED wins over a configured endpoint.
 */
import { afterAll, describe, expect, it } from "vitest";
import { type Federation, startFederation } from "../../scripts/federation/federation.js";
import { SERVICE_NAMES } from "../../scripts/federation/services.js";
import { post } from "../hardening/support/gatewayClient.js";
import { listeningPorts } from "./support/listeningPorts.js";
import { OtlpReceiver } from "./support/otlpReceiver.js";

const CROSS_SUBGRAPH = `query CountryProfile { country(code: "UY") { name infrastructureProjects { nodes { name } } } }`;

/** The variables of this suite's parent process must not leak into "nothing configured". */
function withoutObservability(): Record<string, undefined> {
  const cleared: Record<string, undefined> = {};
  for (const name of Object.keys(process.env)) {
    if (name.startsWith("OTEL_") || name.endsWith("_METRICS_PORT") || name === "GATEWAY_USAGE_STORE") {
      cleared[name] = undefined;
    }
  }
  return cleared;
}

// Each test starts its own federation: the start-up budget a beforeAll gets (hookTimeout), not a request's.
describe("observability off by default", { timeout: 120_000 }, () => {
  let federation: Federation | undefined;
  afterAll(() => federation?.stop());

  it("with nothing configured, every service listens on exactly its own port", async () => {
    federation = await startFederation({ env: { ...withoutObservability(), LOG_LEVEL: "warn" } });
    const answer = await post(federation.gatewayUrl, { query: CROSS_SUBGRAPH, operationName: "CountryProfile" });
    expect(answer.body.errors).toBeUndefined();
    for (const name of SERVICE_NAMES) {
      expect(listeningPorts(federation.pid(name) as number), name).toEqual([federation.ports[name]]);
    }
    await federation.stop();
    federation = undefined;
  });

  it("OTEL_SDK_DISABLED=true exports nothing even with an endpoint set", async () => {
    const receiver = await OtlpReceiver.start();
    try {
      federation = await startFederation({
        env: { ...withoutObservability(), ...receiver.env(), OTEL_SDK_DISABLED: "true", LOG_LEVEL: "warn" },
      });
      for (let i = 0; i < 3; i += 1) {
        const answer = await post(federation.gatewayUrl, { query: CROSS_SUBGRAPH, operationName: "CountryProfile" });
        expect(answer.body.errors).toBeUndefined();
      }
      // Far longer than the 100 ms export delay the receiver asks for.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(receiver.requests).toEqual([]);
    } finally {
      await federation?.stop();
      federation = undefined;
      await receiver.close();
    }
  });
});
