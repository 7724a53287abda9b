/**
 * The drain before a service stops: once SIGTERM arrives, readiness answers 503 so a load balancer stops sending,
 * while the listener keeps serving for SHUTDOWN_DRAIN_DELAY_MS and every response says `Connection: close`, so
 * clients holding keep-alive connections reconnect elsewhere instead of finding a closed socket.
 */
import type { RequestHandler } from "express";

export class DrainState {
  private started = false;

  get draining(): boolean {
    return this.started;
  }

  begin(): void {
    this.started = true;
  }

  readonly closeConnections: RequestHandler = (_req, res, next) => {
    if (this.started) res.setHeader("Connection", "close");
    next();
  };
}
