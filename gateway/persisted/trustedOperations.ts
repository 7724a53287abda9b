/**
 * The verdict on one GraphQL request's document against the trusted-operation manifest: which text to run (a
 * manifest hash fills in its body), or which error to answer. Apollo Server's APQ cache does the rest.
 */
import { canonicalText, type PersistedQueryManifest, sha256Hex } from "./manifest.js";

export type PersistedOperationsMode = "allow" | "require";

export interface GraphQLParams {
  query?: unknown;
  extensions?: unknown;
}

export type Verdict =
  | { kind: "pass" }
  | { kind: "fill"; query: string }
  | { kind: "refuse"; status: number; code: string; message: string };

const SHA256_HEX = /^[0-9a-f]{64}$/;
const CANONICAL_MEMO_LIMIT = 1_000;

export const PERSISTED_CODES = {
  invalid: "PERSISTED_QUERY_INVALID",
  mismatch: "PERSISTED_QUERY_HASH_MISMATCH",
  notInList: "QUERY_NOT_IN_SAFELIST",
} as const;

const PASS: Verdict = { kind: "pass" };

function refuse(status: number, code: string, message: string): Verdict {
  return { kind: "refuse", status, code, message };
}

export class TrustedOperations {
  private readonly bodyById = new Map<string, string>();
  private readonly canonicalForms = new Set<string>();
  /** Canonical verdict by sha256 of the text: clients send the same few texts again and again. */
  private readonly trustedByTextHash = new Map<string, boolean>();

  constructor(
    manifest: PersistedQueryManifest,
    readonly mode: PersistedOperationsMode,
  ) {
    for (const operation of manifest.operations) {
      this.bodyById.set(operation.id, operation.body);
      const canonical = canonicalText(operation.body);
      if (canonical) this.canonicalForms.add(canonical);
    }
  }

  get size(): number {
    return this.bodyById.size;
  }

  /** Whether a text is a manifest document: by its hash, or by its canonical form. */
  isTrusted(query: string): boolean {
    const hash = sha256Hex(query);
    if (this.bodyById.has(hash)) return true;
    let trusted = this.trustedByTextHash.get(hash);
    if (trusted === undefined) {
      const canonical = canonicalText(query);
      trusted = canonical !== undefined && this.canonicalForms.has(canonical);
      if (this.trustedByTextHash.size >= CANONICAL_MEMO_LIMIT) this.trustedByTextHash.clear();
      this.trustedByTextHash.set(hash, trusted);
    }
    return trusted;
  }

  judge(params: GraphQLParams): Verdict {
    const query = typeof params.query === "string" ? params.query : undefined;
    const persisted = (params.extensions as { persistedQuery?: unknown } | undefined)?.persistedQuery;
    if (persisted === undefined) {
      if (this.mode === "allow" || query === undefined || this.isTrusted(query)) return PASS;
      return refuse(400, PERSISTED_CODES.notInList, "Only operations in the trusted-operation manifest run here.");
    }
    const { version, sha256Hash } = (persisted ?? {}) as { version?: unknown; sha256Hash?: unknown };
    if (version !== 1 || typeof sha256Hash !== "string" || !SHA256_HEX.test(sha256Hash)) {
      return refuse(
        400,
        PERSISTED_CODES.invalid,
        "extensions.persistedQuery must be { version: 1, sha256Hash: <64 lowercase hex digits> }.",
      );
    }
    if (query === undefined) {
      const body = this.bodyById.get(sha256Hash);
      // Unknown here: Apollo Server's APQ cache answers, or says PERSISTED_QUERY_NOT_FOUND so the client sends the text.
      return body === undefined ? PASS : { kind: "fill", query: body };
    }
    if (sha256Hex(query) !== sha256Hash) {
      return refuse(400, PERSISTED_CODES.mismatch, "extensions.persistedQuery.sha256Hash is not the sha256 of query.");
    }
    if (this.mode === "require" && !this.isTrusted(query)) {
      return refuse(400, PERSISTED_CODES.notInList, "Only operations in the trusted-operation manifest run here.");
    }
    return PASS;
  }
}
