/** `--since`: how far back recorded usage counts, as a duration (`30d`, `12h`, `2w`) or a date (`2025-06-01`). */
const UNIT_MS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 604_800_000 };

export const DEFAULT_SINCE = "30d";

export class UsagePeriodError extends Error {
  override name = "UsagePeriodError";
}

/** The start of the period in unix ms. */
export function parseSince(text: string, now = Date.now()): number {
  const duration = /^(\d{1,5})([hdw])$/.exec(text.trim());
  if (duration) return now - Number(duration[1]) * (UNIT_MS[duration[2] as string] as number);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) {
    const date = Date.parse(`${text.trim()}T00:00:00Z`);
    if (!Number.isNaN(date)) return date;
  }
  throw new UsagePeriodError(`--since must be a duration such as 30d, 12h or 2w, or a date YYYY-MM-DD; got "${text}"`);
}

export function describePeriod(since: number): string {
  return `since ${new Date(since).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
