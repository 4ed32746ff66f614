export interface MetricsConfig {
  /** METRICS: serve Prometheus metrics at all. */
  enabled: boolean;
  /** METRICS_TOKEN: `/metrics` on the public port answers only `Authorization: Bearer <token>`. */
  token: string | null;
  /** METRICS_PORT: serve `/metrics` on its own listener (METRICS_HOST, loopback by default) instead of the public port. */
  port: number | null;
  host: string;
}

export interface ObservabilityConfig {
  /** LOG_FORMAT: one JSON object per line (production default), or Nest's text for people. */
  logFormat: 'json' | 'text';
  metrics: MetricsConfig;
  /** OpenTelemetry tracing was started from the OTEL_* variables (see tracing-switch.ts). */
  tracing: boolean;
}

export const OBSERVABILITY_CONFIG = Symbol('OBSERVABILITY_CONFIG');

export const METRICS_OFF: ObservabilityConfig = {
  logFormat: 'text',
  metrics: { enabled: false, token: null, port: null, host: '127.0.0.1' },
  tracing: false,
};
