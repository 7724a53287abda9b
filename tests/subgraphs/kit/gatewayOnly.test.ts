import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  MAX_SIGNATURE_AGE_MS,
  SIGNATURE_HEADER,
  signBody,
  verifySignature,
} from "../../../platform/gatewaySignature.js";
import { buildDiplomacySchema } from "../../../subgraphs/diplomacy/schema.js";
import { openDiplomacyStore } from "../../../subgraphs/diplomacy/store/diplomacyStore.js";
import { startTestSubgraph } from "../../support/subgraphHarness.js";

const current = "current-secret-0123456789";
const previous = "previous-secret-0123456789";
let subgraph: Awaited<ReturnType<typeof startDiplomacy>>;
const startDiplomacy = () =>
  startTestSubgraph("diplomacy", buildDiplomacySchema, openDiplomacyStore, [current, previous]);

beforeAll(async () => {
  subgraph = await startDiplomacy();
});
afterAll(async () => {
  await subgraph.stop();
});

const entitiesBody = JSON.stringify({
  query: "query ($r: [_Any!]!) { _entities(representations: $r) { ... on Country { name } } }",
  variables: { r: [{ __typename: "Country", code: "UY" }] },
});

function post(body: string, headers: Record<string, string> = {}) {
  return fetch(subgraph.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
}

describe("subgraphs serve only their gateway", () => {
  it("refuses an unsigned _entities request before executing it", async () => {
    subgraph.store.resetExecuted();
    const response = await post(entitiesBody);
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("UNAUTHENTICATED");
    expect(subgraph.store.executed).toEqual([]);
  });

  it("refuses a request signed with an unknown secret, or a signature for another body", async () => {
    const forged = await post(entitiesBody, {
      [SIGNATURE_HEADER]: signBody("attacker-secret-0123456789", entitiesBody),
    });
    expect(forged.status).toBe(403);
    const replayed = await post(entitiesBody.replace("UY", "BR"), {
      [SIGNATURE_HEADER]: signBody(current, entitiesBody),
    });
    expect(replayed.status).toBe(403);
    const garbage = await post(entitiesBody, { [SIGNATURE_HEADER]: "t=1,v1=zz" });
    expect(garbage.status).toBe(403);
  });

  it("serves requests signed with the current or the previous secret (rotation)", async () => {
    for (const secret of [current, previous]) {
      const response = await post(entitiesBody, { [SIGNATURE_HEADER]: signBody(secret, entitiesBody) });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { _entities: [{ name: "Uruguay" }] } });
    }
  });

  it("keeps health and readiness open", async () => {
    const origin = new URL(subgraph.url).origin;
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    expect((await fetch(`${origin}/ready`)).status).toBe(200);
  });

  it("rejects expired signatures", () => {
    const old = Date.now() - MAX_SIGNATURE_AGE_MS - 1_000;
    expect(verifySignature([current], signBody(current, "{}", old), "{}")).toEqual({
      valid: false,
      reason: "expired gateway signature",
    });
    expect(verifySignature([current], signBody(current, "{}"), "{}")).toEqual({ valid: true });
  });
});
