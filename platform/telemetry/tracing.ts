/**
 * Spans this project creates itself (subgraph fetches, DataLoader batches, SQL statements) and the trace id the log
 * lines carry. While tracing is off these helpers run the work directly, so the request path pays nothing.
 */
import {
  type Attributes,
  context,
  propagation,
  type Span,
  type SpanContext,
  SpanStatusCode,
  trace,
} from "@opentelemetry/api";

const tracer = trace.getTracer("china-latam-federation");
let started = false;

export function markTracingStarted(): void {
  started = true;
}

export function tracingStarted(): boolean {
  return started;
}

function fail(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR });
}

/** Runs `work` inside an active span named `name`; the span ends when the work (or its promise) settles. */
export function inSpan<T>(name: string, attributes: Attributes, work: () => T): T {
  if (!started) return work();
  return tracer.startActiveSpan(name, { attributes }, (span) => {
    let result: T;
    try {
      result = work();
    } catch (error) {
      fail(span, error);
      span.end();
      throw error;
    }
    if (result instanceof Promise) {
      return result.then(
        (value) => {
          span.end();
          return value;
        },
        (error: unknown) => {
          fail(span, error);
          span.end();
          throw error;
        },
      ) as T;
    }
    span.end();
    return result;
  });
}

/** Sets attributes on the span that is active now (the HTTP server span of a request), if any. */
export function annotateActiveSpan(attributes: Attributes): void {
  if (started) trace.getActiveSpan()?.setAttributes(attributes);
}

/** The active span itself, to annotate or link to later; undefined while tracing is off. */
export function activeSpan(): Span | undefined {
  return started ? trace.getActiveSpan() : undefined;
}

/** Links the active span to `linked` (a span of another trace that did this span's work) and annotates it. */
export function linkActiveSpan(linked: SpanContext | undefined, attributes: Attributes): void {
  const span = activeSpan();
  if (!span) return;
  if (linked && trace.isSpanContextValid(linked)) span.addLink({ context: linked });
  span.setAttributes(attributes);
}

/** The trace id of the active span, for log lines; undefined while tracing is off. */
export function activeTraceId(): string | undefined {
  if (!started) return undefined;
  const context = trace.getActiveSpan()?.spanContext();
  return context && trace.isSpanContextValid(context) ? context.traceId : undefined;
}

/**
 * `headers` plus the W3C `traceparent` (and `tracestate`) of the active span, for an HTTP client the SDK does not
 * instrument (the gateway calls subgraphs with undici's Pool); unchanged while tracing is off.
 */
export function withTraceContext<T extends Record<string, string>>(headers: T): T {
  if (!started) return headers;
  const carrier = { ...headers };
  propagation.inject(context.active(), carrier);
  return carrier;
}
