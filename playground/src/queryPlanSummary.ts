/** Reads the gateway's printed query plan into a summary: which subgraphs are fetched, in which step, and why. */

export interface PlannedFetch {
  /** 1-based position of the fetch in the printed plan. */
  order: number;
  service: string;
  /** 1-based step: fetches sharing a step run in parallel; a later step waits for the earlier ones. */
  step: number;
  /** `_entities` when the fetch resolves entities (e.g. Country) found by an earlier fetch; `root` otherwise. */
  kind: "root" | "_entities";
  /** Entity types an `_entities` fetch resolves. */
  entityTypes: string[];
  /** Where in the response the fetched data is merged (Flatten path, `@` for each list item); empty for root fetches. */
  path: string;
  /** Response keys this fetch fills in at `path` (root fields, or the fields added to each entity). */
  fields: string[];
}

export interface QueryPlanSummary {
  /** Subgraphs in order of first use. */
  services: string[];
  fetches: PlannedFetch[];
  steps: number;
}

interface PlanNode {
  kind: string;
  indent: number;
  children: PlanNode[];
  service?: string;
  path?: string;
  entity: boolean;
  entityTypes: string[];
  /** Indentation of the fetch's selection set, and the response keys found one and two levels inside it. */
  bodyIndent?: number;
  rootFields: string[];
  entityFields: string[];
}

// A selection line: `name`, `alias: name`, `name(arg: 1) {`, or `name(` when the arguments follow on their own lines.
const FIELD = /^\s*(\w+)(?::\s*\w+)?(?:\(.*\)|\()?(?: \{)?$/;

function addField(fields: string[], line: string): void {
  const name = FIELD.exec(line)?.[1];
  if (name && name !== "__typename" && !fields.includes(name)) fields.push(name);
}

const OPENING =
  /^(\s*)(QueryPlan|Sequence|Parallel|Flatten\(path: "([^"]*)"\)|Fetch\(service: "([^"]+)"[^)]*\)|Defer|Primary|Deferred\([^)]*\)|Condition\([^)]*\)|Subscription|\w+) \{$/;

function parseTree(text: string): PlanNode {
  const root: PlanNode = {
    kind: "root",
    indent: -1,
    children: [],
    entity: false,
    entityTypes: [],
    rootFields: [],
    entityFields: [],
  };
  const stack: PlanNode[] = [root];
  for (const line of text.split("\n")) {
    const top = stack[stack.length - 1] as PlanNode;
    const indent = line.length - line.trimStart().length;
    if (top.kind === "Fetch") {
      // Inside a fetch only its own closing brace matters; the selection sets in between are data, not plan.
      top.bodyIndent ??= indent;
      if (/^\s*\},?$/.test(line) && indent === top.indent) stack.pop();
      else if (line.includes("=>")) top.entity = true;
      else {
        const typeMatch = /^\s*\.\.\. on (\w+) \{$/.exec(line);
        if (typeMatch?.[1] && !top.entity && !top.entityTypes.includes(typeMatch[1]))
          top.entityTypes.push(typeMatch[1]);
        if (indent === top.bodyIndent + 2 && !top.entity) addField(top.rootFields, line);
        if (indent === top.bodyIndent + 4 && top.entity) addField(top.entityFields, line);
      }
      continue;
    }
    const opening = OPENING.exec(line);
    if (opening) {
      const label = opening[2] as string;
      const node: PlanNode = {
        kind: label.startsWith("Fetch") ? "Fetch" : (label.split("(")[0] as string),
        indent,
        children: [],
        path: opening[3],
        service: opening[4],
        entity: false,
        entityTypes: [],
        rootFields: [],
        entityFields: [],
      };
      top.children.push(node);
      stack.push(node);
    } else if (/^\s*\},?$/.test(line) && indent === top.indent) {
      stack.pop();
    }
  }
  return root;
}

/** Walks the tree; returns the step after the node finished. */
function collect(node: PlanNode, step: number, path: string, out: PlannedFetch[]): number {
  if (node.kind === "Fetch") {
    out.push({
      order: out.length + 1,
      service: node.service ?? "?",
      step,
      kind: node.entity ? "_entities" : "root",
      entityTypes: node.entity ? node.entityTypes : [],
      path,
      fields: node.entity ? node.entityFields : node.rootFields,
    });
    return step + 1;
  }
  const nextPath = node.kind === "Flatten" ? (node.path ?? path) : path;
  if (node.kind === "Parallel") {
    return Math.max(step, ...node.children.map((child) => collect(child, step, nextPath, out)));
  }
  let current = step;
  for (const child of node.children) current = collect(child, current, nextPath, out);
  return current;
}

export function summarizeQueryPlan(text: string): QueryPlanSummary {
  const fetches: PlannedFetch[] = [];
  collect(parseTree(text), 1, "", fetches);
  const services = [...new Set(fetches.map((fetch) => fetch.service))];
  const steps = fetches.reduce((max, fetch) => Math.max(max, fetch.step), 0);
  return { services, fetches, steps };
}
