import { Module } from '@nestjs/common';
import { EngineResolver } from './engine.resolver.js';
import { EngineService } from './engine.service.js';

@Module({ providers: [EngineService, EngineResolver], exports: [EngineService] })
export class EngineModule {}
