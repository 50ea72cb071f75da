import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ClaimModel } from '../claims/models/claim.model.js';

@ObjectType('RulePreview', { description: 'What a rule would match, before it is saved' })
export class RulePreviewModel {
  @Field(() => Int) count: number;
  @Field(() => Int, { description: 'Claims read' }) scanned: number;
  @Field({ description: 'The range held more claims than a preview reads; count is a lower bound' }) truncated: boolean;
  @Field(() => [ClaimModel], { description: 'Newest matching claims' }) sample: ClaimModel[];
}

@ObjectType('ReclassifyResult')
export class ReclassifyResultModel {
  @Field(() => ID) narrativeId: string;
  @Field(() => Int, { description: 'Claims considered (those without an analyst decision for the narrative)' }) scanned: number;
  @Field(() => Int, { description: 'New suggestions stored' }) suggested: number;
  @Field(() => Int, { description: 'Existing suggestions re-scored' }) updated: number;
  @Field(() => Int, { description: 'Suggestions withdrawn because they no longer clear the threshold' }) removed: number;
}

/** `firstSource` is resolved in ClaimsResolver. */
@ObjectType('ClaimCluster', { description: 'Near-copies of a claim (copy-paste amplification) across sources' })
export class ClaimClusterModel {
  @Field(() => ID, { description: 'Id of the first claim of the cluster' }) id: string;
  @Field(() => Int) size: number;
  @Field(() => Int, { description: 'Distinct sources carrying it' }) sources: number;
  @Field() firstSeen: Date;
  firstSourceId: string;
}
