import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import {
  ClaimPartitions,
  ClaimRepository,
  ClusterRepository,
  Database,
  DocumentRepository,
  NarrativeRepository,
  NarrativeStatsRepository,
  SourceRepository,
  TagRepository,
  TrendRepository,
} from '@app/persistence';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import type { Logger } from 'pino';
import { LOGGER_TOKEN } from '../common/logging/logger.js';
import { RecordLookup } from './record-lookup.js';

const REPOSITORIES = [SourceRepository, DocumentRepository, ClaimRepository, NarrativeRepository, TagRepository, TrendRepository, NarrativeStatsRepository, ClusterRepository, ClaimPartitions];

/** Opens the database (running pending migrations) and shares it with the repositories. */
@Global()
@Module({
  providers: [
    {
      provide: Database,
      inject: [APP_CONFIG, LOGGER_TOKEN],
      useFactory: (config: AppConfig, logger: Logger) =>
        Database.open(
          { url: config.databaseUrl ?? undefined, dataDir: config.dataDir },
          { onProblem: (e) => (e.kind === 'error' ? logger.debug(e, 'database statement failed') : logger.warn(e, 'slow database statement')) },
        ),
    },
    // a factory, not a value: each application (tests start several) gets its own instances
    ...REPOSITORIES.map((Repository) => ({ provide: Repository, useFactory: () => new Repository() })),
    RecordLookup,
  ],
  exports: [Database, ...REPOSITORIES, RecordLookup],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(Database) private readonly db: Database) {}

  async onApplicationShutdown(): Promise<void> {
    await this.db.close();
  }
}
