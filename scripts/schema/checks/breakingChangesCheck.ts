/** Check 3, breaking changes: the API schema vs. the base; BREAKING fails unless approved; stale approvals are flagged. */
import { approves } from "../approvals.js";
import type { ChangeComparison, CheckContext, SchemaCheck } from "../checkContext.js";
import { contractVariants } from "../contract.js";
import { type Finding, finding } from "../findings.js";
import { changeCounts, changeFindings } from "../schemaChanges.js";
import { schemaPaths } from "../schemaPaths.js";
import { recordedUsageFindings } from "../usage/recordedUsageFindings.js";
import { readUsageOption } from "../usage/usageOption.js";

export const breakingChangesCheck: SchemaCheck = {
  name: "breaking-changes",
  title: "Breaking changes: API schema vs. base",
  async run(context) {
    const comparison = await context.apiChanges();
    const findings: Finding[] = [];
    if (comparison.state !== "ok") {
      return {
        findings: [finding("info", "NO_BASE", `not compared: ${comparison.reason}`)],
        skipped: comparison.reason,
      };
    }
    const count = plural(comparison.changes.length, "change");
    findings.push(finding("info", "BASE", `base: ${comparison.label} — ${comparison.why}; ${count}`));
    const { usage } = context.options;
    findings.push(
      ...(usage
        ? recordedUsageFindings(comparison.changes, readUsageOption(usage), "API", context.locate())
        : changeFindings(comparison.changes, "API", context.locate())),
    );
    findings.push(...(await staleApprovals(context, comparison)));
    return { findings, counts: changeCounts(comparison.changes) };
  },
};

/** Approvals that match no breaking change in the API schema or any contract: delete them so they do not linger. */
async function staleApprovals(context: CheckContext, api: ChangeComparison & { state: "ok" }): Promise<Finding[]> {
  const comparisons = [api, ...(await Promise.all(contractVariants.map((v) => context.contractChanges(v.name))))];
  const breaking = comparisons
    .flatMap((c) => (c.state === "ok" ? c.changes : []))
    .filter((c) => c.criticality === "BREAKING");
  return context
    .approvals()
    .filter((approval) => !breaking.some((change) => approves(approval, change)))
    .map((approval) =>
      finding(
        "warning",
        "STALE_APPROVAL",
        `approval "${approval.change}" (${approval.date}) matches no breaking change`,
        {
          location: schemaPaths.approvals,
          detail: "remove it once its change has merged, so approvals do not linger",
        },
      ),
    );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
