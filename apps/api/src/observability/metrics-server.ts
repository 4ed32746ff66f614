import { createServer, type Server } from 'node:http';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { bearerMatches } from './metrics-access.js';
import { Metrics } from './metrics.js';
import { OBSERVABILITY_CONFIG, type ObservabilityConfig } from './observability.config.js';

/** With METRICS_PORT: `/metrics` on a listener of its own (METRICS_HOST, loopback by default), never on the public port. */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private server: Server | null = null;

  constructor(
    private readonly metrics: Metrics,
    @Inject(OBSERVABILITY_CONFIG) private readonly config: ObservabilityConfig,
  ) {}

  /** The port it listens on (METRICS_PORT=0 in tests picks a free one). */
  get port(): number | null {
    const address = this.server?.address();
    return address && typeof address === 'object' ? address.port : null;
  }

  async onApplicationBootstrap(): Promise<void> {
    const { enabled, port, host, token } = this.config.metrics;
    if (!enabled || port === null) return;
    const server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (req.method !== 'GET' || path !== '/metrics') {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Kun GET /metrics.');
        return;
      }
      if (!bearerMatches(req.headers.authorization, token)) {
        res.writeHead(401, { 'www-authenticate': 'Bearer realm="metrics"' }).end();
        return;
      }
      this.metrics.render().then(
        ({ contentType, body }) => res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' }).end(body),
        (error: unknown) => {
          this.logger.error(`Metrikker kunne ikke laves: ${error instanceof Error ? error.message : String(error)}`);
          res.writeHead(500).end();
        },
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(new Error(`METRICS_PORT ${port} på ${host}: ${error.code === 'EADDRINUSE' ? 'porten er allerede i brug' : error.message}`)),
      );
      server.listen(port, host, () => resolve());
    });
    this.server = server;
    this.logger.log(`Metrikker på http://${host}:${this.port}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
