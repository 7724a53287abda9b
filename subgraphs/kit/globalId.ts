/**
 * Opaque global ids (`Node.id`): the type name and the record's handle, base64url-encoded. Inside a subgraph every
 * record keeps its handle (the readable slug or ISO code); only the GraphQL boundary sees global ids.
 */
const SEPARATOR = ":";
const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;

export interface GlobalIdParts {
  type: string;
  handle: string;
}

export function encodeGlobalId(type: string, handle: string): string {
  return Buffer.from(`${type}${SEPARATOR}${handle}`, "utf8").toString("base64url");
}

/** The type and handle an id encodes; null for anything this API did not issue. */
export function decodeGlobalId(id: string): GlobalIdParts | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(id)) return null;
  const decoded = Buffer.from(id, "base64url").toString("utf8");
  const separator = decoded.indexOf(SEPARATOR);
  if (separator < 1) return null;
  const type = decoded.slice(0, separator);
  const handle = decoded.slice(separator + 1);
  if (!TYPE_NAME.test(type) || handle.length === 0) return null;
  // Only canonical encodings: another spelling of the same bytes is not an id this API issued.
  if (encodeGlobalId(type, handle) !== id) return null;
  return { type, handle };
}

/** The handle of an id of `type`, or null when the id is malformed or names another type. */
export function handleOfType(type: string, id: string): string | null {
  const parts = decodeGlobalId(id);
  return parts?.type === type ? parts.handle : null;
}
