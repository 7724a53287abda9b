/** Single lookups (`engagement(id:)`, `engagement(handle:)`): by global id or by readable handle, exactly one. */
import { badUserInput } from "./errors.js";
import { handleOfType } from "./globalId.js";

/** The handle to load, or null when `id` is not an id of `type` (an unknown id is not an error). */
export function lookupHandle(type: string, id: string | null | undefined, handle: string | null | undefined) {
  if ((id == null) === (handle == null)) throw badUserInput("give exactly one of `id` and `handle`", "id");
  return id != null ? handleOfType(type, id) : (handle as string);
}

export async function loadByIdOrHandle<T>(
  type: string,
  id: string | null | undefined,
  handle: string | null | undefined,
  load: (handle: string) => Promise<T | null>,
): Promise<T | null> {
  const wanted = lookupHandle(type, id, handle);
  return wanted === null ? null : load(wanted);
}

/** An `…Id` filter argument: the handle behind a global id of `type`; anything else is the caller's error. */
export function idArgument(type: string, id: string | null | undefined, argumentName: string): string | null {
  if (id == null) return null;
  const handle = handleOfType(type, id);
  if (handle === null)
    throw badUserInput(`"${id.slice(0, 100)}" is not the id of a ${type} (pass its \`id\`)`, argumentName);
  return handle;
}
