/** Renders a service's pino JSON log line for a person at a terminal: `INFO  message {details}`. */

const LEVELS: Record<number, string> = { 10: "TRACE", 20: "DEBUG", 30: "INFO", 40: "WARN", 50: "ERROR", 60: "FATAL" };
// Fields every line carries, or that the prefix already shows.
const OMITTED = new Set(["level", "time", "msg", "service", "name", "pid", "hostname"]);

export function readableLogLine(line: string): string {
  if (!line.startsWith("{")) return line;
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  if (typeof record.level !== "number" || typeof record.msg !== "string") return line;
  const details = Object.fromEntries(Object.entries(record).filter(([key]) => !OMITTED.has(key)));
  const level = (LEVELS[record.level] ?? String(record.level)).padEnd(5);
  return `${level} ${record.msg}${Object.keys(details).length > 0 ? ` ${JSON.stringify(details)}` : ""}`;
}
