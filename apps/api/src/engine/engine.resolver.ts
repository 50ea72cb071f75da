import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DomainError, languageCode, LIMITS } from '@app/domain';
import { required, type RequestContext } from '../common/loaders/loaders.js';
import { NarrativeModel } from '../narratives/models/narrative.model.js';
import { EngineService } from './engine.service.js';
import { ClaimClusterModel, ReclassifyResultModel, RulePreviewModel } from './engine.models.js';
import { SourceModel } from '../sources/source.model.js';
import { RulesService } from './rules.service.js';
import { RecordLookup } from '../database/record-lookup.js';
import { NarrativeSuggestionModel } from './narrative-suggestion.model.js';

@Resolver(() => NarrativeSuggestionModel)
export class EngineResolver {
  constructor(
    @Inject(EngineService) private readonly engine: EngineService,
    @Inject(RulesService) private readonly rules: RulesService,
    @Inject(RecordLookup) private readonly lookup: RecordLookup,
  ) {}

  @Query(() => RulePreviewModel, { description: 'Count and newest sample of the claims a rule would match, before saving it' })
  previewRule(
    @Args('rule') rule: string,
    @Args('from', { type: () => Date, nullable: true }) from?: Date,
    @Args('to', { type: () => Date, nullable: true }) to?: Date,
    @Args('sample', { type: () => Int, nullable: true, defaultValue: 10 }) sample: number | null = 10,
  ) {
    return this.rules.preview(this.engine.checkRule(rule, 'rule') ?? '', from, to, sample ?? 10);
  }

  @Mutation(() => ReclassifyResultModel, { description: "Re-runs one narrative's matcher and rule over the whole history; analysts' decisions stay" })
  async reclassify(@Args('narrativeId', { type: () => ID }) narrativeId: string) {
    await this.lookup.assertNarrative(narrativeId, 'narrativeId');
    return { narrativeId, ...(await this.engine.rescore(narrativeId, { all: true })) };
  }

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
    return this.engine.score(text, languageCode(language, 'language'), { limit }) as NarrativeSuggestionModel[];
  }

  @ResolveField('narrative', () => NarrativeModel)
  narrative(@Parent() s: NarrativeSuggestionModel, @Context() ctx: RequestContext): Promise<NarrativeModel> {
    return required(ctx.loaders.narratives, s.narrativeId, 'narrative');
  }
}

@Resolver(() => ClaimClusterModel)
export class ClaimClusterResolver {
  @ResolveField('firstSource', () => SourceModel)
  firstSource(@Parent() cluster: ClaimClusterModel, @Context() ctx: RequestContext) {
    return required(ctx.loaders.sources, cluster.firstSourceId, 'source');
  }
}
