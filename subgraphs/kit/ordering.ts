/**
 * `orderBy` for connections, one pattern everywhere: an input `{ field, direction }` whose `field` enum starts with
 * `ARTICLE_ORDER` (the default: the order the article gives) and names record fields to sort by; ties keep article
 * order. Root connections sort in SQL, nested ones in memory, by the same record field.
 */
import { Field, InputType, registerEnumType } from "type-graphql";

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}

registerEnumType(OrderDirection, {
  name: "OrderDirection",
  description: "Sort direction of an `orderBy`.",
  valuesConfig: {
    ASC: { description: "Ascending: A to Z, article order." },
    DESC: { description: "Descending: Z to A, reverse article order." },
  },
});

export const ARTICLE_ORDER = "ARTICLE_ORDER";

export interface Order {
  field: string;
  direction: OrderDirection;
}

/** The record field each `…OrderField` value sorts by (`null`: article order); `countryCodes[0]`: a list's first item. */
export type OrderFields = Record<string, string | null>;

/**
 * Declares `<Type>OrderField` (`ARTICLE_ORDER` plus one value per record field) and `<Type>Order`, the input of
 * `orderBy`. `fields` maps each value but ARTICLE_ORDER to the record field it sorts by, with a description.
 */
export function orderInput(type: string, fields: Record<string, { field: string; description: string }>) {
  const values = { [ARTICLE_ORDER]: ARTICLE_ORDER, ...Object.fromEntries(Object.keys(fields).map((k) => [k, k])) };
  registerEnumType(values, {
    name: `${type}OrderField`,
    description: `What to sort ${type} items by.`,
    valuesConfig: {
      [ARTICLE_ORDER]: { description: "The order the article gives (by the first paragraph cited); the default." },
      ...Object.fromEntries(Object.entries(fields).map(([value, { description }]) => [value, { description }])),
    },
  });

  @InputType(`${type}Order`, { description: `How to sort ${type} items; ties keep article order.` })
  class OrderInput implements Order {
    @Field(() => values, { description: "What to sort by." })
    field!: string;

    @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "Which way; ascending by default." })
    direction!: OrderDirection;
  }

  const recordFields: OrderFields = {
    [ARTICLE_ORDER]: null,
    ...Object.fromEntries(Object.entries(fields).map(([value, { field }]) => [value, field])),
  };
  return { OrderInput, recordFields };
}

/** The order as a cursor writes it (`NAME:DESC`); `null` for article order, the default. */
export function orderKey(order: Order | null | undefined): string | null {
  if (!order || (order.field === ARTICLE_ORDER && order.direction !== OrderDirection.DESC)) return null;
  return `${order.field}:${order.direction === OrderDirection.DESC ? "DESC" : "ASC"}`;
}

/** SQL ORDER BY for a record table (the record is JSON in `record`, article order in `position`), ignoring case. */
export function orderBySql(order: Order | null | undefined, recordFields: OrderFields): string {
  const field = order ? recordFields[order.field] : null;
  const direction = order?.direction === OrderDirection.DESC ? "DESC" : "ASC";
  if (!field) return `position ${direction}`;
  return `json_extract(record, '$.${field}') COLLATE NOCASE ${direction}, position`;
}

/**
 * The records sorted as `orderBy` asks, in memory, ignoring case like `orderBySql` (`COLLATE NOCASE`: "currency swaps"
 * sorts beside "China…", not after every capital); a stable sort keeps article order among ties.
 */
export function sortRecords<T extends object>(
  records: readonly T[],
  order: Order | null | undefined,
  recordFields: OrderFields,
): T[] {
  const field = order ? recordFields[order.field] : null;
  const sign = order?.direction === OrderDirection.DESC ? -1 : 1;
  if (!field) return sign === 1 ? [...records] : [...records].reverse();
  const [name, index] = field.split(/[[\]]/);
  const value = (record: T) => (record as Record<string, unknown>)[name as string];
  const item = (record: T) => (index ? (value(record) as unknown[] | null)?.[Number(index)] : value(record));
  const key = (record: T) => String(item(record) ?? "").toLowerCase();
  return [...records].sort((a, b) => sign * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
