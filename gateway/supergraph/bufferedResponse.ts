/**
 * A subgraph's answer already read into memory, as the `FetcherResponse` @apollo/gateway's data source reads.
 * node-fetch's Response would wrap the text in a stream again and read it back through it for every caller (and
 * for every follower of a merged request); this one hands out the string it holds.
 */
import { STATUS_CODES } from "node:http";
import type { FetcherHeaders, FetcherResponse } from "@apollo/utils.fetcher";

/** Response headers by lower-case name; read-only in practice, mutable as the interface requires. */
export class BufferedHeaders implements FetcherHeaders {
  private readonly byName = new Map<string, string>();

  constructor(headers: Iterable<[string, string]> = []) {
    for (const [name, value] of headers) this.append(name, value);
  }

  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const existing = this.byName.get(key);
    this.byName.set(key, existing === undefined ? value : `${existing}, ${value}`);
  }

  delete(name: string): void {
    this.byName.delete(name.toLowerCase());
  }

  get(name: string): string | null {
    return this.byName.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  set(name: string, value: string): void {
    this.byName.set(name.toLowerCase(), value);
  }

  entries(): IterableIterator<[string, string]> {
    return this.byName.entries();
  }

  keys(): IterableIterator<string> {
    return this.byName.keys();
  }

  values(): IterableIterator<string> {
    return this.byName.values();
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.byName.entries();
  }
}

export interface BufferedResponseInit {
  status: number;
  headers: Iterable<[string, string]>;
  url: string;
}

export class BufferedResponse implements FetcherResponse {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly url: string;
  readonly redirected = false;
  readonly headers: BufferedHeaders;
  private used = false;

  constructor(
    private readonly body: string,
    init: BufferedResponseInit,
  ) {
    this.status = init.status;
    this.statusText = STATUS_CODES[init.status] ?? "";
    this.ok = init.status >= 200 && init.status < 300;
    this.url = init.url;
    this.headers = new BufferedHeaders(init.headers);
  }

  get bodyUsed(): boolean {
    return this.used;
  }

  /** The body, once, like a fetch Response's. */
  private consume(): string {
    if (this.used) throw new TypeError(`body used already for: ${this.url}`);
    this.used = true;
    return this.body;
  }

  async text(): Promise<string> {
    return this.consume();
  }

  async json(): Promise<unknown> {
    const text = this.consume();
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new SyntaxError(`invalid JSON response body: ${(error as Error).message}`);
    }
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(this.consume(), "utf8");
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  clone(): BufferedResponse {
    if (this.used) throw new TypeError(`cannot clone a used body: ${this.url}`);
    return new BufferedResponse(this.body, { status: this.status, headers: this.headers, url: this.url });
  }
}
