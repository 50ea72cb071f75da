import { Module } from '@nestjs/common';
import { IngestModule } from '../ingest/ingest.module.js';
import { NarrativesModule } from '../narratives/narratives.module.js';
import { EngineModule } from '../engine/engine.module.js';
import { DemoSeeder } from './demo-seeder.service.js';

@Module({ imports: [IngestModule, NarrativesModule, EngineModule], providers: [DemoSeeder] })
export class DemoModule {}
