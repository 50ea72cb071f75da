import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Granularity } from '../../common/enums.js';

@ArgsType()
export class NarrativeStatsArgs {
  @Field(() => ID) narrativeId: string;
  @Field(() => Date, { nullable: true, description: 'Inclusive; all time when omitted' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Exclusive; all time when omitted' }) to?: Date | null;
  @Field(() => Int, { defaultValue: 10 }) topSources: number;
}

@ArgsType()
export class SpikesArgs {
  @Field() from: Date;
  @Field() to: Date;
  @Field(() => [ID], { nullable: true, description: 'All narratives when omitted' }) narrativeIds?: string[] | null;
  @Field(() => Granularity, { defaultValue: Granularity.DAY }) granularity: Granularity;
}
