import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import {
  ClaimRepository,
  Database,
  DocumentRepository,
  NarrativeRepository,
  SourceRepository,
  TagRepository,
  TrendRepository,
} from '@app/persistence';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';

const REPOSITORIES = [SourceRepository, DocumentRepository, ClaimRepository, NarrativeRepository, TagRepository, TrendRepository];

/** Opens the database (running pending migrations) and shares it with the repositories. */
@Global()
@Module({
  providers: [
    {
      provide: Database,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => Database.open({ url: config.databaseUrl ?? undefined, dataDir: config.dataDir }),
    },
    ...REPOSITORIES.map((Repository) => ({ provide: Repository, useValue: new Repository() })),
  ],
  exports: [Database, ...REPOSITORIES],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(Database) private readonly db: Database) {}

  async onApplicationShutdown(): Promise<void> {
    await this.db.close();
  }
}
