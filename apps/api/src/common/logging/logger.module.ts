import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER_TOKEN } from './logger.js';

@Global()
@Module({})
export class LoggerModule {
  static forRoot(logger: Logger): DynamicModule {
    return { module: LoggerModule, providers: [{ provide: LOGGER_TOKEN, useValue: logger }], exports: [LOGGER_TOKEN] };
  }
}
