import { Inject } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { required, type RequestContext } from '../common/loaders/loaders.js';
import { NarrativeModel } from '../narratives/models/narrative.model.js';
import { NarrativeTrendsArgs } from './dto/trends.args.js';
import { TrendSeriesModel } from './models/trend-series.model.js';
import { TrendsService } from './trends.service.js';

@Resolver(() => TrendSeriesModel)
export class TrendsResolver {
  constructor(@Inject(TrendsService) private readonly trends: TrendsService) {}

  @Query(() => [TrendSeriesModel], { description: 'Claims per UTC bucket for each narrative (and group), every bucket present' })
  narrativeTrends(@Args() args: NarrativeTrendsArgs) {
    return this.trends.narrativeTrends(args);
  }

  @ResolveField('narrative', () => NarrativeModel)
  narrative(@Parent() series: TrendSeriesModel, @Context() ctx: RequestContext) {
    return required(ctx.loaders.narratives, series.narrativeId, 'narrative');
  }
}
