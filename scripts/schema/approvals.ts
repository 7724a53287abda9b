/** schema/approved-changes.yaml: breaking changes the team has acknowledged, each with a reason and a date. */
import { existsSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import { CheckInputError } from "./commandIo.js";
import { inRoot, schemaPaths } from "./schemaPaths.js";

const approvalSchema = z
  .object({
    /** A change id as the report prints it (`FIELD_REMOVED:Country.name`), or a schema coordinate (`Country.name`). */
    change: z.string().min(1),
    reason: z.string().trim().min(1),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date must be YYYY-MM-DD"),
  })
  .strict();

const approvalsFileSchema = z.object({ approvals: z.array(approvalSchema).nullable().default([]) }).strict();

export type Approval = z.infer<typeof approvalSchema>;

export function readApprovals(root: string): Approval[] {
  const file = inRoot(root, schemaPaths.approvals);
  return existsSync(file) ? parseApprovals(readFileSync(file, "utf8")) : [];
}

/** The approvals in a file's text (the working tree's, or one read at a past commit). */
export function parseApprovals(text: string): Approval[] {
  let raw: unknown;
  try {
    raw = parse(text) ?? {};
  } catch (error) {
    throw new CheckInputError(`${schemaPaths.approvals} is not valid YAML: ${(error as Error).message}`);
  }
  const parsed = approvalsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new CheckInputError(`${schemaPaths.approvals} is malformed:\n  ${issues.join("\n  ")}`);
  }
  return parsed.data.approvals ?? [];
}

/** An approval names a change by its exact id, or by coordinate (then it covers every breaking change there). */
export function approves(approval: Approval, change: { id: string; path?: string }): boolean {
  return approval.change === change.id || (change.path !== undefined && approval.change === change.path);
}
