/** The limits an operation must meet before the gateway plans it, and the stable error code of each rejection. */
import { RequestRejection } from "../errors/requestRejection.js";

export interface OperationLimits {
  /** UTF-8 bytes of the `query` string. */
  maxDocumentBytes: number;
  /** Lexical tokens of the document, counted with graphql-js's lexer before anything is parsed. */
  maxTokens: number;
  /** Nested selection levels, counted through fragments. */
  maxDepth: number;
  /** Aliased fields per operation, counted through fragments. */
  maxAliases: number;
  /** Top-level fields per operation, counted through fragments and inline fragments. */
  maxRootFields: number;
  /** graphql-armor's cost estimate (objects, scalars, depth factor, `first`/`last` multipliers). */
  maxCost: number;
  /** Directive uses per operation, counted through fragments. */
  maxDirectives: number;
  /** Operations in one JSON array request; 0 turns batching off. */
  maxBatchOperations: number;
}

export const LIMIT_CODES = {
  documentBytes: "DOCUMENT_TOO_LARGE",
  tokens: "TOKEN_LIMIT_EXCEEDED",
  depth: "DEPTH_LIMIT_EXCEEDED",
  aliases: "ALIAS_LIMIT_EXCEEDED",
  rootFields: "ROOT_FIELD_LIMIT_EXCEEDED",
  cost: "COST_LIMIT_EXCEEDED",
  directives: "DIRECTIVE_LIMIT_EXCEEDED",
  batch: "BATCH_LIMIT_EXCEEDED",
} as const;

export type LimitName = keyof typeof LIMIT_CODES;

/** An operation over one of the limits. */
export class OperationLimitError extends RequestRejection {
  constructor(
    readonly limit: LimitName,
    message: string,
  ) {
    super(LIMIT_CODES[limit], message);
    this.name = "OperationLimitError";
  }
}
