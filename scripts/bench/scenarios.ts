/** What the bench measures: registered operations and a few documents written for the shapes the issue names. */
import { readOperationExamples } from "../../gateway/playground/operationExamples.js";
import { createLogger } from "../../platform/logger.js";
import { fromProjectRoot } from "../../platform/projectRoot.js";

export interface Scenario {
  name: string;
  description: string;
  query: string;
  operationName?: string;
  /** The subgraph that answers the whole operation alone: it is also measured without a gateway. */
  direct?: "diplomacy" | "infrastructure" | "finance";
  /** Every request a different document (`{{n}}` replaced per request): query-plan and parse caches miss. */
  distinct?: boolean;
}

// Pages sized to stay under the gateway's default cost limit (about 7,400 of 10,000): every country of the article
// with its first 10 engagements, projects and crises (the curated data has fewer; --scale's copies fill the pages).
const WIDE_LIST = `query WideCountryList {
  countries(first: 10) {
    nodes {
      code
      name
      headsOfState { name office }
      engagements(first: 10) { nodes { kind occasion } }
      infrastructureProjects(first: 10) { nodes { name status voltageKv } }
      publicServiceCrises(first: 10) { nodes { trigger effects } }
    }
  }
}`;

const DISTINCT = `query Distinct{{n}} {
  country(code: "UY") {
    name
    d{{n}}: name
    infrastructureProjects { nodes { name p{{n}}: status } }
  }
}`;

export function registeredOperations() {
  return readOperationExamples(fromProjectRoot("schema", "operations"), createLogger("bench", { LOG_LEVEL: "warn" }));
}

function registered(name: string, extra: Partial<Scenario>): Scenario {
  const operation = registeredOperations().find((example) => example.name === name);
  if (!operation) throw new Error(`registered operation ${name} not found under schema/operations`);
  return { name, description: "", query: operation.query, operationName: name, ...extra };
}

/** The comparison's scenarios; `heaviest` is the registered operation with the largest answer (found at run time). */
export function comparisonScenarios(heaviest: string): Scenario[] {
  return [
    registered("Countries", { description: "single-subgraph list", direct: "diplomacy" }),
    registered("CountryProfile", { description: "cross-subgraph country profile" }),
    {
      name: "WideCountryList",
      description: "every country with leaders, engagements, projects, crises",
      query: WIDE_LIST,
    },
    registered(heaviest, { description: "heaviest registered operation (largest answer)" }),
    {
      name: "DistinctDocuments",
      description: "a new document per request (plan-cache misses)",
      query: DISTINCT,
      distinct: true,
    },
  ];
}

/** Every registered operation by name, as a scenario (the plain `npm run bench` mode). */
export function registeredScenarios(): Scenario[] {
  return registeredOperations().map(({ name, file, query }) => ({
    name,
    description: file,
    query,
    operationName: name,
  }));
}

export function bodyOf(scenario: Scenario, n?: number): string {
  const query = n === undefined ? scenario.query : scenario.query.replaceAll("{{n}}", String(n));
  return JSON.stringify({ query, ...(scenario.operationName && { operationName: scenario.operationName }) });
}
