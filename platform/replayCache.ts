/**
 * Signatures seen within their validity window, so a captured request cannot be sent again. Bounded: when full of
 * unexpired entries it refuses new ones (only the gateway can add entries, so a full cache means the window or the
 * bound is too small for the traffic, never an attack). One cache per process: replicas behind a load balancer
 * each keep their own, so a replay sent to another replica within the window is not caught (see README).
 */
export type ReplayVerdict = "fresh" | "replayed" | "full";

export class ReplayCache {
  // Insertion order is close to expiry order (timestamps arrive roughly in order), so expired entries sit in front.
  private readonly expiries = new Map<string, number>();

  constructor(readonly maxEntries: number) {}

  admit(key: string, expiresAt: number, now: number): ReplayVerdict {
    this.sweep(now);
    if (this.expiries.has(key)) return "replayed";
    if (this.expiries.size >= this.maxEntries) return "full";
    this.expiries.set(key, expiresAt);
    return "fresh";
  }

  get size(): number {
    return this.expiries.size;
  }

  private sweep(now: number): void {
    for (const [key, expiresAt] of this.expiries) {
      if (expiresAt >= now) return;
      this.expiries.delete(key);
    }
  }
}
