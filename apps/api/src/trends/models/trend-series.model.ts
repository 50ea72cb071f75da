import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TrendPoint')
export class TrendPointModel {
  @Field({ description: 'Start of the UTC bucket' }) bucket: Date;
  @Field(() => Int, { description: 'Claims in the bucket' }) count: number;
  @Field(() => Int, { description: 'Distinct sources of those claims' }) sources: number;
  @Field(() => Float, { nullable: true, description: 'With normalize: true, count as a share (0..1) of all claims published in the bucket' })
  share?: number | null;
}

/** `narrative` is resolved in TrendsResolver. */
@ObjectType('TrendSeries')
export class TrendSeriesModel {
  @Field(() => String, { nullable: true, description: 'Group label; null when groupBy is NONE' }) group: string | null;
  @Field(() => Int) total: number;
  @Field(() => [TrendPointModel]) points: TrendPointModel[];
  narrativeId: string;
}
