import { Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import type { AppConfig } from '../../api/src/config/app-config.js';
import { ConfigModule } from '../../api/src/config/config.module.js';
import { LoggerModule } from '../../api/src/common/logging/logger.module.js';
import { DatabaseModule } from '../../api/src/database/database.module.js';
import { IngestModule } from '../../api/src/ingest/ingest.module.js';

/**
 * What the command line needs of the server: its configuration, the database (migrations run
 * when it opens, as at server start) and the one ingest path with the narrative engine.
 * No GraphQL, no HTTP, and no demo seeding.
 */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: CliModule,
      imports: [ConfigModule.forRoot(config), LoggerModule.forRoot(logger), DatabaseModule, IngestModule],
    };
  }
}
