import { Module } from '@nestjs/common';
import { FirstSeenResolver, SourceCountResolver, SpikeResolver, StatsResolver } from './stats.resolver.js';
import { StatsService } from './stats.service.js';
import { TrendsResolver } from './trends.resolver.js';
import { TrendsService } from './trends.service.js';

@Module({
  providers: [TrendsService, TrendsResolver, StatsService, StatsResolver, SpikeResolver, FirstSeenResolver, SourceCountResolver],
  exports: [TrendsService, StatsService],
})
export class TrendsModule {}
