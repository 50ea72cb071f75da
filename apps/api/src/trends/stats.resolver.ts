import { Inject } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ClaimModel } from '../claims/models/claim.model.js';
import { required, type RequestContext } from '../common/loaders/loaders.js';
import { NarrativeModel } from '../narratives/models/narrative.model.js';
import { SourceModel } from '../sources/source.model.js';
import { NarrativeStatsArgs, SpikesArgs } from './dto/stats.args.js';
import { FirstSeenModel, NarrativeStatsModel, SourceCountModel, SpikeModel } from './models/narrative-stats.model.js';
import { StatsService } from './stats.service.js';

@Resolver(() => NarrativeStatsModel)
export class StatsResolver {
  constructor(@Inject(StatsService) private readonly service: StatsService) {}

  @Query(() => NarrativeStatsModel, { description: 'How a narrative spread: totals, first seen overall / per language / per platform, top sources' })
  narrativeStats(@Args() args: NarrativeStatsArgs) {
    return this.service.narrativeStats(args);
  }

  @Query(() => [SpikeModel], { description: 'Unusual surges of each narrative against its own recent baseline, strongest first' })
  spikes(@Args() args: SpikesArgs) {
    return this.service.spikes(args);
  }

  @ResolveField('narrative', () => NarrativeModel)
  narrative(@Parent() stats: NarrativeStatsModel, @Context() ctx: RequestContext) {
    return required(ctx.loaders.narratives, stats.narrativeId, 'narrative');
  }
}

@Resolver(() => SpikeModel)
export class SpikeResolver {
  @ResolveField('narrative', () => NarrativeModel)
  narrative(@Parent() spike: SpikeModel, @Context() ctx: RequestContext) {
    return required(ctx.loaders.narratives, spike.narrativeId, 'narrative');
  }
}

@Resolver(() => FirstSeenModel)
export class FirstSeenResolver {
  @ResolveField('claim', () => ClaimModel)
  claim(@Parent() first: FirstSeenModel, @Context() ctx: RequestContext) {
    return required(ctx.loaders.claims, first.claimId, 'claim');
  }

  @ResolveField('source', () => SourceModel)
  source(@Parent() first: FirstSeenModel, @Context() ctx: RequestContext) {
    return required(ctx.loaders.sources, first.sourceId, 'source');
  }
}

@Resolver(() => SourceCountModel)
export class SourceCountResolver {
  @ResolveField('source', () => SourceModel)
  source(@Parent() row: SourceCountModel, @Context() ctx: RequestContext) {
    return required(ctx.loaders.sources, row.sourceId, 'source');
  }
}
