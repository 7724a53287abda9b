/** schema/CHANGELOG.md as data: entries, newest first, each headed by its date and the API schema's fingerprint. */
import type { ClassifiedChange } from "../schemaChanges.js";

export interface ChangelogEntry {
  /** YYYY-MM-DD: when the change was first composed (or, for history read from git, committed). */
  date: string;
  /** The API schema after the change (apiFingerprint): how a later run knows the entry is already written. */
  fingerprint: string;
  /** The entry's Markdown below its heading, kept verbatim once published. */
  body: string;
}

const HEADING = /^## (\d{4}-\d{2}-\d{2}) · API schema `([0-9a-f]{12})`$/;

const PREAMBLE = `# Schema changelog

What changed in the API schema clients query, newest first. Each entry is one change of the composed supergraph:
GraphQL Inspector's list of changes, grouped into breaking, dangerous and safe, with the reason each breaking change
was approved for. Written by \`npm run schema:compose\` and drift-checked by \`npm run schema:check\`; do not edit.
`;

export function renderChangelog(entries: readonly ChangelogEntry[]): string {
  const rendered = entries.map((entry) => `## ${entry.date} · API schema \`${entry.fingerprint}\`\n\n${entry.body}\n`);
  return [PREAMBLE, ...rendered].join("\n");
}

/** The entries of a changelog's text; undefined when it is not one this module wrote (e.g. left with merge conflicts). */
export function parseChangelog(text: string): ChangelogEntry[] | undefined {
  const entries: ChangelogEntry[] = [];
  let current: { date: string; fingerprint: string; lines: string[] } | undefined;
  const close = () => {
    if (current)
      entries.push({ date: current.date, fingerprint: current.fingerprint, body: current.lines.join("\n").trim() });
  };
  for (const line of text.split("\n")) {
    if (/^(<{7}|={7}|>{7})/.test(line)) return undefined;
    if (!line.startsWith("## ")) {
      current?.lines.push(line);
      continue;
    }
    const heading = HEADING.exec(line);
    if (!heading) return undefined;
    close();
    current = { date: heading[1] as string, fingerprint: heading[2] as string, lines: [] };
  }
  close();
  return entries;
}

const GROUPS = [
  ["BREAKING", "Breaking"],
  ["DANGEROUS", "Dangerous"],
  ["SAFE", "Safe"],
] as const;

/** Inspector's changes grouped by criticality; a breaking change carries the reason it was approved for. */
export function changesBody(changes: readonly ClassifiedChange[]): string {
  if (changes.length === 0) return "No change GraphQL Inspector reports (the schema's printed form changed).";
  const sections: string[] = [];
  for (const [criticality, title] of GROUPS) {
    const group = changes.filter((change) => change.criticality === criticality);
    if (group.length === 0) continue;
    const items = group.map((change) => {
      const approval = change.approval
        ? ` — approved ${change.approval.date}: ${change.approval.reason.replace(/\s*\n\s*/g, " ")}`
        : criticality === "BREAKING"
          ? " — not approved"
          : "";
      return `- \`${change.id}\`: ${change.message}${approval}`;
    });
    sections.push(`**${title} (${group.length})**\n\n${items.join("\n")}`);
  }
  return sections.join("\n\n");
}

export function baselineBody(size: { types: number; fields: number }): string {
  return `First recorded API schema: ${size.types} types, ${size.fields} fields.`;
}
