/**
 * Generates schema/CHANGELOG.md. What is already on main (the changelog at the fork point, or main's git history the
 * first time) is kept verbatim; this branch's change of the API schema becomes one entry on top, recomputed on every
 * run from the fork point's supergraph, so the file is a pure function of the repository and drift can be checked.
 */
import { createHash } from "node:crypto";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { type Approval, parseApprovals } from "../approvals.js";
import { recordedBase } from "../baseRevision.js";
import { readCommitted } from "../generatedFiles.js";
import { git, readAtRevision } from "../git.js";
import { classifyChanges } from "../schemaChanges.js";
import { schemaPaths } from "../schemaPaths.js";
import { apiSchemaOfSupergraph, schemaSize } from "../supergraph.js";
import {
  baselineBody,
  type ChangelogEntry,
  changesBody,
  parseChangelog,
  renderChangelog,
} from "./changelogDocument.js";

export interface ChangelogInputs {
  root: string;
  apiSchema: GraphQLSchema;
  approvals: readonly Approval[];
  /** YYYY-MM-DD for a new entry. */
  today: string;
}

/** Stable across library versions: graphql-js prints the sorted schema the same way for the same API. */
export function apiFingerprint(schema: GraphQLSchema): string {
  return createHash("sha256")
    .update(printSchema(lexicographicSortSchema(schema)))
    .digest("hex")
    .slice(0, 12);
}

export async function generateChangelog({ root, apiSchema, approvals, today }: ChangelogInputs): Promise<string> {
  const base = recordedBase(root);
  const published = base ? await publishedEntries(root, base) : [];
  const current = apiFingerprint(apiSchema);
  if (published[0]?.fingerprint === current) return renderChangelog(published);

  const previous = base ? apiAt(root, base) : undefined;
  const body = previous
    ? changesBody(await classifyChanges(previous, apiSchema, approvals, []))
    : baselineBody(schemaSize(apiSchema));
  // The branch's entry keeps the date it was first written on; only a new entry takes today's.
  const ownEntry = parseChangelog(readCommitted(root, schemaPaths.changelog) ?? "")?.[0];
  const isOwn = ownEntry !== undefined && !published.some((entry) => entry.fingerprint === ownEntry.fingerprint);
  return renderChangelog([{ date: isOwn ? ownEntry.date : today, fingerprint: current, body }, ...published]);
}

/** The changelog committed at the base; the first time, one built from the base's git history. */
async function publishedEntries(root: string, base: string): Promise<ChangelogEntry[]> {
  const committed = readAtRevision(root, base, schemaPaths.changelog);
  const parsed = committed === undefined ? undefined : parseChangelog(committed);
  return parsed ?? historyEntries(root, base);
}

function apiAt(root: string, commit: string): GraphQLSchema | undefined {
  const sdl = readAtRevision(root, commit, schemaPaths.supergraph);
  if (sdl === undefined) return undefined;
  try {
    return apiSchemaOfSupergraph(sdl).apiSchema;
  } catch {
    return undefined; // a commit whose supergraph does not build records nothing
  }
}

/** One entry per first-parent commit that changed the API schema, dated by its commit; newest first. */
async function historyEntries(root: string, base: string): Promise<ChangelogEntry[]> {
  const log = git(root, ["log", "--first-parent", "--reverse", "--format=%H %cs", base, "--", schemaPaths.supergraph]);
  const entries: ChangelogEntry[] = [];
  let previous: { schema: GraphQLSchema; fingerprint: string } | undefined;
  for (const line of log.split("\n").filter(Boolean)) {
    const [commit = "", date = ""] = line.split(" ");
    const schema = apiAt(root, commit);
    if (!schema) continue;
    const fingerprint = apiFingerprint(schema);
    if (fingerprint === previous?.fingerprint) continue;
    entries.unshift({
      date,
      fingerprint,
      body: previous
        ? changesBody(await classifyChanges(previous.schema, schema, approvalsAt(root, commit), []))
        : baselineBody(schemaSize(schema)),
    });
    previous = { schema, fingerprint };
  }
  return entries;
}

/** The approvals a past commit shipped with; a file that no longer parses gives none rather than failing. */
function approvalsAt(root: string, commit: string): Approval[] {
  const text = readAtRevision(root, commit, schemaPaths.approvals);
  try {
    return text === undefined ? [] : parseApprovals(text);
  } catch {
    return [];
  }
}
