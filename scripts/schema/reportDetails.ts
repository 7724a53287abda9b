/** What a report shows beyond the findings: the base and why, every change per schema, each contract's diff. */
import { createTwoFilesPatch } from "diff";
import type { BaseRevision } from "./baseRevision.js";
import type { CheckContext } from "./checkContext.js";
import { contractVariants } from "./contract.js";
import { readAtRevision } from "./git.js";
import type { ClassifiedChange } from "./schemaChanges.js";
import { schemaPaths } from "./schemaPaths.js";

export interface ChangeList {
  /** "API" or `contract "public"`; a contract lists only changes beyond the API schema's. */
  schema: string;
  changes: ClassifiedChange[];
}

export interface ContractDiff {
  variant: string;
  path: string;
  /** Unified diff of the committed contract at the base vs. now; empty when unchanged. */
  diff: string;
}

export interface ReportDetails {
  base: BaseRevision;
  changeLists: ChangeList[];
  contractDiffs: ContractDiff[];
}

export async function reportDetails(context: CheckContext): Promise<ReportDetails> {
  const base = context.baseRevision();
  const changeLists: ChangeList[] = [];
  const api = await context.apiChanges();
  const apiIds = new Set(api.state === "ok" ? api.changes.map((change) => change.id) : []);
  if (api.state === "ok") changeLists.push({ schema: "API", changes: api.changes });
  const contractDiffs: ContractDiff[] = [];
  for (const variant of contractVariants) {
    const comparison = await context.contractChanges(variant.name);
    if (comparison.state === "ok") {
      const changes = comparison.changes.filter((change) => !apiIds.has(change.id));
      changeLists.push({ schema: `contract "${variant.name}"`, changes });
    }
    const contract = context.artifacts.contracts.find((c) => c.variant === variant.name);
    if (!base.available || !contract?.ok) continue;
    const path = schemaPaths.contract(variant.name);
    const before = readAtRevision(context.options.root, base.commit, path) ?? "";
    const diff =
      before === contract.apiSdl
        ? ""
        : createTwoFilesPatch(`a/${path}`, `b/${path}`, before, contract.apiSdl, base.label, "this change", {
            context: 2,
          }).trimEnd();
    contractDiffs.push({ variant: variant.name, path, diff });
  }
  return { base, changeLists, contractDiffs };
}
