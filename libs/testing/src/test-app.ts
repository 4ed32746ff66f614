import 'reflect-metadata';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AccountsService, DEFAULT_SESSION_IDLE_HOURS, DEFAULT_SIGN_IN_LIMITS, Role, type AuthConfig, type OidcConfig } from '#auth';
import type { Database, JobsConfig, OperationLimits } from '#core';
import { DemoSeeder } from '#demo';
import type { MailTransportConfig } from '#mail';
import { DEFAULT_NETWORK_CONFIG, type NetworkConfig } from '#network';
import type { MeilisearchConfig } from '#search';
import { DEFAULT_UPKEEP_CONFIG, type UpkeepConfig } from '#upkeep';
import { AppModule, type AppModuleConfig } from '../../../apps/api/src/app.module.js';
import { configureHttp, type TrustProxy } from '../../../apps/api/src/http/configure-http.js';
import { METRICS_OFF, type MetricsConfig } from '../../../apps/api/src/observability/observability.config.js';
import { QueryCounter } from './query-counter.js';
import { createTestDatabase } from './test-database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; stacktrace?: unknown } }[];
}

export interface TestApp {
  app: INestApplication;
  database: Database;
  url: string;
  queries: QueryCounter;
  /** POSTs to /graphql; with `token`, as that signed-in account; `headers` are sent as well (e.g. X-Forwarded-For). */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export interface TestOptions {
  /** Load the demo dataset first. */
  demo?: boolean;
  /**
   * The moment the demo dataset is seeded as of (default now): a suite that reasons about the demo's
   * dates (verified so many days ago, a theme day next month) at fixed moments passes the same fixed
   * moment here, so it holds whatever today's date is.
   */
  demoAsOf?: Date;
  /** Where mail goes (default: kept in memory). */
  mail?: MailTransportConfig;
  jobs?: Partial<JobsConfig>;
  mailRetryLimit?: number;
  corsOrigins?: string[];
  introspection?: boolean;
  /** The GraphQL explorer at /graphql in a browser (off by default). */
  sandbox?: boolean;
  oidc?: OidcConfig;
  /** SESSION_IDLE_HOURS (default 8). */
  sessionIdleHours?: number;
  /** Over generous test defaults (100 000 mutations a minute, per account and per address); pass DEFAULT_OPERATION_LIMITS for production's. */
  limits?: Partial<OperationLimits>;
  /** Production's by default (5 per account, 300 per address). */
  signInLimits?: Partial<Pick<AuthConfig, 'signInFailuresPerAccount' | 'signInFailuresPerAddress'>>;
  /** TRUST_PROXY (default off). */
  trustProxy?: TrustProxy;
  /** Run on this database (e.g. another app's, from openSameDatabase) instead of a fresh one; close() leaves it open. */
  database?: Database;
  network?: Partial<Omit<NetworkConfig, 'publicUrl' | 'linkSecret'>>;
  upkeep?: Partial<Omit<UpkeepConfig, 'publicUrl' | 'linkSecret'>>;
  /** Search with Meilisearch (PostgreSQL as the fallback); default PostgreSQL only, whatever MEILI_URL says. */
  meilisearch?: MeilisearchConfig;
  /** Entries of the search result cache (default 0: off). */
  searchCache?: number;
  /** Prometheus metrics (default off, as in a default start). */
  metrics?: Partial<MetricsConfig>;
}

/** Fast polling so tests see jobs run within a second or two. */
function testConfig(options: TestOptions): AppModuleConfig {
  return {
    sandbox: options.sandbox ?? false,
    introspection: options.introspection ?? true,
    limits: { maxComplexity: 20_000, mutationsPerMinute: 100_000, anonymousMutationsPerMinute: 100_000, ...options.limits },
    jobs: { work: true, pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, ...options.jobs },
    mail: {
      from: 'Vejviser Test <test@example.org>',
      transport: options.mail ?? { kind: 'memory' },
      messageIdDomain: 'test.vejviser',
      retryLimit: options.mailRetryLimit ?? 3,
      retryDelaySeconds: 1,
      sendTimeoutSeconds: 5,
      production: false,
    },
    auth: {
      jwtSecret: 'test-secret-that-is-at-least-32-characters-long',
      accessTokenMinutes: 15,
      refreshTokenDays: 30,
      sessionIdleHours: options.sessionIdleHours ?? DEFAULT_SESSION_IDLE_HOURS,
      oidc: options.oidc ?? null,
      publicUrl: 'https://vejviser.test',
      ...DEFAULT_SIGN_IN_LIMITS,
      ...options.signInLimits,
    },
    network: { publicUrl: 'https://vejviser.test', linkSecret: 'test-link-secret', ...DEFAULT_NETWORK_CONFIG, ...options.network },
    search: { meilisearch: options.meilisearch ?? null, cacheEntries: options.searchCache ?? 0 },
    upkeep: { publicUrl: 'https://vejviser.test', linkSecret: 'test-link-secret', ...DEFAULT_UPKEEP_CONFIG, ...options.upkeep },
    handover: { publicUrl: 'https://vejviser.test' },
    observability: { ...METRICS_OFF, metrics: { ...METRICS_OFF.metrics, ...options.metrics } },
  };
}

/** The real app on its own test database, listening on a free port on loopback. */
export async function startTestApp(options: TestOptions = {}): Promise<TestApp> {
  const queries = new QueryCounter();
  const database = options.database ?? (await createTestDatabase(queries));
  const app = await NestFactory.create(AppModule.forRoot(database, testConfig(options)), { logger: ['error'] });
  configureHttp(app, {
    corsOrigins: options.corsOrigins ?? [],
    production: false,
    trustProxy: options.trustProxy ?? false,
    sandbox: options.sandbox ?? false,
  });
  await app.init();
  if (options.demo) await DemoSeeder.of(app).seed(undefined, options.demoAsOf);
  await app.listen(0, '127.0.0.1');
  const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}`;
  return {
    app,
    database,
    url,
    queries,
    async graphql(query, variables, options = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...options.headers,
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    async close() {
      await app.close();
      if (!options.database) await database.close();
    },
  };
}

export interface TestContext {
  context: INestApplicationContext;
  database: Database;
  queries: QueryCounter;
  close(): Promise<void>;
}

/** The app's services without HTTP, on a test database of their own: for integration suites. */
export async function createTestContext(options: TestOptions = {}): Promise<TestContext> {
  const queries = new QueryCounter();
  const database = await createTestDatabase(queries);
  const context = await NestFactory.createApplicationContext(AppModule.forRoot(database, testConfig(options)), { logger: ['error'] });
  await context.init();
  if (options.demo) await DemoSeeder.of(context).seed(undefined, options.demoAsOf);
  return {
    context,
    database,
    queries,
    async close() {
      await context.close();
      await database.close();
    },
  };
}

/** Creates an administrator account (once per app) and signs it in over GraphQL; returns the access token. */
export async function signInAsAdmin(t: TestApp): Promise<string> {
  const email = 'test.admin@example.org';
  const password = 'test-admin-password';
  const accounts = t.app.get(AccountsService);
  if (!(await accounts.findByEmail(email)))
    await accounts.create({ email, displayName: 'Test Administrator', password, grants: [{ role: Role.ADMIN }] });
  const res = await t.graphql<{ signIn: { accessToken?: string } }>(
    `mutation ($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { ... on Session { accessToken } } }`,
    { email, password },
  );
  const token = res.data?.signIn.accessToken;
  if (!token) throw new Error(`Kunne ikke logge testadministratoren ind: ${JSON.stringify(res)}`);
  return token;
}
