import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Logger } from 'pino';
import { AuthModule } from './auth/auth.module.js';
import { ClaimsModule } from './claims/claims.module.js';
import { AuthGuard } from './common/auth/auth.guard.js';
import { buildRequestContext } from './common/auth/request-context.js';
import { DomainErrorFilter } from './common/errors/domain-error.filter.js';
import { createFormatError } from './common/errors/graphql-errors.js';
import { LoggerModule } from './common/logging/logger.module.js';
import { LoadersFactory } from './common/loaders/loaders.js';
import { InputSafetyGuard } from './common/security/input-safety.guard.js';
import { queryCostPlugin, queryShapeRule } from './common/security/query-limits.js';
import { DateTimeScalar } from './common/scalars/date-time.scalar.js';
import type { AppConfig } from './config/app-config.js';
import { APP_CONFIG, ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DemoModule } from './demo/demo.module.js';
import { DocumentsModule } from './documents/documents.module.js';
import { EngineModule } from './engine/engine.module.js';
import { HealthController } from './health/health.controller.js';
import { IngestModule } from './ingest/ingest.module.js';
import { NarrativesModule } from './narratives/narratives.module.js';
import { SourcesModule } from './sources/sources.module.js';
import { TagsModule } from './tags/tags.module.js';
import { TrendsModule } from './trends/trends.module.js';
import './common/enums.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(logger),
        DatabaseModule,
        AuthModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG, LoadersFactory],
          imports: [LoadersModule],
          useFactory: (cfg: AppConfig, loaders: LoadersFactory) => ({
            autoSchemaFile: cfg.schemaFile ?? true,
            sortSchema: true,
            path: '/graphql',
            playground: false,
            graphiql: false,
            introspection: true,
            includeStacktraceInErrorResponses: false,
            validationRules: [queryShapeRule(cfg.security.query)],
            parseOptions: { maxTokens: cfg.security.query.maxTokens },
            plugins: [queryCostPlugin(cfg.security.query)],
            formatError: createFormatError(logger),
            context: ({ req }: { req: Request }) => buildRequestContext(cfg, loaders, req),
          }),
        }),
        EngineModule,
        NarrativesModule,
        ClaimsModule,
        DocumentsModule,
        SourcesModule,
        TagsModule,
        TrendsModule,
        IngestModule,
        DemoModule,
      ],
      controllers: [HealthController],
      providers: [
        DateTimeScalar,
        
        { provide: APP_GUARD, useExisting: AuthGuard },
        { provide: APP_GUARD, useClass: InputSafetyGuard },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
    };
  }
}

@Module({ providers: [LoadersFactory], exports: [LoadersFactory] })
export class LoadersModule {}
