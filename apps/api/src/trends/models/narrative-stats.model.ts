import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

/** `claim` and `source` are resolved in StatsResolver. */
@ObjectType('FirstSeen', { description: 'The earliest live claim of a narrative, overall or within one language or platform' })
export class FirstSeenModel {
  @Field(() => String, { nullable: true, description: 'Language code or platform; null for the overall first' }) key: string | null;
  @Field() at: Date;
  @Field(() => Int, { description: 'Live claims in this language / platform (overall: all)' }) total: number;
  claimId: string;
  sourceId: string;
}

/** `source` is resolved in StatsResolver. */
@ObjectType('SourceCount')
export class SourceCountModel {
  @Field(() => Int) count: number;
  @Field(() => Float, { description: 'Share of the narrative\'s live claims' }) share: number;
  @Field({ description: 'When this source first carried the narrative in the range' }) firstAt: Date;
  sourceId: string;
}

@ObjectType('NarrativeStats')
export class NarrativeStatsModel {
  @Field(() => Int, { description: 'Live claims: confirmed + suggested' }) total: number;
  @Field(() => Int) confirmed: number;
  @Field(() => Int) suggested: number;
  @Field(() => Int) rejected: number;
  @Field(() => Float, { description: 'confirmed / (confirmed + suggested); 0 without claims' }) confirmedShare: number;
  @Field(() => FirstSeenModel, { nullable: true }) firstSeen: FirstSeenModel | null;
  @Field(() => [FirstSeenModel], { description: 'First claim in each language, earliest first' }) firstSeenByLanguage: FirstSeenModel[];
  @Field(() => [FirstSeenModel], { description: 'First claim on each platform, earliest first' }) firstSeenByPlatform: FirstSeenModel[];
  @Field(() => [SourceCountModel], { description: 'Loudest sources first' }) topSources: SourceCountModel[];
  narrativeId: string;
}

/** `narrative` is resolved in StatsResolver. */
@ObjectType('Spike', { description: 'A bucket in which a narrative surged above its own recent baseline' })
export class SpikeModel {
  @Field() bucket: Date;
  @Field(() => Int) count: number;
  @Field(() => Float, { description: 'What the baseline led to expect' }) expected: number;
  @Field(() => Float, { description: 'Robust z-score of the surge' }) score: number;
  @Field(() => [SourceCountModel], { description: 'Sources that drove the surge' }) topSources: SourceCountModel[];
  narrativeId: string;
}
