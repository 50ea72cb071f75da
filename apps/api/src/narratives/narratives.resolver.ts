import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { TagStatus } from '../common/enums.js';
import type { RequestContext } from '../common/loaders/loaders.js';
import { NarrativeInput, NarrativeUpdateInput } from './dto/narrative.input.js';
import { NarrativeModel } from './models/narrative.model.js';
import { NarrativesService } from './narratives.service.js';

@Resolver(() => NarrativeModel)
export class NarrativesResolver {
  constructor(@Inject(NarrativesService) private readonly service: NarrativesService) {}

  @Query(() => [NarrativeModel], { description: 'All narratives, by name' })
  narratives(): Promise<NarrativeModel[]> {
    return this.service.list();
  }

  @Query(() => NarrativeModel, { nullable: true, description: 'One narrative by id or slug' })
  narrative(
    @Args('id', { type: () => ID, nullable: true }) id?: string,
    @Args('slug', { type: () => String, nullable: true }) slug?: string,
  ): Promise<NarrativeModel | null> {
    return this.service.find(id, slug);
  }

  @Mutation(() => NarrativeModel)
  createNarrative(@Args('input') input: NarrativeInput): Promise<NarrativeModel> {
    return this.service.create(input);
  }

  @Mutation(() => NarrativeModel)
  updateNarrative(@Args('id', { type: () => ID }) id: string, @Args('input') input: NarrativeUpdateInput): Promise<NarrativeModel> {
    return this.service.update(id, input);
  }

  @ResolveField('parent', () => NarrativeModel, { nullable: true })
  parent(@Parent() narrative: NarrativeModel, @Context() ctx: RequestContext): Promise<NarrativeModel | null> | null {
    return narrative.parentId ? ctx.loaders.narratives.load(narrative.parentId) : null;
  }

  @ResolveField('children', () => [NarrativeModel])
  children(@Parent() narrative: NarrativeModel, @Context() ctx: RequestContext): Promise<NarrativeModel[]> {
    return ctx.loaders.childrenByNarrative.load(narrative.id);
  }

  @ResolveField('claimCount', () => Int, { description: 'Claims with a live tag of this narrative, or with a tag of `status`' })
  claimCount(
    @Parent() narrative: NarrativeModel,
    @Context() ctx: RequestContext,
    @Args('status', { type: () => TagStatus, nullable: true }) status?: TagStatus,
  ): Promise<number> {
    return ctx.loaders.claimCount(status ?? null).load(narrative.id);
  }
}
