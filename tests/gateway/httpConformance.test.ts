/**
 * GraphQL over HTTP conformance: graphql-http's server audits against the running gateway give no error, and each
 * remaining warning or notice is one the README explains. Also: the response media type follows Accept.
 */
import { readFileSync } from "node:fs";
import { auditServer } from "graphql-http";
import { describe, expect, it } from "vitest";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { post } from "../hardening/support/gatewayClient.js";
import { sharedFederation } from "../support/sharedFederation.js";

const federation = sharedFederation();

describe("graphql-http server audits", () => {
  it("0 errors; every warning and notice is explained in the README", async () => {
    const results = await auditServer({ url: federation.gatewayUrl, fetchFn: fetch });
    const failed = (status: string) =>
      results.filter((result) => result.status === status).map((result) => `${result.id} ${result.name}`);
    expect(failed("error")).toEqual([]);
    const readme = readFileSync(fromProjectRoot("README.md"), "utf8");
    const unexplained = [...failed("warn"), ...failed("notice")].filter(
      (line) => !readme.includes(line.split(" ")[0] as string),
    );
    expect(unexplained).toEqual([]);
    // Printed for the record: the README lists the same ids.
    console.info([...failed("warn"), ...failed("notice")].join("\n"));
  });
});

describe("media types", () => {
  it("answers application/graphql-response+json to a client that accepts it, application/json otherwise", async () => {
    const modern = await post(
      federation.gatewayUrl,
      { query: "{ article { id } }" },
      { accept: "application/graphql-response+json, application/json;q=0.9" },
    );
    expect(modern.headers.get("content-type")).toMatch(/^application\/graphql-response\+json/);
    const legacy = await post(federation.gatewayUrl, { query: "{ article { id } }" }, { accept: "application/json" });
    expect(legacy.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("a validation error is 400 under either media type", async () => {
    for (const accept of ["application/graphql-response+json", "application/json"]) {
      const answer = await post(federation.gatewayUrl, { query: "{ nope }" }, { accept });
      expect(answer.status).toBe(400);
    }
  });
});
