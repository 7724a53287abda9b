/** One request, its answer, and whether several targets answer the same JSON. */
import { createHash } from "node:crypto";
import { isDeepStrictEqual } from "node:util";

export interface Answer {
  raw: string;
  json: unknown;
  status: number;
}

export async function ask(url: string, body: string): Promise<Answer> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const raw = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = raw;
  }
  return { raw, json, status: response.status };
}

/** The first target whose answer differs from the first target's, or a GraphQL error anywhere; undefined: all agree. */
export function disagreement(answers: Record<string, Answer>): string | undefined {
  const entries = Object.entries(answers);
  for (const [target, answer] of entries) {
    const errors = (answer.json as { errors?: unknown[] } | undefined)?.errors;
    if (answer.status !== 200 || errors)
      return `${target} answered ${answer.status} ${JSON.stringify(errors ?? answer.raw).slice(0, 300)}`;
  }
  const [first, ...rest] = entries;
  for (const [target, answer] of rest) {
    if (first && !isDeepStrictEqual(answer.json, first[1].json)) {
      return `${target} and ${first[0]} answer differently: ${answer.raw.slice(0, 200)} … vs ${first[1].raw.slice(0, 200)} …`;
    }
  }
  return undefined;
}

/** Objects in an answer's data: the rows a list-heavy operation returns. */
export function objectCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + objectCount(item), 0);
  if (value && typeof value === "object") {
    return 1 + Object.values(value).reduce((sum: number, item) => sum + objectCount(item), 0);
  }
  return 0;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, item]) => [key, canonical(item)]),
    );
  }
  return value;
}

/** SHA-256 of the answer's JSON with keys sorted: equal fingerprints, equal answers (recorded in the results file). */
export function fingerprint(answer: Answer): string {
  return createHash("sha256")
    .update(JSON.stringify(canonical(answer.json)))
    .digest("hex")
    .slice(0, 16);
}
