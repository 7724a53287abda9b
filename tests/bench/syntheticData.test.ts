/**
 * `npm run bench -- --scale` multiplies the curated data into synthetic copies; each subgraph must load them with the
 * same validation it gives its own files (references resolve, evidence quotes the article), or the scale run cannot
 * start. Reference data stays as it is; everything attached to it is multiplied.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeSyntheticDataset } from "../../scripts/bench/synthetic/multiplyDataset.js";
import { loadDiplomacyData } from "../../subgraphs/diplomacy/dataSet.js";
import { loadFinanceData } from "../../subgraphs/finance/dataSet.js";
import { loadInfrastructureData } from "../../subgraphs/infrastructure/dataSet.js";

const FACTOR = 3;

describe("the bench's synthetic dataset", () => {
  const target = mkdtempSync(join(tmpdir(), "synthetic-data-"));
  afterAll(() => rmSync(target, { recursive: true, force: true }));
  const dirs = writeSyntheticDataset(FACTOR, target);

  const loaders = {
    diplomacy: loadDiplomacyData,
    infrastructure: loadInfrastructureData,
    finance: loadFinanceData,
  } as const;

  it.each(Object.keys(loaders) as (keyof typeof loaders)[])("%s loads its copies with its own validation", (name) => {
    const dir = dirs[name] as string;
    expect(readFileSync(join(dir, "SYNTHETIC.txt"), "utf8")).toContain(`×${FACTOR}`);
    const curated = loaders[name]() as unknown as Record<string, unknown[]>;
    const synthetic = loaders[name](dir) as unknown as Record<string, unknown[]>;
    for (const [type, records] of Object.entries(curated)) {
      expect([records.length, records.length * FACTOR], type).toContain(synthetic[type]?.length);
    }
  });

  it("multiplies what is attached to reference data, and leaves reference data as it is", () => {
    const curated = loadDiplomacyData();
    const synthetic = loadDiplomacyData(dirs.diplomacy);
    expect(synthetic.countries).toHaveLength(curated.countries.length);
    expect(synthetic.regions).toHaveLength(curated.regions.length);
    expect(synthetic.engagements).toHaveLength(curated.engagements.length * FACTOR);
    expect(synthetic.engagements.filter((record) => record.id.endsWith("-synthetic-2"))).toHaveLength(
      curated.engagements.length,
    );
    expect(loadInfrastructureData(dirs.infrastructure).projects.length).toBe(
      loadInfrastructureData().projects.length * FACTOR,
    );
  });
});
