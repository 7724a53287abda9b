/**
 * Front-end clients in their default configurations run every registered operation against the running gateway
 * and get the same data a plain JSON POST gets: Apollo Client 4 (with the generated `possibleTypes`, which its cache
 * needs to match fragments on the `Fact` and `Node` interfaces), urql 6 (@urql/core, which sends short queries as
 * GET without any custom header), graphql-request 7 (POST, and GET when asked), and Apollo Client with persisted
 * queries over GET.
 */
import { createHash } from "node:crypto";
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { Client, cacheExchange, fetchExchange } from "@urql/core";
import { GraphQLClient } from "graphql-request";
import { beforeAll, describe, expect, it } from "vitest";
import { readManifest } from "../../gateway/persisted/manifest.js";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { possibleTypes } from "../../schema/generated/operations.js";
import { sharedFederation } from "../support/sharedFederation.js";
import {
  type ClientOperation,
  expectedData,
  recordFetches,
  registeredOperations,
  withoutTypename,
} from "./support/registeredOperations.js";

const operations = registeredOperations();
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
/** The README's browser set-up: sha256 as lowercase hex with the Web Crypto API. */
const webCryptoSha256 = async (text: string) =>
  Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text))))
    .map((byte) => byte.toString(16).padStart(2, "0"))
    .join("");

const federation = sharedFederation();
const expected = new Map<string, unknown>();

beforeAll(async () => {
  for (const operation of operations) {
    expected.set(operation.name, withoutTypename(await expectedData(federation.gatewayUrl, operation)));
  }
});

async function runAll(run: (operation: ClientOperation) => Promise<unknown>): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  for (const operation of operations) results[operation.name] = withoutTypename(await run(operation));
  return results;
}

const expectedAll = () => Object.fromEntries(expected);

describe("every registered operation through each client", () => {
  it("has operations to run", () => {
    expect(operations.length).toBeGreaterThanOrEqual(15);
  });

  it("Apollo Client 4, default configuration plus possibleTypes (POST, normalized cache)", async () => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: federation.gatewayUrl }),
      cache: new InMemoryCache({ possibleTypes }),
    });
    const results = await runAll(async ({ document }) => (await client.query({ query: document })).data);
    expect(results).toEqual(expectedAll());
  });

  it("urql, default configuration: short queries as GET without a preflight header", async () => {
    const client = new Client({ url: federation.gatewayUrl, exchanges: [cacheExchange, fetchExchange] });
    const fetches = recordFetches();
    try {
      const results = await runAll(async ({ document }) => {
        const result = await client.query(document, {}).toPromise();
        if (result.error) throw result.error;
        return result.data;
      });
      expect(results).toEqual(expectedAll());
    } finally {
      fetches.restore();
    }
    expect(fetches.methods.filter((method) => method === "GET").length).toBeGreaterThan(operations.length / 2);
  });

  it.each(["POST", "GET"] as const)("graphql-request 7, method %s", async (method) => {
    const client = new GraphQLClient(federation.gatewayUrl, { method });
    const fetches = recordFetches();
    try {
      const results = await runAll(({ text }) => client.request(text));
      expect(results).toEqual(expectedAll());
    } finally {
      fetches.restore();
    }
    expect(new Set(fetches.methods)).toEqual(new Set([method]));
  });

  it("Apollo Client with persisted queries over GET: one GET per operation, by the manifest's hash", async () => {
    const manifestIds = new Set(
      readManifest(fromProjectRoot("schema/generated/persisted-query-manifest.json")).operations.map((o) => o.id),
    );
    const sentHashes: string[] = [];
    const client = new ApolloClient({
      link: new PersistedQueryLink({
        sha256: async (text) => {
          const hash = await webCryptoSha256(text);
          sentHashes.push(hash);
          return hash;
        },
        useGETForHashedQueries: true,
      }).concat(new HttpLink({ uri: federation.gatewayUrl })),
      cache: new InMemoryCache({ possibleTypes }),
    });
    const fetches = recordFetches();
    try {
      const results = await runAll(async ({ document }) => (await client.query({ query: document })).data);
      expect(results).toEqual(expectedAll());
    } finally {
      fetches.restore();
    }
    // The gateway knew every hash from the manifest: no PERSISTED_QUERY_NOT_FOUND round trip, no POST.
    expect(fetches.methods).toEqual(operations.map(() => "GET"));
    expect(sentHashes.filter((hash) => !manifestIds.has(hash))).toEqual([]);
  });

  it("Apollo Client APQ registers an unlisted query: hash first, then hash and text, then hash only", async () => {
    const query = `query CountryNameOnly { country(code: "BR") { code name } }`;
    const client = new ApolloClient({
      link: new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(
        new HttpLink({ uri: federation.gatewayUrl }),
      ),
      cache: new InMemoryCache({ possibleTypes }),
    });
    const { parse } = await import("graphql");
    const fetches = recordFetches();
    try {
      const first = await client.query({ query: parse(query), fetchPolicy: "network-only" });
      expect(withoutTypename(first.data)).toEqual({ country: { code: "BR", name: "Brazil" } });
      const second = await client.query({ query: parse(query), fetchPolicy: "network-only" });
      expect(withoutTypename(second.data)).toEqual({ country: { code: "BR", name: "Brazil" } });
    } finally {
      fetches.restore();
    }
    expect(fetches.methods).toEqual(["GET", "POST", "GET"]);
  });
});

describe("operations that normalize", () => {
  it("Apollo Client stores every entity of every registered operation as its own record, none inside its parent", async () => {
    const cache = new InMemoryCache({ possibleTypes });
    const client = new ApolloClient({ link: new HttpLink({ uri: federation.gatewayUrl }), cache });
    for (const { document } of operations) await client.query({ query: document });
    const records = cache.extract() as Record<string, unknown>;
    expect(embeddedEntities(records)).toEqual([]);
    const storedTypes = new Set(Object.keys(records).map((id) => id.split(":")[0]));
    // Every kind of entity the operations select: countries, regions, articles, policy documents and every fact type.
    expect([...storedTypes].sort()).toEqual(expect.arrayContaining([...possibleTypes.Node].sort()));
  });

  it("Apollo Client (default cache) stores a country once and shares it between Countries and CountryProfile", async () => {
    const cache = new InMemoryCache({ possibleTypes });
    const client = new ApolloClient({ link: new HttpLink({ uri: federation.gatewayUrl }), cache });
    const countries = operation("Countries");
    const profile = operation("CountryProfile");
    type Named = { __typename?: string; code: string; name: string; region: { __typename?: string } };
    const list = (await client.query({ query: countries.document })).data as { countries: { nodes: Named[] } };
    const fromList = list.countries.nodes.find((country) => country.code === "UY");
    const single = (await client.query({ query: profile.document, variables: { code: "UY" } })).data as {
      country: Named;
    };

    const id = cache.identify(fromList as Named);
    expect(id).toBeDefined();
    expect(cache.identify(single.country)).toBe(id);
    expect(cache.identify(fromList?.region as Named)).toBeDefined();
    expect(cache.identify(single.country.region)).toBe(cache.identify(fromList?.region as Named));
    // One record holds what both operations selected.
    expect(Object.keys(cache.extract()[id as string] ?? {})).toEqual(
      expect.arrayContaining(["name", "region", "headsOfState"]),
    );

    // A change to the entity shows in both operations' cached results.
    cache.modify({ id, fields: { name: () => "Uruguay (edited)" } });
    const listAgain = client.readQuery({ query: countries.document }) as { countries: { nodes: Named[] } };
    const singleAgain = client.readQuery({ query: profile.document, variables: { code: "UY" } }) as {
      country: Named;
    };
    expect(listAgain.countries.nodes.find((country) => country.code === "UY")?.name).toBe("Uruguay (edited)");
    expect(singleAgain.country.name).toBe("Uruguay (edited)");
  });
});

/** Entities (`Node`s) stored inside another record instead of as their own, with where they were found. */
function embeddedEntities(records: Record<string, unknown>): string[] {
  const nodeTypes = new Set(possibleTypes.Node);
  const found: string[] = [];
  const walk = (value: unknown, path: string, isRecord: boolean): void => {
    if (value === null || typeof value !== "object") return;
    const { __typename } = value as { __typename?: string };
    if (!isRecord && __typename && nodeTypes.has(__typename)) found.push(`${path} (${__typename})`);
    for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`, false);
  };
  for (const [id, record] of Object.entries(records)) walk(record, id, true);
  return found;
}

function operation(name: string): ClientOperation {
  const found = operations.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no registered operation ${name}`);
  return found;
}
