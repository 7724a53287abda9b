/**
 * Every document the bench times goes through the gateway as `npm start` runs it, limits included: a scenario the
 * gateway refuses (a cost limit lowered, a page size rule added) cannot be timed, so it fails here rather than
 * surfacing as "not timed" in a long comparison run.
 */
import { describe, expect, it } from "vitest";
import { bodyOf, comparisonScenarios, registeredOperations } from "../../scripts/bench/scenarios.js";
import { post } from "../hardening/support/gatewayClient.js";
import { sharedFederation } from "../support/sharedFederation.js";

const { gatewayUrl } = sharedFederation();
const [anyRegistered] = registeredOperations();

describe("the bench's comparison scenarios", () => {
  const scenarios = comparisonScenarios(anyRegistered?.name ?? "Countries");

  it.each(scenarios.map((scenario) => [scenario.name, scenario] as const))(
    "%s is answered in full",
    async (_, scenario) => {
      for (const n of scenario.distinct ? [1, 2] : [undefined]) {
        const answer = await post(gatewayUrl, JSON.parse(bodyOf(scenario, n)));
        expect(answer.body.errors, answer.text.slice(0, 300)).toBeUndefined();
        expect(answer.status).toBe(200);
        expect(Object.keys(answer.body.data ?? {}).length).toBeGreaterThan(0);
      }
    },
  );

  it("lists every country of the article in the wide list, with their joined lists", async () => {
    const wide = scenarios.find((scenario) => scenario.name === "WideCountryList");
    const answer = await post<{
      countries: { nodes: { code: string; infrastructureProjects: { nodes: unknown[] } }[] };
    }>(gatewayUrl, JSON.parse(bodyOf(wide as (typeof scenarios)[number])));
    const countries = answer.body.data?.countries.nodes ?? [];
    const all = await post<{ countries: { nodes: unknown[] } }>(gatewayUrl, {
      query: "{ countries(first: 100) { nodes { code } } }",
    });
    expect(countries.length).toBe(all.body.data?.countries.nodes.length);
    expect(countries.some((country) => country.infrastructureProjects.nodes.length > 0)).toBe(true);
  });
});
