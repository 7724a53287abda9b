/** Cursor pagination (first/after, pageInfo, totalCount) shared by every list that can grow. */
import { ArgsType, type ClassType, Directive, Field, Int, ObjectType } from "type-graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../platform/pageSize.js";
import { PUBLIC_TAG } from "./contractTags.js";
import { badUserInput } from "./errors.js";
import { type Order, type OrderFields, orderKey, sortRecords } from "./ordering.js";

@ObjectType({ description: "Relay-style page information." })
@Directive("@shareable")
@Directive(PUBLIC_TAG)
export class PageInfo {
  @Field(() => Boolean, { description: "Whether more items follow this page." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "Whether items precede this page." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge on this page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge on this page; pass it as `after`." })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 0 to ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Return items after this cursor (an `endCursor`)." })
  after?: string | null;
}

export interface Page {
  offset: number;
  limit: number;
  /** The `orderBy` the page is cut from (`null`: article order), written into its cursors. */
  order?: string | null;
}

/** Page arguments plus the connection's `orderBy`, when it takes one. */
export type OrderedPageArgs = PageArgs & { orderBy?: Order | null };

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

const CURSOR_PREFIX = "offset:";

/**
 * A cursor is an offset into one ordering: `offset:N` in article order, `offset:N@FIELD:DIRECTION` otherwise, so a
 * cursor used with another `orderBy` than the page it came from is refused instead of silently skipping items.
 */
export function encodeCursor(offset: number, order: string | null = null): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}${order ? `@${order}` : ""}`, "utf8").toString("base64url");
}

function decodeCursor(cursor: string, order: string | null): number {
  const decoded = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, "base64url").toString("utf8") : "";
  const match = /^offset:(\d{1,9})(?:@([A-Z_]+:(?:ASC|DESC)))?$/.exec(decoded);
  if (!match) throw badUserInput(`"${cursor}" is not a cursor returned by this API`, "after");
  const cursorOrder = match[2] ?? null;
  if (cursorOrder !== order) {
    const describe = (key: string | null) => (key ? `orderBy ${key.replace(":", " ")}` : "article order");
    throw badUserInput(
      `"${cursor}" is a cursor of a page in ${describe(cursorOrder)}, not ${describe(order)}: page with the same orderBy`,
      "after",
    );
  }
  return Number(match[1]);
}

export function pageFromArgs({ first, after, orderBy }: OrderedPageArgs): Page {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`, "first");
  }
  const order = orderKey(orderBy);
  const offset = after == null ? 0 : decodeCursor(after, order) + 1;
  return { offset, limit, order };
}

export function toConnection<T>(nodes: T[], totalCount: number, page: Page): ConnectionShape<T> {
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(page.offset + index, page.order), node }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: page.offset + nodes.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Declares `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function connectionType<T extends object>(nodeType: ClassType<T> | (abstract new () => T), name: string) {
  @ObjectType(`${name}Edge`, { description: `An edge in a page of ${name} items.` })
  @Directive(PUBLIC_TAG)
  class EdgeType {
    @Field(() => String, { description: "Opaque cursor of this edge." })
    cursor!: string;

    @Field(() => nodeType, { description: "The item at this edge." })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  @Directive(PUBLIC_TAG)
  class ConnectionType {
    @Field(() => [EdgeType], { description: "Edges of this page, each with its cursor." })
    edges!: EdgeType[];

    @Field(() => [nodeType], { description: "The nodes of `edges`, for clients that need no cursors." })
    nodes!: T[];

    @Field(() => PageInfo, { description: "Where this page sits in the whole list." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "Number of items matching the filters, across all pages." })
    totalCount!: number;
  }

  return ConnectionType;
}

/**
 * A page of a relation loaded whole for every parent at once (one batched statement per relation, however many
 * parents), filtered, sorted (when the connection takes `orderBy`) and cut in memory: nested connections cost no more
 * statements than the lists they replace.
 */
export function connectionOf<T extends object>(
  records: readonly T[],
  args: OrderedPageArgs,
  keep: (record: T) => boolean = () => true,
  orderFields?: OrderFields,
) {
  const page = pageFromArgs(args);
  const matching = records.filter(keep);
  const sorted = orderFields ? sortRecords(matching, args.orderBy, orderFields) : matching;
  return toConnection(sorted.slice(page.offset, page.offset + page.limit), sorted.length, page);
}
