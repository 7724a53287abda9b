/** The `usage:report` command: fields nobody used in the period, and the clients behind each used field. */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { clientLabel, readRecordedUsage } from "../../gateway/usage/recordedUsage.js";
import { UsageStoreError } from "../../gateway/usage/usageStore.js";
import { helpHint, parseFlags, UsageError } from "../../platform/commandLine.js";
import { fromProjectRoot } from "../../platform/projectRoot.js";
import type { CommandIo } from "../schema/commandIo.js";
import { apiSchemaOfSupergraph } from "../schema/supergraph.js";
import { type FieldUsageReport, fieldUsage } from "./fieldUsage.js";
import { DEFAULT_SINCE, describePeriod, parseSince, UsagePeriodError } from "./usagePeriod.js";

export const REPORT_USAGE = `Usage: npm run usage:report -- [--store <file>] [--since <30d|12h|2w|YYYY-MM-DD>] [--supergraph <file>] [--json]
  --store <file>       usage store the gateway records into (default: $GATEWAY_USAGE_STORE)
  --since <period>     count usage from this long ago or this date (default: ${DEFAULT_SINCE})
  --supergraph <file>  schema whose fields are reported (default: schema/supergraph.graphql)
  --json               print the report as JSON
  -h, --help           print this help`;

class ReportInputError extends Error {}

function options(argv: readonly string[], env: NodeJS.ProcessEnv) {
  const values = parseFlags(argv, {
    store: { type: "string" },
    since: { type: "string" },
    supergraph: { type: "string" },
    json: { type: "boolean" },
  });
  const store = values.store ?? env.GATEWAY_USAGE_STORE?.trim();
  if (values.help) return { help: true as const };
  if (!store) throw new ReportInputError("--store is required when GATEWAY_USAGE_STORE is not set");
  const supergraph = resolve(values.supergraph ?? fromProjectRoot("schema", "supergraph.graphql"));
  if (!existsSync(supergraph)) throw new ReportInputError(`supergraph ${supergraph} not found`);
  return {
    help: false as const,
    store: resolve(store),
    since: parseSince(values.since ?? DEFAULT_SINCE),
    supergraph,
    json: values.json === true,
  };
}

function textReport(report: FieldUsageReport, header: string): string {
  const lines = [header, "", `Fields nobody used (${report.unused.length}):`];
  for (const field of report.unused) lines.push(`  ${field}`);
  lines.push("", `Used fields and the clients behind them (${report.used.length}):`);
  for (const field of report.used) {
    const clients = field.clients.map((client) => `${clientLabel(client)} (${client.requests})`).join(", ");
    lines.push(`  ${field.coordinate} — ${field.requests} requests: ${clients}`);
  }
  return lines.join("\n");
}

export async function runReportCommand(
  argv: readonly string[],
  io: CommandIo,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  try {
    const parsed = options(argv, env);
    if (parsed.help) {
      io.out(REPORT_USAGE);
      return 0;
    }
    const usage = readRecordedUsage(parsed.store, parsed.since);
    const { apiSchema } = apiSchemaOfSupergraph(readFileSync(parsed.supergraph, "utf8"));
    const report = fieldUsage(apiSchema, usage);
    const clients = new Set(usage.operations.flatMap((o) => o.clients.map(clientLabel)));
    const header =
      `usage ${describePeriod(usage.since)} in ${parsed.store}: ${usage.operations.length} operations, ` +
      `${clients.size} clients, ${usage.requests} requests`;
    io.out(
      parsed.json
        ? JSON.stringify({ since: new Date(usage.since).toISOString(), ...report }, null, 2)
        : textReport(report, header),
    );
    return 0;
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof ReportInputError ||
      error instanceof UsagePeriodError ||
      error instanceof UsageStoreError
    ) {
      io.err(`usage report could not run: ${error.message} ${helpHint("usage:report")}`);
      return 2;
    }
    throw error;
  }
}
