import 'reflect-metadata';
import { Module, type DynamicModule, type INestApplicationContext, type Provider, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AuthModule } from '#auth';
import { DatabaseModule, JobsModule, type Database } from '#core';
import { DemoSeeder } from '#demo';
import { DirectoryModule, OrganisationsService } from '#directory';
import { GeographyModule } from '#geography';
import { HandoverModule } from '#handover';
import { MailModule } from '#mail';
import { NetworkModule } from '#network';
import { SearchModule } from '#search';
import { UpkeepModule } from '#upkeep';
import { QueryCounter } from './query-counter.js';
import {
  TEST_HANDOVER_CONFIG,
  testAuthConfig,
  testJobsConfig,
  testMailConfig,
  testNetworkConfig,
  testUpkeepConfig,
  type LibTestOptions,
} from './test-config.js';
import { createTestDatabase } from './test-database.js';

export interface TestContext {
  context: INestApplicationContext;
  database: Database;
  queries: QueryCounter;
  close(): Promise<void>;
}

export interface ModuleContextOptions extends LibTestOptions {
  /** The lib modules the services under test need (their own imports come along). */
  imports?: (Type | DynamicModule)[];
  providers?: Provider[];
}

@Module({})
class TestModule {}

/**
 * A fast context for a lib's services: a copy of the migrated template, core's database and job queue, auth's
 * accounts, mail's real outbox on the same database (messages kept in memory), and `imports`; no HTTP, no
 * GraphQL schema, and no job workers unless `jobs: { work: true }`. Its workers poll as in every test, but
 * pg-boss's upkeep (expiring jobs of dead workers, monitoring) runs once a minute rather than every second:
 * no service spec waits for it, and every second it cost about a tenth of a core on the one PGlite connection.
 */
export async function createModuleContext(options: ModuleContextOptions = {}): Promise<TestContext> {
  const queries = new QueryCounter();
  const database = await createTestDatabase(queries);
  const module: DynamicModule = {
    module: TestModule,
    imports: [
      DatabaseModule.forDatabase(database),
      JobsModule.forRoot(testJobsConfig({ work: false, maintenanceIntervalSeconds: 60, ...options.jobs })),
      AuthModule.forRoot(testAuthConfig(), { imports: [DirectoryModule], organisations: OrganisationsService }),
      MailModule.forRoot(testMailConfig(options)),
      ...(options.imports ?? []),
    ],
    providers: options.providers ?? [],
  };
  try {
    const context = await NestFactory.createApplicationContext(module, { logger: ['error'] });
    await context.init();
    return {
      context,
      database,
      queries,
      async close() {
        await context.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Every lib's module, configured as in tests: for suites that need all of them (demo data, search across contexts). */
function allLibModules(options: LibTestOptions = {}): (Type | DynamicModule)[] {
  return [
    GeographyModule,
    DirectoryModule,
    NetworkModule.forRoot(testNetworkConfig(options.network)),
    SearchModule.forRoot(),
    UpkeepModule.forRoot(testUpkeepConfig(options.upkeep)),
    HandoverModule.forRoot(TEST_HANDOVER_CONFIG),
  ];
}

export interface TestContextOptions extends LibTestOptions {
  /** Load the demo dataset first. */
  demo?: boolean;
  /** The moment the demo dataset is seeded as of (default now), for suites that reason about its dates at fixed moments. */
  demoAsOf?: Date;
}

/** Every lib's services with the job workers running, on a test database of their own (no HTTP, no GraphQL): for integration suites. */
export async function createTestContext(options: TestContextOptions = {}): Promise<TestContext> {
  const t = await createModuleContext({ ...options, jobs: testJobsConfig(options.jobs), imports: allLibModules(options) });
  if (options.demo) await DemoSeeder.of(t.context).seed(undefined, options.demoAsOf);
  return t;
}
