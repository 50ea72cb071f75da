import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@app/domain';
import { required, type RequestContext } from '../common/loaders/loaders.js';
import { DocumentModel } from '../documents/document.model.js';
import { SourceModel } from '../sources/source.model.js';
import { ClaimTagModel } from '../tags/models/claim-tag.model.js';
import { ClaimsService } from './claims.service.js';
import { ClaimClusterModel } from '../engine/engine.models.js';
import { ClaimFilterInput } from './dto/claim-filter.input.js';
import { ClaimConnectionModel } from './models/claim-connection.model.js';
import { ClaimModel } from './models/claim.model.js';

@Resolver(() => ClaimModel)
export class ClaimsResolver {
  constructor(@Inject(ClaimsService) private readonly service: ClaimsService) {}

  @Query(() => ClaimConnectionModel, { description: `Claims newest first, Relay-style; first is at most ${LIMITS.maxPageSize}` })
  claims(
    @Args('filter', { type: () => ClaimFilterInput, nullable: true }) filter?: ClaimFilterInput,
    @Args('first', { type: () => Int, nullable: true, defaultValue: LIMITS.defaultPageSize }) first: number | null = LIMITS.defaultPageSize,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.service.page(filter, first ?? LIMITS.defaultPageSize, after);
  }

  @Query(() => ClaimModel, { nullable: true })
  claim(@Args('id', { type: () => ID }) id: string) {
    return this.service.find(id);
  }

  @ResolveField('document', () => DocumentModel)
  document(@Parent() claim: ClaimModel, @Context() ctx: RequestContext) {
    return required(ctx.loaders.documents, claim.documentId, 'document');
  }

  @ResolveField('source', () => SourceModel)
  source(@Parent() claim: ClaimModel, @Context() ctx: RequestContext) {
    return required(ctx.loaders.sources, claim.sourceId, 'source');
  }

  @ResolveField('cluster', () => ClaimClusterModel, { nullable: true, description: 'Near-copies of this claim across sources' })
  cluster(@Parent() claim: ClaimModel, @Context() ctx: RequestContext) {
    return ctx.loaders.clusterOfClaim.load(claim.id);
  }

  @ResolveField('tags', () => [ClaimTagModel], { description: 'At most one per narrative, best confidence first' })
  tags(@Parent() claim: ClaimModel, @Context() ctx: RequestContext) {
    return ctx.loaders.tagsByClaim.load(claim.id);
  }
}
