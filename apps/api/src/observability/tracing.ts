import { trace } from '@opentelemetry/api';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { useTraceIds } from './app-logger.js';
import { redactPath } from './redact.js';

/**
 * OpenTelemetry from the standard OTEL_* variables (exporter, endpoint, protocol, headers, sampler,
 * resource): server spans for HTTP, spans for GraphQL parse/validate/execute and root resolvers, and
 * for each PostgreSQL query (statement text without its values). Loaded by dynamic import only when
 * tracing is configured. Paths, query strings and client addresses are redacted as in the logs.
 */
export function startTracing(serviceName: string, env: NodeJS.ProcessEnv): () => Promise<void> {
  // This app exports only traces unless told otherwise (metrics are Prometheus, logs are stdout).
  env.OTEL_METRICS_EXPORTER ??= 'none';
  env.OTEL_LOGS_EXPORTER ??= 'none';
  env.OTEL_SERVICE_NAME ??= serviceName;
  const sdk = new NodeSDK({
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => /^\/(?:health(?:\/live|\/ready)?|metrics)(?:\?|$)/.test(request.url ?? ''),
        startIncomingSpanHook: (request) => {
          const url = request.url ?? '/';
          const search = url.indexOf('?');
          return {
            'url.path': redactPath(search === -1 ? url : url.slice(0, search)),
            ...(search === -1 ? {} : { 'url.query': '[fjernet]' }),
            'client.address': '[fjernet]',
            'network.peer.address': '[fjernet]',
          };
        },
        applyCustomAttributesOnSpan: (span, request) => {
          // Express's matched route pattern (`/bekraeft/:token`), or the GraphQL endpoint: a span name without tokens.
          const served = request as { route?: { path?: unknown }; originalUrl?: string; method?: string };
          const route = served.route?.path;
          const path = typeof route === 'string' ? route : served.originalUrl?.split('?')[0] === '/graphql' ? '/graphql' : null;
          if (!path || !served.method) return;
          span.setAttribute('http.route', path);
          span.updateName(`${served.method} ${path}`);
        },
      }),
      new GraphQLInstrumentation({ allowValues: false, mergeItems: true, ignoreTrivialResolveSpans: true, depth: 2 }),
      // Only queries made for a request: the job queue's polling would otherwise be a root span every second.
      new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true }),
    ],
  });
  sdk.start();
  useTraceIds(() => trace.getActiveSpan()?.spanContext().traceId);
  // Spans of the last seconds are sent before a signal ends the process (closeOnSignals waits for this).
  return () => sdk.shutdown().catch(() => undefined);
}
