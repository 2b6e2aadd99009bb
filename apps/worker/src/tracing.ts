/**
 * OpenTelemetry tracing for the worker, off unless OTEL_ENABLED=true or an OTLP endpoint is set
 * (ADR 0022; the API's apps/api/src/tracing.ts has the same switch). main.ts imports it first, so
 * pg and ioredis are instrumented before they load; the SDK is required only when switched on.
 * Each job is a span (`job <name>`, see JobRegistry.dispatch) with its PostgreSQL queries and
 * Redis commands inside; BullMQ's own polling outside a job is not traced (requireParentSpan).
 * pg records SQL text without parameters; Redis spans carry the command name only.
 */
import type { SpanProcessor } from '@opentelemetry/sdk-trace';

export interface TracingHandle {
  shutdown(): Promise<void>;
}

export function tracingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const flag = env.OTEL_ENABLED?.trim().toLowerCase();
  return ['true', '1', 'yes', 'on'].includes(flag ?? '') || Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim());
}

export function startTracing(serviceName: string, processor?: SpanProcessor): TracingHandle {
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only when tracing is on */
  const api = require('@opentelemetry/api') as typeof import('@opentelemetry/api');
  const { AsyncLocalStorageContextManager } = require('@opentelemetry/context-async-hooks') as typeof import('@opentelemetry/context-async-hooks');
  const { W3CTraceContextPropagator } = require('@opentelemetry/core') as typeof import('@opentelemetry/core');
  const { resourceFromAttributes, defaultResource } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const sdk = require('@opentelemetry/sdk-trace') as typeof import('@opentelemetry/sdk-trace');
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { registerInstrumentations } = require('@opentelemetry/instrumentation') as typeof import('@opentelemetry/instrumentation');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const { IORedisInstrumentation } = require('@opentelemetry/instrumentation-ioredis') as typeof import('@opentelemetry/instrumentation-ioredis');
  /* eslint-enable @typescript-eslint/no-require-imports */

  const delay = Number(process.env.OTEL_BSP_SCHEDULE_DELAY) || 5000;
  const ratio = Number(process.env.OTEL_TRACES_SAMPLER_ARG);
  const provider = new sdk.TracerProvider({
    resource: defaultResource().merge(resourceFromAttributes({ 'service.name': process.env.OTEL_SERVICE_NAME || serviceName })),
    sampler: new sdk.ParentBasedSampler({ root: new sdk.TraceIdRatioBasedSampler(ratio >= 0 && ratio <= 1 ? ratio : 1) }),
    spanProcessors: [processor ?? new sdk.BatchSpanProcessor({ exporter: new OTLPTraceExporter(), scheduledDelayMillis: delay })],
  });
  api.context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  api.propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  api.trace.setGlobalTracerProvider(provider);
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true }),
      new IORedisInstrumentation({ requireParentSpan: true, dbStatementSerializer: (command) => command }),
    ],
  });
  return { shutdown: () => provider.shutdown() };
}

export const tracing: TracingHandle | null = tracingEnabled() ? startTracing('act-worker') : null;
