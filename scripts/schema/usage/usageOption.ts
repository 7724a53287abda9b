/** `schema:check --usage <store> [--since 30d]`: recorded traffic to check changes against, validated before any check runs. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type RecordedUsage, readRecordedUsage } from "../../../gateway/usage/recordedUsage.js";
import { UsageStoreError } from "../../../gateway/usage/usageStore.js";
import { DEFAULT_SINCE, parseSince, UsagePeriodError } from "../../usage/usagePeriod.js";
import { CheckInputError } from "../commandIo.js";

export interface UsageOption {
  path: string;
  since: number;
}

export function parseUsageOption(store: string | undefined, since: string | undefined): UsageOption | undefined {
  if (store === undefined) {
    if (since !== undefined) throw new CheckInputError("--since needs --usage <store>");
    return undefined;
  }
  const path = resolve(store);
  if (!existsSync(path)) throw new CheckInputError(`--usage: no usage store at ${path}`);
  try {
    return { path, since: parseSince(since ?? DEFAULT_SINCE) };
  } catch (error) {
    if (error instanceof UsagePeriodError) throw new CheckInputError(error.message);
    throw error;
  }
}

export function readUsageOption(option: UsageOption): RecordedUsage {
  try {
    return readRecordedUsage(option.path, option.since);
  } catch (error) {
    if (error instanceof UsageStoreError) throw new CheckInputError(`--usage: ${error.message}`);
    throw new CheckInputError(`--usage: ${option.path} is not a usage store: ${(error as Error).message}`);
  }
}
