import { Module } from '@nestjs/common';
import { EngineModule } from '../engine/engine.module.js';
import { NarrativesResolver } from './narratives.resolver.js';
import { NarrativesService } from './narratives.service.js';

@Module({ imports: [EngineModule], providers: [NarrativesService, NarrativesResolver], exports: [NarrativesService] })
export class NarrativesModule {}
