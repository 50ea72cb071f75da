import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import {
  DomainError,
  NarrativeEngine,
  normalizeText,
  parseRule,
  type EngineModelInput,
  type EngineVerdict,
  type ScoringClaim,
  type Stance,
  type Suggestion,
} from '@app/domain';
import { Database, NarrativeRepository, TagRepository, type NarrativeRecord, type NewSuggestion, type ScoringCandidate } from '@app/persistence';
import type { Logger } from 'pino';
import { LOGGER_TOKEN } from '../common/logging/logger.js';

export interface ScoredNarrative extends Suggestion {}

/** A claim as the engine scores it: its id, text for the matcher, normalised text, source and platform for rules. */
export interface ClaimToScore extends ScoringClaim {
  id: string;
}

export interface RescoreOutcome {
  scanned: number;
  suggested: number;
  updated: number;
  removed: number;
}

/** Claims re-scored after each analyst decision: existing suggestions and untagged claims, newest first. */
export const RESCORE_RECENT_CLAIMS = 2_000;
const RESCORE_PAGE = 2_000;
const RESCORE_DELAY_MS = 250;
const ENGINE_ACTOR = 'engine';

/**
 * The narrative engine as the server runs it: one in-memory `NarrativeEngine` (the domain's matcher
 * and rules) taught by every narrative and every analyst decision. Decisions update it at once; the
 * suggestions of recent claims are then re-scored in the background for the narrative concerned.
 */
@Injectable()
export class EngineService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private engine = new NarrativeEngine({ narratives: [], examples: [] });
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(NarrativeRepository) private readonly narratives: NarrativeRepository,
    @Inject(TagRepository) private readonly tags: TagRepository,
    @Inject(LOGGER_TOKEN) private readonly logger: Logger,
  ) {}

  get threshold(): number {
    return this.engine.threshold;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.reload();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
    await this.running;
  }

  /** What the engine learns from, as stored now: narratives with their rules, and analysts' confirmed and rejected tags. */
  async modelInput(): Promise<EngineModelInput> {
    const [all, decisions] = await Promise.all([this.narratives.findAll(this.db), this.tags.findDecisions(this.db, ['CONFIRMED', 'REJECTED'])]);
    return {
      narratives: all.map((n) => ({ id: n.id, slug: n.slug, name: n.name, description: n.description, keywords: n.keywords, rule: n.rule })),
      examples: decisions.map((d) => ({ id: d.claimId, narrativeId: d.narrativeId, text: d.text, language: d.language, positive: d.status === 'CONFIRMED' })),
    };
  }

  /** Rebuilds the engine from the stored narratives and analysts' decisions. */
  async reload(): Promise<void> {
    const input = await this.modelInput();
    this.engine = new NarrativeEngine(input, (narrativeId, err) => this.logger.warn({ narrativeId, err }, 'stored rule does not parse; ignored'));
    this.logger.info({ narratives: input.narratives.length, examples: input.examples.length }, 'narrative engine loaded');
  }

  /** A narrative was created or edited: match against its new wording and rule from now on. */
  async narrativeChanged(narrative: NarrativeRecord): Promise<void> {
    this.engine.upsertNarrative(narrative);
    this.schedule(narrative.id);
  }

  /** An analyst confirmed (positive) or rejected (negative) a claim for a narrative. */
  learn(example: { claimId: string; narrativeId: string; text: string; language: string; positive: boolean }): void {
    this.engine.matcher.addExample({ id: example.claimId, narrativeId: example.narrativeId, text: example.text, language: example.language, positive: example.positive });
    this.schedule(example.narrativeId);
  }

  forget(claimId: string, narrativeId: string): void {
    this.engine.matcher.removeExample(claimId, narrativeId);
    this.schedule(narrativeId);
  }

  /** Validates rule syntax (BAD_USER_INPUT with the position on error); null for an empty rule. */
  checkRule(rule: string | null | undefined, field: string): string | null {
    const value = rule?.trim() ?? '';
    if (!value) return null;
    try {
      parseRule(value);
    } catch (err) {
      if (err instanceof DomainError) throw DomainError.badInput(field, err.message.replace(/^rule\b/, field), err.details);
      throw err;
    }
    return value;
  }

  stanceOf(text: string, language: string, narrativeId?: string): Stance {
    return this.engine.stanceOf(text, language, narrativeId);
  }

  /** Narratives ranked for a text, best first. */
  score(text: string, language: string | null, options: { limit?: number; exclude?: string[] } = {}): ScoredNarrative[] {
    return this.engine.matcher.suggest({ text, language }, { limit: options.limit ?? 5, excludeNarrativeIds: options.exclude });
  }

  /** A verdict as a suggestion to store for a claim. */
  static suggestion(claimId: string, v: EngineVerdict): NewSuggestion {
    return { claimId, ...v, taggedBy: ENGINE_ACTOR };
  }

  /** Suggestions the engine stands behind for fresh claims: accepted scores and rule matches, one per narrative. */
  suggestionsFor(claims: ClaimToScore[]): NewSuggestion[] {
    return claims.flatMap((claim) => this.engine.verdicts(claim).map((v) => EngineService.suggestion(claim.id, v)));
  }

  /**
   * Re-scores one narrative's engine suggestions and untagged claims: recent claims no analyst has
   * reviewed, after a decision; or the whole history (`all`, reclassify). Analysts' decisions and
   * rejections are never changed.
   */
  async rescore(narrativeId: string, options: { all: boolean }): Promise<RescoreOutcome> {
    const outcome: RescoreOutcome = { scanned: 0, suggested: 0, updated: 0, removed: 0 };
    if (!this.engine.hasNarrative(narrativeId)) return outcome;
    let afterId: string | null = null;
    for (;;) {
      const limit = options.all ? RESCORE_PAGE : RESCORE_RECENT_CLAIMS;
      // After a decision only unreviewed claims are re-scored, so an analyst's finished review stays as left.
      const page: ScoringCandidate[] = await this.tags.candidatesFor(this.db, narrativeId, { limit, afterId, untagged: true, skipReviewed: !options.all });
      if (page.length === 0) break;
      const fresh: NewSuggestion[] = [];
      const kept: NewSuggestion[] = [];
      const dropped: string[] = [];
      for (const c of page) {
        const verdict = this.engine.verdict(c, narrativeId, this.engine.rank(c));
        const v = verdict && EngineService.suggestion(c.id, verdict);
        if (c.status === null) {
          if (v) fresh.push(v);
        } else if (v) kept.push(v);
        else dropped.push(c.id);
      }
      await this.db.transaction(async (tx) => {
        outcome.suggested += await this.tags.insertSuggestions(tx, fresh);
        await this.tags.refreshSuggestions(tx, kept);
        outcome.removed += await this.tags.retractSuggestions(tx, narrativeId, dropped, ENGINE_ACTOR);
      });
      outcome.scanned += page.length;
      outcome.updated += kept.length;
      if (!options.all || page.length < limit) break;
      afterId = page[page.length - 1]!.id;
    }
    return outcome;
  }

  /** Queues a background re-score of a narrative; decisions in quick succession share one run. */
  private schedule(narrativeId: string): void {
    if (this.stopped) return;
    this.pending.add(narrativeId);
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.running = this.drain().finally(() => {
        this.running = null;
        if (this.pending.size > 0 && !this.stopped) this.schedule([...this.pending][0]!);
      });
    }, RESCORE_DELAY_MS);
  }

  private async drain(): Promise<void> {
    if (this.running) await this.running;
    const ids = [...this.pending];
    this.pending.clear();
    for (const id of ids) {
      if (this.stopped) return;
      try {
        const outcome = await this.rescore(id, { all: false });
        this.logger.debug({ narrativeId: id, ...outcome }, 'suggestions re-scored');
      } catch (err) {
        this.logger.warn({ narrativeId: id, err: (err as Error).message }, 'background re-score failed');
      }
    }
  }

  /** Waits until queued background re-scores have run (tests, shutdown). */
  async settle(): Promise<void> {
    while (this.timer || this.running) {
      if (this.timer) {
        clearTimeout(this.timer);
        this.timer = null;
        this.running = this.drain().finally(() => (this.running = null));
      }
      await this.running;
    }
  }

  normalize(text: string): string {
    return normalizeText(text);
  }
}
