/**
 * Whether the standard OTEL_* variables ask for traces: an OTLP endpoint or a traces exporter other
 * than `none`, and OTEL_SDK_DISABLED not true. Kept free of OpenTelemetry imports so a default start
 * loads none of it.
 */
export function tracingConfigured(env: NodeJS.ProcessEnv): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  const exporters = (env.OTEL_TRACES_EXPORTER ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (exporters.includes('none')) return false;
  if (exporters.length) return true;
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim());
}

let flush: () => Promise<void> = () => Promise.resolve();

/** Starts tracing before the app's modules load (so http, pg and graphql can be instrumented); a no-op unless configured. */
export async function startTracingIfConfigured(serviceName: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!tracingConfigured(env)) return;
  const { startTracing } = await import('./tracing.js');
  flush = startTracing(serviceName, env);
}

/** Sends the spans not yet exported (before the process exits). */
export function flushTracing(): Promise<void> {
  return flush();
}
