import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AccountsService, Role, type AuthConfig, type OidcConfig } from '#auth';
import type { Database, OperationLimits } from '#core';
import { DemoSeeder } from '#demo';
import type { MeilisearchConfig } from '#search';
import {
  createTestDatabase,
  QueryCounter,
  TEST_HANDOVER_CONFIG,
  testAuthConfig,
  testJobsConfig,
  testMailConfig,
  testNetworkConfig,
  testUpkeepConfig,
  type LibTestOptions,
} from '#testing';
import { AppModule, type AppModuleConfig } from '../../apps/api/src/app.module.js';
import { configureHttp, type TrustProxy } from '../../apps/api/src/http/configure-http.js';
import { METRICS_OFF, type MetricsConfig } from '../../apps/api/src/observability/observability.config.js';

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

/** The whole app (GraphQL over HTTP, every lib, the job workers) for e2e suites; lib specs boot modules with #testing's createModuleContext. */
export interface TestOptions extends LibTestOptions {
  /** Load the demo dataset first. */
  demo?: boolean;
  /**
   * The moment the demo dataset is seeded as of (default now): a suite that reasons about the demo's
   * dates (verified so many days ago, a theme day next month) at fixed moments passes the same fixed
   * moment here, so it holds whatever today's date is.
   */
  demoAsOf?: Date;
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
  /** Search with Meilisearch (PostgreSQL as the fallback); default PostgreSQL only, whatever MEILI_URL says. */
  meilisearch?: MeilisearchConfig;
  /** Entries of the search result cache (default 0: off). */
  searchCache?: number;
  /** Prometheus metrics (default off, as in a default start). */
  metrics?: Partial<MetricsConfig>;
}

function testConfig(options: TestOptions): AppModuleConfig {
  return {
    sandbox: options.sandbox ?? false,
    introspection: options.introspection ?? true,
    limits: { maxComplexity: 20_000, mutationsPerMinute: 100_000, anonymousMutationsPerMinute: 100_000, ...options.limits },
    jobs: testJobsConfig(options.jobs),
    mail: testMailConfig(options),
    auth: testAuthConfig({
      ...(options.sessionIdleHours !== undefined ? { sessionIdleHours: options.sessionIdleHours } : {}),
      oidc: options.oidc ?? null,
      ...options.signInLimits,
    }),
    network: testNetworkConfig(options.network),
    search: { meilisearch: options.meilisearch ?? null, cacheEntries: options.searchCache ?? 0 },
    upkeep: testUpkeepConfig(options.upkeep),
    handover: TEST_HANDOVER_CONFIG,
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
