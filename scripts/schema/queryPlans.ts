/**
 * The gateway's own query plans (`Apollo-Query-Plan-Experimental: 1`) for operations against a supergraph file. Plans
 * are made before execution, so no subgraph needs to run: the gateway is started in-process, pointed at nowhere.
 */
import { readFileSync } from "node:fs";
import { type ObjectTypeDefinitionNode, parse, print, visit } from "graphql";
import { readGatewayConfig } from "../../gateway/config.js";
import { startGateway } from "../../gateway/server.js";
import { createLogger } from "../../platform/logger.js";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { loadOperations } from "./registeredOperations.js";
import { composeSupergraph } from "./supergraph.js";

const NOWHERE = "http://127.0.0.1:9/graphql"; // discard port: nothing answers, plans are still made

/** The printed plan of each named registered operation, planned on `supergraphPath` (the committed one by default). */
export async function registeredOperationPlans(
  operationNames: readonly string[],
  supergraphPath = fromProjectRoot("schema", "supergraph.graphql"),
): Promise<Map<string, string>> {
  const operations = loadOperations(fromProjectRoot()).operations;
  const gateway = await startGateway(
    {
      ...readGatewayConfig({ GATEWAY_SCHEMA_VARIANT: "internal" }),
      port: 0,
      supergraphPath,
      queryPlan: true,
      subgraphUrls: { diplomacy: NOWHERE, infrastructure: NOWHERE, finance: NOWHERE },
    },
    createLogger("query-plans", { LOG_LEVEL: "silent" }),
  );
  try {
    const plans = new Map<string, string>();
    for (const name of operationNames) {
      const operation = operations.find((candidate) => candidate.name === name);
      if (!operation) throw new Error(`no registered operation named ${name}`);
      const response = await fetch(gateway.url, {
        method: "POST",
        headers: { "content-type": "application/json", "apollo-query-plan-experimental": "1" },
        body: JSON.stringify({ query: print(operation.document), operationName: name }),
      });
      const body = (await response.json()) as {
        errors?: { message: string }[];
        extensions?: { __queryPlanExperimental?: unknown };
      };
      const plan = body.extensions?.__queryPlanExperimental;
      if (typeof plan !== "string") {
        throw new Error(`no plan for ${name}: ${body.errors?.map((e) => e.message).join("; ") ?? "none returned"}`);
      }
      plans.set(name, plan);
    }
    return plans;
  } finally {
    await gateway.stop();
  }
}

const REFERENCE_TYPES = new Set(["Country", "Region"]);
const isShareable = (node: { directives?: readonly { name: { value: string } }[] }) =>
  node.directives?.some((directive) => directive.name.value === "shareable") ?? false;

/**
 * The committed subgraphs composed as they were before infrastructure and finance served the reference data
 * themselves: their @shareable `Country`/`Region` fields (id, name) removed, so only diplomacy resolves them.
 */
export function supergraphWithoutSharedReferenceData(): string {
  const sources = (["diplomacy", "infrastructure", "finance"] as const).map((name) => {
    const sdl = readFileSync(fromProjectRoot("schema", `${name}.graphql`), "utf8");
    if (name === "diplomacy") return { name, url: NOWHERE, sdl };
    const stripped = visit(parse(sdl), {
      ObjectTypeDefinition(type: ObjectTypeDefinitionNode) {
        if (!REFERENCE_TYPES.has(type.name.value)) return undefined;
        const fields = type.fields?.filter((field) => !isShareable(field));
        // Without its shared id the type no longer implements Node here (diplomacy's Country still does).
        const hasId = fields?.some((field) => field.name.value === "id");
        const interfaces = hasId ? type.interfaces : type.interfaces?.filter((i) => i.name.value !== "Node");
        return { ...type, fields, interfaces };
      },
    });
    return { name, url: NOWHERE, sdl: print(stripped) };
  });
  const composed = composeSupergraph(sources);
  if (!composed.ok) throw new Error(composed.errors.map((error) => error.message).join("\n"));
  return composed.supergraphSdl;
}
