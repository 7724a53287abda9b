/**
 * Which fields of the API schema recorded operations used, how often and from which clients, and which nobody used.
 */
import { type GraphQLSchema, isInterfaceType, isIntrospectionType, isObjectType } from "graphql";
import { type ClientRequests, clientLabel, type RecordedUsage } from "../../gateway/usage/recordedUsage.js";

export interface UsedField {
  coordinate: string;
  requests: number;
  /** Clients by requests, most first. */
  clients: ClientRequests[];
  operations: string[];
}

export interface FieldUsageReport {
  used: UsedField[];
  unused: string[];
}

/** `Type.field` for every field of every object and interface type a client can select. */
export function schemaFields(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => (isObjectType(type) || isInterfaceType(type)) && !isIntrospectionType(type))
    .flatMap((type) =>
      Object.keys((type as { getFields(): object }).getFields()).map((field) => `${type.name}.${field}`),
    )
    .sort();
}

export function fieldUsage(schema: GraphQLSchema, usage: RecordedUsage): FieldUsageReport {
  const byField = new Map<
    string,
    { requests: number; clients: Map<string, ClientRequests>; operations: Set<string> }
  >();
  for (const operation of usage.operations) {
    for (const coordinate of operation.coordinates) {
      let entry = byField.get(coordinate);
      if (!entry) {
        entry = { requests: 0, clients: new Map(), operations: new Set() };
        byField.set(coordinate, entry);
      }
      entry.requests += operation.requests;
      entry.operations.add(operation.name ?? "(anonymous)");
      for (const client of operation.clients) {
        const key = clientLabel(client);
        const known = entry.clients.get(key) ?? { ...client, requests: 0 };
        known.requests += client.requests;
        entry.clients.set(key, known);
      }
    }
  }
  const fields = schemaFields(schema);
  return {
    used: fields
      .filter((field) => byField.has(field))
      .map((coordinate) => {
        const entry = byField.get(coordinate) as NonNullable<ReturnType<typeof byField.get>>;
        return {
          coordinate,
          requests: entry.requests,
          clients: [...entry.clients.values()].sort((a, b) => b.requests - a.requests),
          operations: [...entry.operations].sort(),
        };
      }),
    unused: fields.filter((field) => !byField.has(field)),
  };
}
