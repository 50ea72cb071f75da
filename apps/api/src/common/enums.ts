import { registerEnumType } from '@nestjs/graphql';

export enum Stance {
  SUPPORTS = 'SUPPORTS',
  REFUTES = 'REFUTES',
  NEUTRAL = 'NEUTRAL',
}
export enum TagStatus {
  SUGGESTED = 'SUGGESTED',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}
export enum TagOrigin {
  MANUAL = 'MANUAL',
  RULE = 'RULE',
  SIMILARITY = 'SIMILARITY',
}
export enum Granularity {
  HOUR = 'HOUR',
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
export enum TrendGroupBy {
  NONE = 'NONE',
  SOURCE = 'SOURCE',
  LANGUAGE = 'LANGUAGE',
  PLATFORM = 'PLATFORM',
  STANCE = 'STANCE',
}

registerEnumType(Stance, { name: 'Stance', description: "A claim's stance toward a narrative" });
registerEnumType(TagStatus, { name: 'TagStatus' });
registerEnumType(TagOrigin, { name: 'TagOrigin' });
registerEnumType(Granularity, { name: 'Granularity', description: 'Bucket size; buckets are in UTC and weeks start on Monday' });
registerEnumType(TrendGroupBy, { name: 'TrendGroupBy' });
