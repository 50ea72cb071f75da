import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Stance, TagOrigin, TagStatus } from '../../common/enums.js';

/** `claim` and `narrative` are resolved in TagsResolver. */
@ObjectType('ClaimTag', { description: "A claim's link to a narrative: suggested by the engine or a rule, or decided by an analyst" })
export class ClaimTagModel {
  @Field(() => ID) id: string;
  @Field(() => TagStatus) status: TagStatus;
  @Field(() => TagOrigin) origin: TagOrigin;
  @Field(() => Stance) stance: Stance;
  @Field(() => Float, { description: '0..1' }) confidence: number;
  @Field(() => [String], { description: 'Why it was suggested: matched terms, nearest tagged claims' }) evidence: string[];
  @Field(() => String, { nullable: true }) taggedBy: string | null;
  @Field() updatedAt: Date;
  claimId: string;
  narrativeId: string;
}
