/** An error in the check's own inputs (bad flag, unreadable or malformed file): the check could not run (exit 2). */
export class CheckInputError extends Error {
  override name = "CheckInputError";
}
