/** Reads the usage store: each operation recorded in a period, what it touches, how often and from which clients. */
import { hourOf, openUsageDb } from "./usageStore.js";

export interface ClientRequests {
  name: string;
  version: string;
  requests: number;
}

export interface RecordedOperationUsage {
  id: string;
  documentHash: string;
  name: string | null;
  type: string;
  /** The operation with literals hidden. */
  signature: string;
  coordinates: ReadonlySet<string>;
  requests: number;
  clients: ClientRequests[];
}

export interface RecordedUsage {
  path: string;
  /** Start of the period (unix ms), rounded down to the hour the counts are kept by. */
  since: number;
  operations: RecordedOperationUsage[];
  requests: number;
}

interface CountRow {
  id: string;
  document_hash: string;
  name: string | null;
  type: string;
  signature: string;
  client_name: string;
  client_version: string;
  requests: number;
}

export function readRecordedUsage(path: string, since: number): RecordedUsage {
  const db = openUsageDb(path, { readonly: true });
  try {
    const fromHour = hourOf(since);
    const rows = db
      .prepare(
        "SELECT o.id, o.document_hash, o.name, o.type, o.signature, c.client_name, c.client_version, " +
          "SUM(c.count) AS requests FROM operation o JOIN operation_count c ON c.operation_id = o.id " +
          "WHERE c.hour >= ? GROUP BY o.id, c.client_name, c.client_version ORDER BY o.name, o.id, requests DESC",
      )
      .all(fromHour) as CountRow[];
    const coordinates = new Map<string, Set<string>>();
    for (const row of db.prepare("SELECT operation_id, coordinate FROM operation_coordinate").all() as {
      operation_id: string;
      coordinate: string;
    }[]) {
      const set = coordinates.get(row.operation_id) ?? new Set<string>();
      set.add(row.coordinate);
      coordinates.set(row.operation_id, set);
    }
    const operations = new Map<string, RecordedOperationUsage>();
    for (const row of rows) {
      let operation = operations.get(row.id);
      if (!operation) {
        operation = {
          id: row.id,
          documentHash: row.document_hash,
          name: row.name,
          type: row.type,
          signature: row.signature,
          coordinates: coordinates.get(row.id) ?? new Set(),
          requests: 0,
          clients: [],
        };
        operations.set(row.id, operation);
      }
      operation.requests += row.requests;
      operation.clients.push({ name: row.client_name, version: row.client_version, requests: row.requests });
    }
    const all = [...operations.values()];
    return { path, since: fromHour * 3_600_000, operations: all, requests: all.reduce((n, o) => n + o.requests, 0) };
  } finally {
    db.close();
  }
}

/** `web 2.1` / `web` / `(no client name)`: how reports name a client. */
export function clientLabel(client: { name: string; version: string }): string {
  const name = client.name || "(no client name)";
  return client.version ? `${name} ${client.version}` : name;
}

/** `SecretCountries [3fa2c1d0]`: the operation's name and the start of its id, which tells same-named ones apart. */
export function operationLabel(operation: { name: string | null; id: string }): string {
  return `${operation.name ?? "(anonymous)"} [${operation.id.slice(0, 8)}]`;
}
