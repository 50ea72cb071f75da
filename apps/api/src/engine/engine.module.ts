import { Module } from '@nestjs/common';
import { ClaimClusterResolver, EngineResolver } from './engine.resolver.js';
import { ClustersService } from './clusters.service.js';
import { EngineService } from './engine.service.js';
import { RulesService } from './rules.service.js';

@Module({ providers: [EngineService, ClustersService, RulesService, EngineResolver, ClaimClusterResolver], exports: [EngineService, ClustersService] })
export class EngineModule {}
