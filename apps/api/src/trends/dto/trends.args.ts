import { ArgsType, Field, ID } from '@nestjs/graphql';
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
  @Field(() => Boolean, { defaultValue: false, description: 'Add each point\'s share of all claims in its bucket (share of voice)' })
  normalize: boolean;
}
