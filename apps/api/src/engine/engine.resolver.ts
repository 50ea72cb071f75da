import { Inject } from '@nestjs/common';
import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainError, LIMITS } from '@app/domain';
import { required, type RequestContext } from '../common/loaders/loaders.js';
import { NarrativeModel } from '../narratives/models/narrative.model.js';
import { EngineService } from './engine.service.js';
import { NarrativeSuggestionModel } from './narrative-suggestion.model.js';

@Resolver(() => NarrativeSuggestionModel)
export class EngineResolver {
  constructor(@Inject(EngineService) private readonly engine: EngineService) {}

  @Query(() => [NarrativeSuggestionModel], { description: 'Narratives ranked for any text, best first, with scores and evidence' })
  suggestNarratives(
    @Args('text') text: string,
    @Args('language', { type: () => String, nullable: true }) language?: string,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 3 }) limit: number | null = 3,
  ): NarrativeSuggestionModel[] {
    if (!text.trim()) throw DomainError.badInput('text', 'text must not be empty');
    if (text.length > LIMITS.maxTextLength) throw DomainError.badInput('text', `text is longer than ${LIMITS.maxTextLength} characters`);
    limit ??= 3;
    if (limit < 1 || limit > LIMITS.maxSuggestions) throw DomainError.badInput('limit', `limit must be from 1 to ${LIMITS.maxSuggestions}`);
    return this.engine.score(text, language ?? null, { limit }) as NarrativeSuggestionModel[];
  }

  @ResolveField('narrative', () => NarrativeModel)
  narrative(@Parent() s: NarrativeSuggestionModel, @Context() ctx: RequestContext): Promise<NarrativeModel> {
    return required(ctx.loaders.narratives, s.narrativeId, 'narrative');
  }
}
