import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { AuthModule, GrantScopes, ViewerFromRequest } from '#auth';
import {
  DatabaseModule,
  DATE_TIME_SCALARS,
  JobsModule,
  RateLimiter,
  RequestContext,
  graphqlArmor,
  guardInputs,
  knownOperationTypes,
  operationLimits,
  responseNotes,
  type Database,
  type GraphQLContext,
} from '#core';
import { DirectoryModule, OrganisationsService } from '#directory';
import { GeographyModule } from '#geography';
import { MailModule } from '#mail';
import { HandoverModule } from '#handover';
import { HsdsModule } from '#hsds';
import { NetworkModule } from '#network';
import { SearchModule } from '#search';
import { SpreadsheetsModule } from '#spreadsheets';
import { UpkeepModule } from '#upkeep';
import type { AppConfig } from './config/config.js';
import { formatError } from './graphql/format-error.js';
import { PassThroughFilter } from './graphql/pass-through.filter.js';
import { HealthController } from './health/health.controller.js';
import { graphqlObserver } from './observability/graphql-observer.plugin.js';
import { Metrics } from './observability/metrics.js';
import { ObservabilityModule } from './observability/observability.module.js';
import { requestScope } from './observability/request-scope.js';
import { explorerLandingPage } from './http/explorer.js';
import { AppGrantScopes } from './wiring/app-grant-scopes.js';

export type AppModuleConfig = Pick<
  AppConfig,
  'sandbox' | 'introspection' | 'jobs' | 'mail' | 'auth' | 'network' | 'limits' | 'search' | 'upkeep' | 'handover' | 'observability'
> &
  Partial<Pick<AppConfig, 'searchCache'>>;

@Module({})
export class AppModule {
  static forRoot(database: Database, config: AppModuleConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forDatabase(database),
        JobsModule.forRoot(config.jobs),
        AuthModule.forRoot(config.auth, { imports: [DirectoryModule], organisations: OrganisationsService }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [ViewerFromRequest, Metrics, RateLimiter],
          useFactory: (viewers: ViewerFromRequest, metrics: Metrics, limiter: RateLimiter) => {
            const armor = graphqlArmor({ introspection: config.introspection });
            return {
              path: '/graphql',
              autoSchemaFile: true,
              sortSchema: true,
              transformSchema: guardInputs,
              buildSchemaOptions: { scalarsMap: DATE_TIME_SCALARS },
              playground: false,
              introspection: config.introspection,
              plugins: [
                graphqlObserver(metrics),
                operationLimits(config.limits, limiter),
                responseNotes(),
                ...armor.plugins,
                ...(config.sandbox ? [explorerLandingPage()] : []),
                // Apollo's cache-control plugin is on unless switched off: a hook on every field of every answer
                // for cache hints nothing here sets (no @cacheControl, no Cache-Control on /graphql).
                ApolloServerPluginCacheControlDisabled(),
              ],
              includeStacktraceInErrorResponses: false,
              csrfPrevention: true,
              // Automatic persisted queries are a cache nobody here uses; a request asking for one gets
              // PERSISTED_QUERY_NOT_SUPPORTED instead of an internal error about its version.
              persistedQueries: false,
              validationRules: [knownOperationTypes, ...armor.validationRules],
              parseOptions: armor.parseOptions,
              context: async ({ req }: { req: Request }): Promise<GraphQLContext> => {
                const ctx = new RequestContext(await viewers.viewer(req.headers.authorization), req.ip ?? 'unknown');
                // The answer cache (PublicAnswerCache) keeps an answer only as long as it holds.
                const scope = requestScope.current();
                if (scope) scope.answerHolds = () => ctx.heldUntil;
                return { ctx };
              },
              formatError,
            };
          },
        }),
        GeographyModule,
        DirectoryModule,
        NetworkModule.forRoot(config.network),
        SearchModule.forRoot({ ...config.search, cacheEntries: config.search.cacheEntries ?? config.searchCache ?? 0 }),
        MailModule.forRoot(config.mail),
        UpkeepModule.forRoot(config.upkeep),
        HandoverModule.forRoot({ ...config.handover, cacheEntries: config.search.cacheEntries ?? config.searchCache ?? 0 }),
        SpreadsheetsModule,
        HsdsModule,
        ObservabilityModule.forRoot(config.observability),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_FILTER, useClass: PassThroughFilter },
        { provide: GrantScopes, useClass: AppGrantScopes },
      ],
    };
  }
}
