import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { bearerMatches } from './metrics-access.js';
import { Metrics } from './metrics.js';
import { OBSERVABILITY_CONFIG, type ObservabilityConfig } from './observability.config.js';

/** GET /metrics on the public port (METRICS with METRICS_TOKEN): Prometheus text for the bearer of the token only. */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    @Inject(OBSERVABILITY_CONFIG) private readonly config: ObservabilityConfig,
  ) {}

  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    if (!bearerMatches(authorization, this.config.metrics.token)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      res.status(401).type('text/plain; charset=utf-8').send('Metrikker kræver METRICS_TOKEN som bearer-token.');
      return;
    }
    const { contentType, body } = await this.metrics.render();
    res.status(200).type(contentType).send(body);
  }
}
