import { Global, Logger, Module, type DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { JobQueue } from '#core';
import { MailLog } from '#mail';
import { MetricsController } from './metrics.controller.js';
import { MetricsServer } from './metrics-server.js';
import { Metrics, NoMetrics, createMetrics, type MetricSources } from './metrics.js';
import { OBSERVABILITY_CONFIG, type ObservabilityConfig } from './observability.config.js';

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options: { max?: number };
}

function sources(dataSource: DataSource, jobs: JobQueue, mail: MailLog): MetricSources {
  return {
    jobCounts: () => jobs.counts(),
    mailCounts: () => mail.countByStatus(),
    pool: () => {
      const pool = (dataSource.driver as PostgresDriver).master as PgPool | undefined;
      if (!pool || typeof pool.totalCount !== 'number') return null;
      return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max ?? 10 };
    },
  };
}

/** Metrics (prom-client, loaded only with METRICS on) at /metrics on the public port with a token, or on METRICS_PORT. */
@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(config: ObservabilityConfig): DynamicModule {
    const { enabled, port } = config.metrics;
    return {
      module: ObservabilityModule,
      controllers: enabled && port === null ? [MetricsController] : [],
      providers: [
        { provide: OBSERVABILITY_CONFIG, useValue: config },
        {
          provide: Metrics,
          inject: [DataSource, JobQueue, MailLog],
          useFactory: (dataSource: DataSource, jobs: JobQueue, mail: MailLog): Metrics | Promise<Metrics> => {
            if (!enabled) return new NoMetrics();
            const logger = new Logger('Metrics');
            return createMetrics(sources(dataSource, jobs, mail), (message) => logger.warn(message));
          },
        },
        MetricsServer,
      ],
      exports: [Metrics, OBSERVABILITY_CONFIG],
    };
  }
}
