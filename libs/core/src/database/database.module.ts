import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditResolver } from '../audit/audit.resolver.js';
import { AuditTrail } from '../audit/audit-trail.js';
import { TransactionalEvents } from '../events/transactional-events.js';
import { RateLimiter } from '../limits/rate-limiter.js';
import type { Database } from './open-database.js';

/** Makes the opened database's DataSource, the events published in its transactions and the shared rate limiter injectable everywhere. */
@Global()
@Module({})
export class DatabaseModule {
  static forDatabase(database: Database): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: DataSource, useValue: database.dataSource }, TransactionalEvents, AuditTrail, AuditResolver, RateLimiter],
      exports: [DataSource, TransactionalEvents, AuditTrail, RateLimiter],
    };
  }
}
