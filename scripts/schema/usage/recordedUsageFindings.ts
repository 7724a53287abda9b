/**
 * Schema changes judged against recorded traffic (`--usage`): recorded operations count like registered ones. A change
 * that touches operations clients really ran names them, their clients and request counts; a breaking change that
 * no registered and no recorded operation touches passes, with a note saying why.
 */
import {
  clientLabel,
  operationLabel,
  type RecordedOperationUsage,
  type RecordedUsage,
} from "../../../gateway/usage/recordedUsage.js";
import { describePeriod } from "../../usage/usagePeriod.js";
import { type Finding, finding } from "../findings.js";
import { touches } from "../operationUsage.js";
import { type ClassifiedChange, changeFindings } from "../schemaChanges.js";

function recordedUsers(change: ClassifiedChange, usage: RecordedUsage): RecordedOperationUsage[] {
  const { path } = change;
  if (!path) return [];
  return usage.operations.filter((operation) => touches({ type: change.type, path }, operation.coordinates));
}

function describeOperation(operation: RecordedOperationUsage): string {
  const clients = operation.clients.map((client) => `${clientLabel(client)} (${client.requests})`).join(", ");
  return `${operationLabel(operation)} — ${operation.requests} requests from ${clients}`;
}

function judged(change: ClassifiedChange, reported: Finding, usage: RecordedUsage): Finding {
  const period = describePeriod(usage.since);
  const users = recordedUsers(change, usage);
  if (users.length > 0) {
    const verb = change.criticality === "BREAKING" ? "breaks" : "affects";
    const lines = [`${verb} operations recorded ${period}:`, ...users.map((user) => `  ${describeOperation(user)}`)];
    return { ...reported, detail: [reported.detail, ...lines].filter(Boolean).join("\n") };
  }
  if (change.criticality !== "BREAKING" || change.approval || change.operations.length > 0) return reported;
  return {
    ...reported,
    severity: "info",
    message: reported.message.replace(/^BREAKING/, "BREAKING (unused)"),
    detail:
      `passes: no registered operation uses it, and none of the ${usage.requests} requests recorded ${period} did` +
      ` (${usage.path})`,
  };
}

export function recordedUsageFindings(
  changes: readonly ClassifiedChange[],
  usage: RecordedUsage,
  schemaLabel: string,
  locate: (coordinate: string) => string | undefined,
): Finding[] {
  const reported = changeFindings(changes, schemaLabel, locate);
  const clients = new Set(usage.operations.flatMap((operation) => operation.clients.map(clientLabel)));
  return [
    finding(
      "info",
      "USAGE",
      `usage ${describePeriod(usage.since)}: ${usage.operations.length} operations, ${clients.size} clients, ` +
        `${usage.requests} requests (${usage.path})`,
    ),
    ...changes.map((change, index) => judged(change, reported[index] as Finding, usage)),
  ];
}
