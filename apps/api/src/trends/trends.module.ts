import { Module } from '@nestjs/common';
import { TrendsResolver } from './trends.resolver.js';
import { TrendsService } from './trends.service.js';

@Module({ providers: [TrendsService, TrendsResolver], exports: [TrendsService] })
export class TrendsModule {}
