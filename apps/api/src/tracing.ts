/**
 * OpenTelemetry tracing, off unless OTEL_ENABLED=true or OTEL_EXPORTER_OTLP_ENDPOINT is set (ADR
 * 0022). Must run before express, pg, ioredis and graphql are loaded: main.ts imports it first.
 * The SDK is required only when switched on, so a process without tracing loads none of it.
 *
 * Spans go by OTLP/HTTP to OTEL_EXPORTER_OTLP_ENDPOINT (the exporter reads the standard OTEL_*
 * variables: endpoint, headers, timeout). What could hold citizen data is kept out of them: the
 * GraphQL document (`graphql.source`: a literal argument may be a CPR number), query strings and
 * full URLs (SSO codes), a calendar feed's secret path, Redis arguments; resolver arguments are
 * never recorded (allowValues false) and pg records the SQL text without its parameters.
 */
import type { SpanProcessor } from '@opentelemetry/sdk-trace';

/** Span attributes that must never leave the process. */
export const DROPPED_ATTRIBUTES = ['graphql.source', 'url.query', 'url.full', 'http.url', 'http.target', 'db.query.parameter'];

export interface TracingHandle {
  shutdown(): Promise<void>;
}

export function tracingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const flag = env.OTEL_ENABLED?.trim().toLowerCase();
  return ['true', '1', 'yes', 'on'].includes(flag ?? '') || Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim());
}

/**
 * Starts tracing for `serviceName` with the API's instrumentations (HTTP, Express, GraphQL, pg,
 * ioredis). `processor` replaces the OTLP exporter (tests).
 */
export function startTracing(serviceName: string, processor?: SpanProcessor): TracingHandle {
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only when tracing is on */
  const api = require('@opentelemetry/api') as typeof import('@opentelemetry/api');
  const { AsyncLocalStorageContextManager } = require('@opentelemetry/context-async-hooks') as typeof import('@opentelemetry/context-async-hooks');
  const { W3CTraceContextPropagator } = require('@opentelemetry/core') as typeof import('@opentelemetry/core');
  const { resourceFromAttributes, defaultResource } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const sdk = require('@opentelemetry/sdk-trace') as typeof import('@opentelemetry/sdk-trace');
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { registerInstrumentations } = require('@opentelemetry/instrumentation') as typeof import('@opentelemetry/instrumentation');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { ExpressInstrumentation } = require('@opentelemetry/instrumentation-express') as typeof import('@opentelemetry/instrumentation-express');
  const { GraphQLInstrumentation } = require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const { IORedisInstrumentation } = require('@opentelemetry/instrumentation-ioredis') as typeof import('@opentelemetry/instrumentation-ioredis');
  /* eslint-enable @typescript-eslint/no-require-imports */

  const delay = Number(process.env.OTEL_BSP_SCHEDULE_DELAY) || 5000;
  const inner = processor ?? new sdk.BatchSpanProcessor({ exporter: new OTLPTraceExporter(), scheduledDelayMillis: delay });
  const ratio = Number(process.env.OTEL_TRACES_SAMPLER_ARG);
  const provider = new sdk.TracerProvider({
    resource: defaultResource().merge(resourceFromAttributes({ 'service.name': process.env.OTEL_SERVICE_NAME || serviceName })),
    sampler: new sdk.ParentBasedSampler({ root: new sdk.TraceIdRatioBasedSampler(ratio >= 0 && ratio <= 1 ? ratio : 1) }),
    spanProcessors: [scrubbing(inner)],
  });
  api.context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  api.propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  api.trace.setGlobalTracerProvider(provider);
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        // Probes every few seconds are noise.
        ignoreIncomingRequestHook: (req) => (req.url ?? '').startsWith('/health'),
        startIncomingSpanHook: (req) => ({ 'url.path': tracedPath(req.url) }),
      }),
      new ExpressInstrumentation(),
      new GraphQLInstrumentation({ allowValues: false, mergeItems: true, ignoreTrivialResolveSpans: true, depth: 2 }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
      new IORedisInstrumentation({ dbStatementSerializer: (command) => command }),
    ],
  });
  return { shutdown: () => provider.shutdown() };
}

/** The path as spans may show it: no query, and a calendar feed's secret address hidden. */
function tracedPath(url: string | undefined): string {
  const path = (url ?? '/').split('?')[0];
  return path.startsWith('/calendar/') ? '/calendar/:feed' : path;
}

/** Drops DROPPED_ATTRIBUTES from every span before `inner` (the exporter) sees it. */
function scrubbing(inner: SpanProcessor): SpanProcessor {
  return {
    onStart: (span, parent) => inner.onStart(span, parent),
    onEnd: (span) => {
      const attributes = span.attributes as Record<string, unknown>;
      for (const key of DROPPED_ATTRIBUTES) delete attributes[key];
      inner.onEnd(span);
    },
    forceFlush: () => inner.forceFlush(),
    shutdown: () => inner.shutdown(),
  };
}

// The entry point's first import: switched on by the environment, before anything is loaded.
export const tracing: TracingHandle | null = tracingEnabled() ? startTracing('act-api') : null;
