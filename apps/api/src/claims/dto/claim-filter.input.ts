import { Field, ID, InputType } from '@nestjs/graphql';
import { TagStatus } from '../../common/enums.js';

@InputType('ClaimFilter')
export class ClaimFilterInput {
  @Field(() => ID, { nullable: true, description: 'Claims with a live (not rejected) tag of this narrative, or of `status` when given' })
  narrativeId?: string | null;
  @Field(() => TagStatus, { nullable: true }) status?: TagStatus | null;
  @Field(() => Boolean, { nullable: true, description: 'true: claims with no confirmed or suggested tag; false: with one' })
  untagged?: boolean | null;
  @Field(() => ID, { nullable: true }) sourceId?: string | null;
  @Field(() => String, { nullable: true }) language?: string | null;
  @Field(() => Date, { nullable: true, description: 'published at or after' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: 'published before' }) to?: Date | null;
  @Field(() => String, { nullable: true, description: 'Text the claim contains (case, ё/е and quotes folded)' }) search?: string | null;
}
