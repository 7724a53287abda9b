/** The date a new changelog entry gets: `SOURCE_DATE_EPOCH` (seconds) when set, as reproducible builds use it; otherwise the current UTC date. */
export function changelogDate(env: NodeJS.ProcessEnv): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}
