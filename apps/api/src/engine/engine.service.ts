import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import {
  detectStance,
  DomainError,
  LIMITS,
  matchesRule,
  NarrativeMatcher,
  normalizeText,
  parseRule,
  ruleTerms,
  type NarrativeProfile,
  type RuleAst,
  type Stance,
  type Suggestion,
} from '@app/domain';
import { Database, NarrativeRepository, TagRepository, type NarrativeRecord, type NewSuggestion, type ScoringCandidate } from '@app/persistence';
import type { Logger } from 'pino';
import { LOGGER_TOKEN } from '../common/logging/logger.js';

export interface ScoredNarrative extends Suggestion {}

/** A claim as the engine scores it: text for the matcher, normalised text, source and platform for rules. */
export interface ClaimToScore {
  id: string;
  text: string;
  normalized: string;
  language: string;
  sourceName: string | null;
  platform: string | null;
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
const RULE_CONFIDENCE = 0.9;
const ENGINE_ACTOR = 'engine';

/**
 * The narrative engine as the server runs it: one in-memory matcher taught by every narrative and
 * every analyst decision, plus the narratives' rules. Decisions update it at once; the suggestions
 * of recent claims are then re-scored in the background for the narrative concerned.
 */
@Injectable()
export class EngineService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private matcher = new NarrativeMatcher();
  private readonly profiles = new Map<string, NarrativeProfile>();
  private readonly rules = new Map<string, RuleAst>();
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
    return this.matcher.threshold;
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

  /** Rebuilds the matcher from the stored narratives and analysts' confirmed and rejected tags. */
  async reload(): Promise<void> {
    const [all, decisions] = await Promise.all([this.narratives.findAll(this.db), this.tags.findDecisions(this.db, ['CONFIRMED', 'REJECTED'])]);
    const matcher = new NarrativeMatcher();
    this.profiles.clear();
    this.rules.clear();
    for (const n of all) this.remember(n);
    matcher.setNarratives([...this.profiles.values()]);
    for (const d of decisions) {
      matcher.addExample({ id: d.claimId, narrativeId: d.narrativeId, text: d.text, language: d.language, positive: d.status === 'CONFIRMED' });
    }
    this.matcher = matcher;
    this.logger.info({ narratives: all.length, examples: decisions.length }, 'narrative engine loaded');
  }

  private remember(n: NarrativeRecord): NarrativeProfile {
    const profile: NarrativeProfile = { id: n.id, slug: n.slug, name: n.name, description: n.description, keywords: n.keywords };
    this.profiles.set(n.id, profile);
    this.rules.delete(n.id);
    if (n.rule) {
      try {
        this.rules.set(n.id, parseRule(n.rule));
      } catch (err) {
        this.logger.warn({ narrativeId: n.id, err: (err as Error).message }, 'stored rule does not parse; ignored');
      }
    }
    return profile;
  }

  /** A narrative was created or edited: match against its new wording and rule from now on. */
  async narrativeChanged(narrative: NarrativeRecord): Promise<void> {
    this.matcher.upsertNarrative(this.remember(narrative));
    this.schedule(narrative.id);
  }

  /** An analyst confirmed (positive) or rejected (negative) a claim for a narrative. */
  learn(example: { claimId: string; narrativeId: string; text: string; language: string; positive: boolean }): void {
    this.matcher.addExample({ id: example.claimId, narrativeId: example.narrativeId, text: example.text, language: example.language, positive: example.positive });
    this.schedule(example.narrativeId);
  }

  forget(claimId: string, narrativeId: string): void {
    this.matcher.removeExample(claimId, narrativeId);
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
    return detectStance(text, language, narrativeId ? this.profiles.get(narrativeId) : undefined);
  }

  /** Narratives ranked for a text, best first. */
  score(text: string, language: string | null, options: { limit?: number; exclude?: string[] } = {}): ScoredNarrative[] {
    return this.matcher.suggest({ text, language }, { limit: options.limit ?? 5, excludeNarrativeIds: options.exclude });
  }

  /** The engine's verdict on one claim for one narrative: a rule match or an accepted similarity score. */
  private verdict(claim: ClaimToScore, narrativeId: string, ranked: Suggestion[]): NewSuggestion | null {
    const similar = ranked.find((s) => s.narrativeId === narrativeId);
    const rule = this.rules.get(narrativeId);
    const ruleHit = rule ? matchesRule(rule, { normalized: claim.normalized, language: claim.language, sourceName: claim.sourceName, platform: claim.platform }) : false;
    if (ruleHit && rule) {
      return {
        claimId: claim.id,
        narrativeId,
        origin: 'RULE',
        stance: similar?.stance ?? this.stanceOf(claim.text, claim.language, narrativeId),
        confidence: Math.max(RULE_CONFIDENCE, similar?.score ?? 0),
        evidence: [`rule: ${ruleTerms(rule).slice(0, 6).join(', ')}`, ...(similar?.evidence ?? [])].slice(0, 8),
        taggedBy: ENGINE_ACTOR,
      };
    }
    if (!similar?.accepted) return null;
    return { claimId: claim.id, narrativeId, origin: 'SIMILARITY', stance: similar.stance, confidence: similar.score, evidence: similar.evidence, taggedBy: ENGINE_ACTOR };
  }

  private rank(claim: ClaimToScore): Suggestion[] {
    return this.matcher.suggest({ text: claim.text, language: claim.language }, { limit: LIMITS.maxSuggestions });
  }

  /** Suggestions the engine stands behind for fresh claims: accepted scores and rule matches, one per narrative. */
  suggestionsFor(claims: ClaimToScore[]): NewSuggestion[] {
    const out: NewSuggestion[] = [];
    for (const claim of claims) {
      const ranked = this.rank(claim);
      const narrativeIds = new Set([...ranked.filter((s) => s.accepted).map((s) => s.narrativeId), ...this.rules.keys()]);
      for (const narrativeId of narrativeIds) {
        const v = this.verdict(claim, narrativeId, ranked);
        if (v) out.push(v);
      }
    }
    return out;
  }

  /**
   * Re-scores one narrative's engine suggestions and untagged claims: recent claims no analyst has
   * reviewed, after a decision; or the whole history (`all`, reclassify). Analysts' decisions and
   * rejections are never changed.
   */
  async rescore(narrativeId: string, options: { all: boolean }): Promise<RescoreOutcome> {
    const outcome: RescoreOutcome = { scanned: 0, suggested: 0, updated: 0, removed: 0 };
    if (!this.profiles.has(narrativeId)) return outcome;
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
        const v = this.verdict(c, narrativeId, this.rank(c));
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
