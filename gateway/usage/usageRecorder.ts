/**
 * Records which operations clients run. On the request path it only counts, in memory, by operation and client;
 * every flush interval (and on stop) it works out what new operations touch and writes the batch to the store.
 * Bounded: distinct operations and clients are capped, and so is the store (see usageWriter.ts).
 */
import { createHash } from "node:crypto";
import { usageReportingSignature } from "@apollo/utils.usagereporting";
import { type DocumentNode, type GraphQLSchema, separateOperations } from "graphql";
import { ConfigError } from "../../platform/env.js";
import type { Logger } from "../../platform/logger.js";
import { usedCoordinates } from "../../platform/schemaCoordinates.js";
import type { ClientIdentity } from "./clientIdentity.js";
import type { UsageBatch, UsageCount } from "./usageBatch.js";
import type { UsageConfig } from "./usageConfig.js";
import { hourOf, openUsageDb, UsageStoreError } from "./usageStore.js";
import { UsageWriter } from "./usageWriter.js";

export interface ResolvedOperation {
  /** sha256 of the document as sent (Apollo Server's queryHash). */
  documentHash: string;
  name: string | null;
  type: string;
  document: DocumentNode;
  schema: GraphQLSchema;
}

interface KnownOperation {
  id: string;
  /** Set until the operation has been written once. */
  pending?: ResolvedOperation;
}

const MAX_CLIENTS = 200;
const OTHER_CLIENT: ClientIdentity = { name: "(other)", version: "" };

export class UsageRecorder {
  private readonly writer: UsageWriter;
  private readonly known = new Map<string, KnownOperation>();
  private readonly clients = new Set<string>();
  private counts = new Map<string, UsageCount>();
  private dropped = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly config: UsageConfig,
    private readonly logger: Logger,
  ) {
    this.writer = new UsageWriter(openWritable(config.path), {
      retentionMs: config.retentionDays * 86_400_000,
      maxOperations: config.maxOperations,
    });
    this.timer = setInterval(() => this.flush(), config.flushIntervalMs);
    this.timer.unref();
  }

  /** Counts one request; cheap enough for the request path (map lookups, one string key). */
  record(operation: ResolvedOperation, client: ClientIdentity, now = Date.now()): void {
    const key = `${operation.documentHash}:${operation.name ?? ""}`;
    let known = this.known.get(key);
    if (!known) {
      if (this.known.size >= this.config.maxOperations) {
        this.dropped += 1;
        return;
      }
      const id = createHash("sha256").update(key).digest("hex");
      known = { id, pending: operation };
      this.known.set(key, known);
    }
    const who = this.admitClient(client);
    const hour = hourOf(now);
    const countKey = `${known.id}\n${who.name}\n${who.version}\n${hour}`;
    const count = this.counts.get(countKey);
    if (count) count.count += 1;
    else
      this.counts.set(countKey, {
        operationId: known.id,
        clientName: who.name,
        clientVersion: who.version,
        hour,
        count: 1,
      });
  }

  /** Writes what was counted since the last flush. Never throws: usage must not take the gateway down. */
  flush(): void {
    const batch = this.takeBatch();
    if (batch.operations.length === 0 && batch.counts.length === 0) return;
    try {
      const refused = this.writer.write(batch);
      if (refused > 0 || this.dropped > 0) {
        this.logger.warn(
          { refused: refused, droppedRequests: this.dropped, maxOperations: this.config.maxOperations },
          "usage store is full: new operations are not recorded (GATEWAY_USAGE_MAX_OPERATIONS)",
        );
        this.dropped = 0;
      }
    } catch (error) {
      this.logger.warn({ err: error, path: this.config.path }, "usage could not be written; this batch is lost");
    }
  }

  close(): void {
    clearInterval(this.timer);
    this.flush();
    this.writer.close();
  }

  private admitClient(client: ClientIdentity): ClientIdentity {
    const key = `${client.name}\n${client.version}`;
    if (this.clients.has(key)) return client;
    if (this.clients.size >= MAX_CLIENTS) return OTHER_CLIENT;
    this.clients.add(key);
    return client;
  }

  private takeBatch(): UsageBatch {
    const operations: UsageBatch["operations"] = [];
    for (const known of this.known.values()) {
      const pending = known.pending;
      if (!pending) continue;
      known.pending = undefined;
      const single = separateOperations(pending.document)[pending.name ?? ""] ?? pending.document;
      operations.push({
        id: known.id,
        documentHash: pending.documentHash,
        name: pending.name,
        type: pending.type,
        signature: usageReportingSignature(single, pending.name ?? ""),
        coordinates: [...usedCoordinates(pending.schema, single)].sort(),
      });
    }
    const counts = [...this.counts.values()];
    this.counts = new Map();
    return { operations, counts };
  }
}

/** A store path an operator chose that cannot be opened is a configuration error naming its variable. */
function openWritable(path: string) {
  try {
    return openUsageDb(path, { readonly: false });
  } catch (error) {
    if (error instanceof UsageStoreError) throw new ConfigError("GATEWAY_USAGE_STORE", error.message);
    throw error;
  }
}
