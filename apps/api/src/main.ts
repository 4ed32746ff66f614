import { startTracingIfConfigured } from './observability/tracing-switch.js';

// Tracing (only when the OTEL_* variables ask for it) must start before http, pg and graphql are loaded,
// so the server is imported after it.
await startTracingIfConfigured('vejviser-api');
await import('./server.js');
