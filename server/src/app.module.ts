import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Global, Module, type DynamicModule, type MiddlewareConsumer, type ModuleMetadata, type NestModule } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import depthLimit from 'graphql-depth-limit';
import type { Logger } from 'pino';
import { AccountsModule } from './accounts/accounts.module.js';
import { ActivityMiddleware } from './analytics/activity-recorder.js';
import { AnalyticsModule } from './analytics/analytics.module.js';
import { SessionMiddleware } from './accounts/session.middleware.js';
import { DomainEvents } from './app-events.js';
import { PermissionGuard } from './common/permission.guard.js';
import { PermissionAudit } from './common/permission-audit.js';
import { CategoriesModule } from './categories/categories.module.js';
import { CommunityModule } from './community/community.module.js';
import { ContestsModule } from './contests/contests.module.js';
import { EventsModule } from './events/events.module.js';
import { FeedsModule } from './feeds/feeds.module.js';
import { IdeasModule } from './ideas/ideas.module.js';
import { InboxModule } from './inbox/inbox.module.js';
import { ReviewModule } from './review/review.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { ReactionsModule } from './reactions/reactions.module.js';
import { PagesModule } from './pages/pages.module.js';
import { PollsModule } from './polls/polls.module.js';
import { SearchModule } from './search/search.module.js';
import { TagsModule } from './tags/tags.module.js';
import { AuditModule } from './audit/audit.module.js';
import { MembersModule } from './members/members.module.js';
import { MembershipModule } from './membership/membership.module.js';
import { ModerationModule } from './moderation/moderation.module.js';
import { WatchedWordsModule } from './watched-words/watched-words.module.js';
import { TopicsModule } from './topics/topics.module.js';
import { UploadsModule } from './uploads/uploads.module.js';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { guestCachePlugin } from './graphql/guest-cache.plugin.js';
import { complexityLimitPlugin } from './graphql/complexity.plugin.js';
import { DateTimeScalar } from './graphql/date-time.scalar.js';
import { createErrorFormatter } from './graphql/format-error.js';
import { inputGuardPlugin } from './graphql/input-guard.plugin.js';
import { HealthModule } from './health/health.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { RealtimeModule } from './realtime/realtime.module.js';
import { RedisModule } from './redis/redis.module.js';

export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

export interface AppModuleOptions {
  config: AppConfig;
  logger: Logger;
  databaseUrl: string;
  /** Extra modules, used by tests to add probes. */
  extraImports?: ModuleMetadata['imports'];
}

@Global()
@Module({})
class CoreModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: ROOT_LOGGER, useValue: options.logger },
        DomainEvents,
      ],
      exports: [APP_CONFIG, ROOT_LOGGER, DomainEvents],
    };
  }
}

@Module({})
export class AppModule implements NestModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    const { config, logger } = options;
    const development = config.env !== 'production';
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(options),
        DiscoveryModule,
        RedisModule,
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl)),
        JobsModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          // Every Date argument and field goes through the strict DateTime scalar.
          buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
          playground: false,
          introspection: development,
          csrfPrevention: true,
          includeStacktraceInErrorResponses: false,
          // Object fields are not run through the guard pipeline (it would run for every field of
          // every row); @Allow on a field resolver adds a field middleware instead (permissions.decorator.ts).
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
          validationRules: [depthLimit(config.graphqlMaxDepth)],
          plugins: [
            development ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
            // Unused features that would hook every field of every response: HTTP cache hints and
            // Apollo's tracing and usage reporting.
            ApolloServerPluginCacheControlDisabled(),
            ApolloServerPluginInlineTraceDisabled(),
            ApolloServerPluginUsageReportingDisabled(),
            // Input first: an operation with a malformed id or text is refused whatever its cost.
            inputGuardPlugin(),
            complexityLimitPlugin(config.graphqlMaxComplexity),
            // Last: answers only what every check above let through.
            guestCachePlugin(config.guestCacheMs),
          ],
          formatError: createErrorFormatter(logger),
        }),
        AccountsModule,
        CommunityModule,
        CategoriesModule,
        TopicsModule,
        ReactionsModule,
        PollsModule,
        PagesModule,
        NotificationsModule,
        SearchModule,
        TagsModule,
        AuditModule,
        MembersModule,
        MembershipModule,
        ModerationModule,
        WatchedWordsModule,
        UploadsModule,
        ContestsModule,
        EventsModule,
        FeedsModule,
        IdeasModule,
        InboxModule,
        ReviewModule,
        AnalyticsModule,
        RealtimeModule,
        HealthModule,
        ...(options.extraImports ?? []),
      ],
      providers: [{ provide: APP_GUARD, useClass: PermissionGuard }, PermissionAudit],
      exports: [PermissionAudit],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // Who was there (for the KPIs) is noted after the session is known, in memory only.
    consumer.apply(SessionMiddleware, ActivityMiddleware).forRoutes('graphql');
  }
}
