import { Module } from '@nestjs/common';
import { EngineModule } from '../engine/engine.module.js';
import { TagsResolver } from './tags.resolver.js';
import { TagsService } from './tags.service.js';

@Module({ imports: [EngineModule], providers: [TagsService, TagsResolver], exports: [TagsService] })
export class TagsModule {}
