import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ClaimModel } from '../claims/models/claim.model.js';
import { Stance } from '../common/enums.js';
import { required, type RequestContext } from '../common/loaders/loaders.js';
import { NarrativeModel } from '../narratives/models/narrative.model.js';
import { ClaimTagModel } from './models/claim-tag.model.js';
import { TagsService } from './tags.service.js';

@Resolver(() => ClaimTagModel)
export class TagsResolver {
  constructor(@Inject(TagsService) private readonly tags: TagsService) {}

  @Mutation(() => ClaimTagModel, { description: 'Confirms a claim for a narrative: status CONFIRMED, origin MANUAL' })
  tagClaim(
    @Args('claimId', { type: () => ID }) claimId: string,
    @Args('narrativeId', { type: () => ID }) narrativeId: string,
    @Args('stance', { type: () => Stance, nullable: true }) stance: Stance | undefined,
    @Context() ctx: RequestContext,
  ) {
    return this.tags.confirm(claimId, narrativeId, stance, ctx.actor);
  }

  @Mutation(() => ClaimTagModel, { description: 'Marks the claim as not belonging to the narrative: status REJECTED' })
  rejectTag(
    @Args('claimId', { type: () => ID }) claimId: string,
    @Args('narrativeId', { type: () => ID }) narrativeId: string,
    @Context() ctx: RequestContext,
  ) {
    return this.tags.reject(claimId, narrativeId, ctx.actor);
  }

  @Mutation(() => Boolean, { description: 'Removes the tag (kept in the audit log); false when there was none' })
  untagClaim(
    @Args('claimId', { type: () => ID }) claimId: string,
    @Args('narrativeId', { type: () => ID }) narrativeId: string,
    @Context() ctx: RequestContext,
  ) {
    return this.tags.untag(claimId, narrativeId, ctx.actor);
  }

  @ResolveField('claim', () => ClaimModel)
  claim(@Parent() tag: ClaimTagModel, @Context() ctx: RequestContext) {
    return required(ctx.loaders.claims, tag.claimId, 'claim');
  }

  @ResolveField('narrative', () => NarrativeModel)
  narrative(@Parent() tag: ClaimTagModel, @Context() ctx: RequestContext) {
    return required(ctx.loaders.narratives, tag.narrativeId, 'narrative');
  }
}
