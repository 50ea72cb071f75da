import { Module } from '@nestjs/common';
import { EngineModule } from '../engine/engine.module.js';
import { IngestResolver } from './ingest.resolver.js';
import { IngestService } from './ingest.service.js';

@Module({ imports: [EngineModule], providers: [IngestService, IngestResolver], exports: [IngestService] })
export class IngestModule {}
