/** The usage store's bounds: distinct operations are capped, counts expire after the retention period. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSchema, parse } from "graphql";
import { afterAll, describe, expect, it } from "vitest";
import { readRecordedUsage } from "../../gateway/usage/recordedUsage.js";
import { UsageRecorder } from "../../gateway/usage/usageRecorder.js";
import { createLogger } from "../../platform/logger.js";

const schema = buildSchema("type Query { a: Int, b: Int, c: Int }");
const DAY = 86_400_000;

function operation(field: string) {
  return {
    documentHash: `hash-${field}`,
    name: field.toUpperCase(),
    type: "query",
    document: parse(`query ${field.toUpperCase()} { ${field} }`),
    schema,
  };
}

describe("usage store bounds", () => {
  const dir = mkdtempSync(join(tmpdir(), "usage-bounds-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps at most GATEWAY_USAGE_MAX_OPERATIONS operations, across runs too", () => {
    const path = join(dir, "cap.sqlite");
    const config = { path, flushIntervalMs: 60_000, maxOperations: 2, retentionDays: 30 };
    const first = new UsageRecorder(config, createLogger("test", { LOG_LEVEL: "silent" }));
    first.record(operation("a"), { name: "web", version: "1" });
    first.record(operation("b"), { name: "web", version: "1" });
    first.record(operation("c"), { name: "web", version: "1" }); // no room in memory
    first.close();
    const second = new UsageRecorder(config, createLogger("test", { LOG_LEVEL: "silent" }));
    second.record(operation("c"), { name: "web", version: "1" }); // no room in the store
    second.record(operation("a"), { name: "web", version: "1" });
    second.close();
    const usage = readRecordedUsage(path, 0);
    expect(usage.operations.map((o) => [o.name, o.requests]).sort()).toEqual([
      ["A", 2],
      ["B", 1],
    ]);
  });

  it("drops counts older than the retention period, and operations left without counts", () => {
    const path = join(dir, "retention.sqlite");
    const recorder = new UsageRecorder(
      { path, flushIntervalMs: 60_000, maxOperations: 10, retentionDays: 7 },
      createLogger("test", { LOG_LEVEL: "silent" }),
    );
    const now = Date.now();
    recorder.record(operation("a"), { name: "web", version: "1" }, now - 8 * DAY);
    recorder.record(operation("b"), { name: "web", version: "1" }, now - 8 * DAY);
    recorder.record(operation("b"), { name: "web", version: "1" }, now);
    recorder.close();
    const usage = readRecordedUsage(path, 0);
    expect(usage.operations.map((o) => [o.name, o.requests])).toEqual([["B", 1]]);
  });
});
