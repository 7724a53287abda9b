/**
 * Messages that quote a client's value (graphql-js coercion errors, a subgraph's BAD_USER_INPUT) keep at most
 * ECHO_LIMIT characters of it: a 900 KB variable must not come back whole. A quoted string, or a run of characters
 * with no space, longer than the limit is cut there and marked with "…". One linear pass, whatever the input.
 */
export const ECHO_LIMIT = 100;

export function truncateEchoes(message: string): string {
  if (message.length <= ECHO_LIMIT) return message;
  let out = "";
  let run = 0;
  let quoted = false;
  for (const character of message) {
    const boundary = character === '"' || (!quoted && /\s/.test(character));
    if (character === '"') quoted = !quoted;
    if (boundary) {
      run = 0;
      out += character;
      continue;
    }
    run += 1;
    if (run <= ECHO_LIMIT) out += character;
    else if (run === ECHO_LIMIT + 1) out += "…";
  }
  return out;
}
