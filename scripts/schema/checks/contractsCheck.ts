/** Check 6, contracts: each @tag-filtered variant composes, drops nothing silently, and has no unapproved breaking change. */

import type { SchemaCheck } from "../checkContext.js";
import { contractErrorAdvice, contractVariants } from "../contract.js";
import { silentDrops, tagsByCoordinate } from "../contractCoverage.js";
import { type Finding, finding, type SummaryCounts } from "../findings.js";
import { changeCounts, changeFindings } from "../schemaChanges.js";
import { schemaPaths } from "../schemaPaths.js";
import { schemaSize } from "../supergraph.js";

export const contractsCheck: SchemaCheck = {
  name: "contracts",
  title: "Contracts: @tag-filtered variants",
  async run(context) {
    if (!context.artifacts.supergraph.ok) return { findings: [], skipped: "the supergraph does not compose" };
    const api = context.artifacts.supergraph.apiSchema;
    const tags = tagsByCoordinate(context.sources);
    const apiComparison = await context.apiChanges();
    const apiChangeIds = new Set(apiComparison.state === "ok" ? apiComparison.changes.map((c) => c.id) : []);
    const findings: Finding[] = [];
    const counts: Partial<SummaryCounts> = {};

    for (const variant of contractVariants) {
      const contract = context.artifacts.contracts.find((c) => c.variant === variant.name);
      const file = schemaPaths.contract(variant.name);
      const label = `contract "${variant.name}"`;
      if (!contract) continue;
      if (!contract.ok) {
        for (const error of contract.errors) {
          findings.push(
            finding("error", error.code, `${label}: ${error.message}`, {
              detail: prefixed("fix", contractErrorAdvice(error, api)),
            }),
          );
        }
        continue;
      }
      const [kept, all] = [schemaSize(contract.apiSchema), schemaSize(api)];
      findings.push(
        finding(
          "info",
          "CONTRACT_COMPOSED",
          `${label} composes: ${kept.types} of ${all.types} API types, ${kept.fields} of ${all.fields} fields`,
          { location: file },
        ),
      );
      for (const drop of silentDrops(api, contract.apiSchema, variant, tags)) {
        const severity = drop.kind === "field" ? "warning" : "error";
        findings.push(
          finding(
            severity,
            "CONTRACT_SILENT_DROP",
            `${label} drops ${drop.kind} ${drop.coordinate}, which has no @tag`,
            {
              coordinate: drop.coordinate,
              location: context.locate()(drop.coordinate),
              detail: `fix: tag it @tag(name: "${variant.include[0]}") to keep it, or @tag(name: "${variant.exclude[0] ?? "internal"}") to drop it on purpose`,
            },
          ),
        );
      }
      const comparison = await context.contractChanges(variant.name);
      if (comparison.state !== "ok") {
        findings.push(finding("info", "NO_BASE", `${label} not compared: ${comparison.reason}`));
        continue;
      }
      // A change already reported for the API schema is reported (and counted) once, there.
      const ownChanges = comparison.changes.filter((change) => !apiChangeIds.has(change.id));
      findings.push(
        finding(
          "info",
          "BASE",
          `${label} vs. base ${comparison.label}: ${ownChanges.length} changes beyond the API schema's`,
        ),
      );
      findings.push(...changeFindings(ownChanges, label, context.locate()));
      for (const [key, value] of Object.entries(changeCounts(ownChanges)) as [keyof SummaryCounts, number][]) {
        counts[key] = (counts[key] ?? 0) + value;
      }
    }
    return { findings, counts };
  },
};

function prefixed(prefix: string, text: string | undefined): string | undefined {
  return text === undefined ? undefined : `${prefix}: ${text}`;
}
