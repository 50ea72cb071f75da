import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Granularity, TagStatus, TrendGroupBy } from '../../common/enums.js';

@ArgsType()
export class NarrativeTrendsArgs {
  @Field(() => [ID], { nullable: true, description: 'Narratives to chart; all when omitted' }) narrativeIds?: string[] | null;
  @Field({ description: 'Inclusive' }) from: Date;
  @Field({ description: 'Exclusive' }) to: Date;
  @Field(() => Granularity, { defaultValue: Granularity.DAY }) granularity: Granularity;
  @Field(() => TrendGroupBy, { defaultValue: TrendGroupBy.NONE }) groupBy: TrendGroupBy;
  @Field(() => [TagStatus], { nullable: true, defaultValue: [TagStatus.CONFIRMED, TagStatus.SUGGESTED], description: 'Tag statuses that count' })
  status?: TagStatus[] | null;
  @Field(() => Int, { nullable: true, description: 'With a groupBy, only the N loudest groups of each narrative over the range (all when omitted)' })
  groupLimit?: number | null;
  @Field(() => Boolean, { defaultValue: false, description: 'Add each point\'s share of all claims in its bucket (share of voice)' })
  normalize: boolean;
}
