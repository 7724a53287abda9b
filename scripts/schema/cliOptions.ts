/**
 * Command-line flags of `schema:compose` and `schema:check`: `--help` answers the usage (exit 0), a bad flag is an
 * input error of one line (exit 2).
 */
import { resolve } from "node:path";
import { helpHint, parseFlags, UsageError } from "../../platform/commandLine.js";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import { changelogDate } from "./changelog/changelogDate.js";
import { type CiEnvironment, ciEnvironment } from "./ciEnvironment.js";
import { CheckInputError } from "./commandIo.js";
import { parseUsageOption, type UsageOption } from "./usage/usageOption.js";

export const REPORT_FORMATS = ["text", "json", "github", "markdown"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface SchemaRunOptions {
  /** Repository root holding schema/ (and the git history for the base). */
  root: string;
  /** A folder of `<name>.graphql` subgraph SDLs to use instead of building the subgraphs from code. */
  subgraphsDir?: string;
  /** Git ref of the base schema; undefined lets baseRevision choose (pull request target, fork point, last commit). */
  base?: string;
  format: ReportFormat;
  ci: CiEnvironment;
  maxDepth?: number;
  maxAliases?: number;
  /** Recorded traffic (`--usage`, `--since`) that counts like registered operations in the breaking-change check. */
  usage?: UsageOption;
  /** The date a new changelog entry gets (SOURCE_DATE_EPOCH, else today). */
  today: string;
}

export const USAGE = `Usage: npm run schema:check -- [--base <git-ref>] [--format text|json|github|markdown]
                                   [--root <dir>] [--subgraphs <dir>] [--max-depth <n>] [--max-aliases <n>]
                                   [--usage <store> [--since <period>]]
  --base <git-ref>    compare against the schema committed at this ref (default: the pull request's target
                      branch, else the fork point from main, else on main the previous commit; the report says which)
  --format <format>   text (default), json, github (workflow-command annotations), markdown (pull-request comment)
  --json              same as --format json
                      Under GitHub Actions the Markdown report is also appended to $GITHUB_STEP_SUMMARY.
  --root <dir>        repository root holding schema/ (default: this project)
  --subgraphs <dir>   read <name>.graphql subgraph SDLs from <dir> instead of building the subgraphs from code
  --max-depth <n>     fail operations deeper than n
  --max-aliases <n>   fail operations with more than n aliases
  --usage <store>     also check changes against the operations the gateway recorded (GATEWAY_USAGE_STORE)
  --since <period>    recorded usage from this long ago (30d, 12h, 2w) or this date (YYYY-MM-DD); default 30d
  -h, --help          print this help`;

export const COMPOSE_USAGE = `Usage: npm run schema:compose -- [--root <dir>] [--subgraphs <dir>]
  Writes each subgraph's SDL, the supergraph, the contract variants, the typed operations, the persisted-query
  manifest and the changelog under schema/.
  --root <dir>        repository root holding schema/ (default: this project)
  --subgraphs <dir>   read <name>.graphql subgraph SDLs from <dir> instead of building the subgraphs from code
  -h, --help          print this help`;

/** Flags as `command` reads them; a bad one is a CheckInputError of one line. */
function flags<const Options extends Parameters<typeof parseFlags>[1]>(
  command: string,
  argv: readonly string[],
  options: Options,
) {
  try {
    return parseFlags(argv, options);
  } catch (error) {
    if (error instanceof UsageError) throw new CheckInputError(`${error.message} ${helpHint(command)}`);
    throw error;
  }
}

/** The options of `schema:check`, or undefined when --help was asked for. */
export function parseSchemaRunOptions(argv: readonly string[], env: NodeJS.ProcessEnv): SchemaRunOptions | undefined {
  const values = flags("schema:check", argv, {
    base: { type: "string" },
    json: { type: "boolean" },
    format: { type: "string" },
    root: { type: "string" },
    subgraphs: { type: "string" },
    "max-depth": { type: "string" },
    "max-aliases": { type: "string" },
    usage: { type: "string" },
    since: { type: "string" },
  });
  if (values.help) return undefined;
  return {
    root: values.root ? resolve(values.root) : fromProjectRoot(),
    subgraphsDir: values.subgraphs ? resolve(values.subgraphs) : undefined,
    base: values.base,
    format: reportFormat(values.format, values.json ?? false),
    ci: ciEnvironment(env),
    maxDepth: positiveInteger("--max-depth", values["max-depth"]),
    maxAliases: positiveInteger("--max-aliases", values["max-aliases"]),
    usage: parseUsageOption(values.usage, values.since),
    today: changelogDate(env),
  };
}

/** The options of `schema:compose`, or undefined when --help was asked for. */
export function parseComposeOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): Pick<SchemaRunOptions, "root" | "subgraphsDir" | "today"> | undefined {
  const values = flags("schema:compose", argv, { root: { type: "string" }, subgraphs: { type: "string" } });
  if (values.help) return undefined;
  return {
    root: values.root ? resolve(values.root) : fromProjectRoot(),
    subgraphsDir: values.subgraphs ? resolve(values.subgraphs) : undefined,
    today: changelogDate(env),
  };
}

function positiveInteger(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CheckInputError(`${flag} must be a non-negative integer, got "${value}"`);
  return Number(value);
}

function reportFormat(format: string | undefined, json: boolean): ReportFormat {
  if (format === undefined) return json ? "json" : "text";
  if (!(REPORT_FORMATS as readonly string[]).includes(format))
    throw new CheckInputError(`--format must be one of ${REPORT_FORMATS.join(", ")}, got "${format}"`);
  if (json && format !== "json")
    throw new CheckInputError(`--json means --format json; it contradicts --format ${format}`);
  return format as ReportFormat;
}
