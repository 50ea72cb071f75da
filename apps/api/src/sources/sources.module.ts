import { Module } from '@nestjs/common';
import { SourcesService } from './sources.service.js';
import { SourcesResolver } from './sources.resolver.js';

@Module({ providers: [SourcesService, SourcesResolver] })
export class SourcesModule {}
