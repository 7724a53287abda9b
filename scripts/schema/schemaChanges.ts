/** Diffs two API schemas (graphql-inspector), classifies each change and ties it to approvals and operations. */
import { type Change, CriticalityLevel, diff } from "@graphql-inspector/core";
import type { GraphQLSchema } from "graphql";
import { type Approval, approves } from "./approvals.js";
import { type Criticality, type Finding, finding, type SummaryCounts } from "./findings.js";
import { touches } from "./operationUsage.js";

export interface OperationUsage {
  name: string;
  location: string;
  /** Coordinates the operation uses in the base or the current schema. */
  coordinates: ReadonlySet<string>;
}

export interface ClassifiedChange {
  /** `TYPE:path`, what an approval names. */
  id: string;
  type: string;
  path?: string;
  message: string;
  criticality: Criticality;
  reason?: string;
  approval?: Approval;
  /** Registered operations the change touches. */
  operations: OperationUsage[];
}

const criticalityOf: Record<CriticalityLevel, Criticality> = {
  [CriticalityLevel.Breaking]: "BREAKING",
  [CriticalityLevel.Dangerous]: "DANGEROUS",
  [CriticalityLevel.NonBreaking]: "SAFE",
};

export async function classifyChanges(
  base: GraphQLSchema,
  current: GraphQLSchema,
  approvals: readonly Approval[],
  usages: readonly OperationUsage[],
): Promise<ClassifiedChange[]> {
  const changes = withoutDescriptionsOfAdditions(await diff(base, current));
  return changes.map((change) => {
    const criticality = criticalityOf[change.criticality.level];
    const id = change.path ? `${change.type}:${change.path}` : String(change.type);
    const path = change.path;
    return {
      id,
      type: String(change.type),
      path,
      message: change.message,
      criticality,
      reason: change.criticality.reason,
      approval: criticality === "BREAKING" ? approvals.find((approval) => approves(approval, { id, path })) : undefined,
      operations: path ? usages.filter((usage) => touches({ type: String(change.type), path }, usage.coordinates)) : [],
    };
  });
}

/** A description that arrives with its new field or type is part of that addition, not a change of its own. */
function withoutDescriptionsOfAdditions(changes: Change[]): Change[] {
  const added = new Set(
    changes
      .filter(
        (c) => String(c.type).endsWith("_ADDED") && !/DESCRIPTION|DEPRECATION|DIRECTIVE_USAGE/.test(String(c.type)),
      )
      .map((c) => c.path),
  );
  const partOfAddition = (path: string | undefined) => {
    for (
      let prefix = path;
      prefix;
      prefix = prefix.includes(".") ? prefix.slice(0, prefix.lastIndexOf(".")) : undefined
    ) {
      if (added.has(prefix)) return true;
    }
    return false;
  };
  return changes.filter((c) => !(String(c.type).includes("DESCRIPTION") && partOfAddition(c.path)));
}

/**
 * One finding per change: unapproved BREAKING fails, DANGEROUS warns, SAFE and approved changes inform. Each sits
 * where `locate` finds its coordinate in the subgraph SDLs, so annotations land on the changed lines.
 */
export function changeFindings(
  changes: readonly ClassifiedChange[],
  schemaLabel: string,
  locate: (coordinate: string) => string | undefined,
): Finding[] {
  return changes.map((change) => {
    const operations = change.operations.map((usage) => `${usage.name} (${usage.location})`);
    const lines: string[] = [];
    if (change.reason && change.criticality !== "SAFE") lines.push(change.reason);
    if (operations.length > 0) {
      const verb = change.criticality === "BREAKING" ? "breaks" : "affects";
      lines.push(`${verb} registered operations: ${operations.join(", ")}`);
    }
    if (change.approval) lines.push(`approved ${change.approval.date}: ${change.approval.reason}`);
    else if (change.criticality === "BREAKING")
      lines.push(`to ship it, approve "${change.id}" in schema/approved-changes.yaml`);
    const severity =
      change.criticality === "BREAKING" && !change.approval
        ? "error"
        : change.criticality === "DANGEROUS"
          ? "warning"
          : "info";
    const label = change.approval ? "BREAKING (approved)" : change.criticality;
    return finding(severity, change.type, `${label} ${schemaLabel}: ${change.message}`, {
      coordinate: change.path,
      location: change.path ? locate(change.path) : undefined,
      detail: lines.length > 0 ? lines.join("\n") : undefined,
    });
  });
}

export function changeCounts(changes: readonly ClassifiedChange[]): Partial<SummaryCounts> {
  return {
    breaking: changes.filter((c) => c.criticality === "BREAKING").length,
    breakingApproved: changes.filter((c) => c.criticality === "BREAKING" && c.approval).length,
    dangerous: changes.filter((c) => c.criticality === "DANGEROUS").length,
    safe: changes.filter((c) => c.criticality === "SAFE").length,
  };
}
