/** What a subgraph's store keeps per request: no statement log in a service, bounded batches, reused statements. */

import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { diplomacyService } from "../../../subgraphs/diplomacy/service.js";
import { openDiplomacyStore } from "../../../subgraphs/diplomacy/store/diplomacyStore.js";
import { MAX_BATCH_SIZE } from "../../../subgraphs/kit/batchLoaders.js";
import { preparedStatement } from "../../../subgraphs/kit/sqliteStore.js";

describe("a subgraph store", () => {
  it("records no statements when opened as the service opens it", async () => {
    const store = diplomacyService.openStore(":memory:") as ReturnType<typeof openDiplomacyStore>;
    try {
      const { loaders } = store.createContext();
      await loaders.countriesByCode.loadMany(["UY", "BR"]);
      expect(store.executed).toEqual([]);
    } finally {
      store.close();
    }
  });

  it("records them only when a test asks", async () => {
    const store = openDiplomacyStore(":memory:", undefined, { recordStatements: true });
    try {
      await store.createContext().loaders.countriesByCode.loadMany(["UY", "BR"]);
      expect(store.executed).toHaveLength(1);
    } finally {
      store.close();
    }
  });

  it("loads more keys than SQLite binds parameters, in bounded batches of one reused statement", async () => {
    const store = openDiplomacyStore(":memory:", undefined, { recordStatements: true });
    try {
      const keys = Array.from({ length: 40_000 }, (_, index) => (index === 0 ? "UY" : `K${index}`));
      const countries = await store.createContext().loaders.countriesByCode.loadMany(keys);
      expect(countries[0]).toMatchObject({ code: "UY" });
      expect(countries.filter((country) => country !== null)).toHaveLength(1);
      expect(store.executed).toHaveLength(Math.ceil(keys.length / MAX_BATCH_SIZE));
      // The log shows each statement with its JSON parameter expanded; without it, every batch ran the same SQL.
      expect(new Set(store.executed.map((sql) => sql.replace(/json_each\('.*\)\)/, "json_each(?))"))).size).toBe(1);
      const grouped = await store.createContext().loaders.headsOfStateByCountry.loadMany(keys);
      expect((grouped[0] as unknown[]).length).toBeGreaterThan(0);
    } finally {
      store.close();
    }
  });

  it("prepares each statement once per database", () => {
    const db = new Database(":memory:");
    try {
      expect(preparedStatement(db, "SELECT 1")).toBe(preparedStatement(db, "SELECT 1"));
    } finally {
      db.close();
    }
  });
});
