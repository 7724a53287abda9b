/** The shape every check reports in: findings with a severity, a stable code and, where it has one, a location. */
export type Severity = "error" | "warning" | "info";

export type Criticality = "BREAKING" | "DANGEROUS" | "SAFE";

export interface Finding {
  severity: Severity;
  /** Stable code: a composition error code, a lint rule id, a change type (FIELD_REMOVED), DRIFT, … */
  code: string;
  message: string;
  /** `file:line:column` (or just `file`) relative to the repository root. */
  location?: string;
  /** Schema coordinate the finding is about, e.g. `Country.name`. */
  coordinate?: string;
  /** Multi-line detail: a unified diff, a fix. */
  detail?: string;
}

/** Counters a check contributes to the one-line summary. */
export interface SummaryCounts {
  breaking: number;
  breakingApproved: number;
  dangerous: number;
  safe: number;
  lintErrors: number;
  operationsValid: number;
  operationsTotal: number;
}

export interface CheckOutcome {
  findings: Finding[];
  counts?: Partial<SummaryCounts>;
  /** Set when the check did not run, with why (not itself a failure). */
  skipped?: string;
}

export function finding(severity: Severity, code: string, message: string, extra: Partial<Finding> = {}): Finding {
  return { severity, code, message, ...extra };
}
