/**
 * Writes a batch of recorded usage in one transaction, within the bounds: counts older than the retention period
 * are dropped (and operations no count refers to any more go with them), and at most `maxOperations` are kept.
 */
import type { UsageBatch } from "./usageBatch.js";
import { hourOf, type UsageDb } from "./usageStore.js";

export class UsageWriter {
  private readonly insertOperation;
  private readonly insertCoordinate;
  private readonly addCount;
  private readonly expireCounts;
  private readonly dropUncounted;
  private readonly countOperations;

  constructor(
    private readonly db: UsageDb,
    private readonly bounds: { retentionMs: number; maxOperations: number },
  ) {
    this.insertOperation = db.prepare(
      "INSERT OR IGNORE INTO operation (id, document_hash, name, type, signature, first_seen) VALUES (?, ?, ?, ?, ?, ?)",
    );
    this.insertCoordinate = db.prepare(
      "INSERT OR IGNORE INTO operation_coordinate (operation_id, coordinate) VALUES (?, ?)",
    );
    // Counts of an operation the store had no room for are dropped with it.
    this.addCount = db.prepare(
      "INSERT INTO operation_count (operation_id, client_name, client_version, hour, count) " +
        "SELECT @operationId, @clientName, @clientVersion, @hour, @count " +
        "WHERE EXISTS (SELECT 1 FROM operation WHERE id = @operationId) " +
        "ON CONFLICT (operation_id, client_name, client_version, hour) DO UPDATE SET count = count + excluded.count",
    );
    this.expireCounts = db.prepare("DELETE FROM operation_count WHERE hour < ?");
    this.dropUncounted = db.prepare(
      "DELETE FROM operation WHERE id NOT IN (SELECT DISTINCT operation_id FROM operation_count)",
    );
    this.countOperations = db.prepare("SELECT COUNT(*) AS total FROM operation");
  }

  /** Operations stored now, including those of earlier runs. */
  operationCount(): number {
    return (this.countOperations.get() as { total: number }).total;
  }

  /** Writes the batch; returns how many new operations did not fit under the operation bound. */
  write(batch: UsageBatch, now = Date.now()): number {
    return this.db.transaction(() => {
      let room = this.bounds.maxOperations - this.operationCount();
      let refused = 0;
      for (const operation of batch.operations) {
        if (room <= 0) {
          refused += 1;
          continue;
        }
        const added = this.insertOperation.run(
          operation.id,
          operation.documentHash,
          operation.name,
          operation.type,
          operation.signature,
          now,
        );
        if (added.changes === 0) continue;
        room -= 1;
        for (const coordinate of operation.coordinates) this.insertCoordinate.run(operation.id, coordinate);
      }
      for (const count of batch.counts) this.addCount.run(count);
      this.expireCounts.run(hourOf(now - this.bounds.retentionMs));
      this.dropUncounted.run();
      return refused;
    })();
  }

  close(): void {
    this.db.close();
  }
}
