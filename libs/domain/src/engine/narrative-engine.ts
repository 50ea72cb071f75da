import { LIMITS } from '../limits.js';
import { NarrativeMatcher, type SuggestOptions } from '../matching/matcher.js';
import type { LabelledExample, NarrativeProfile, Stance, Suggestion } from '../matching/types.js';
import { matchesRule, ruleTerms } from '../rules/match-rule.js';
import { parseRule } from '../rules/parse-rule.js';
import type { RuleAst } from '../rules/rule-ast.js';
import { detectStance } from '../stance/detect-stance.js';

/** Confidence of a rule match (a similarity score above it wins). */
export const RULE_CONFIDENCE = 0.9;

/** A narrative as the engine needs it: its wording and its rule, if any. */
export interface EngineNarrative extends NarrativeProfile {
  rule?: string | null;
}

/** Everything the engine learns from, as plain data (it crosses to worker threads as it is). */
export interface EngineModelInput {
  narratives: EngineNarrative[];
  /** analysts' decisions: confirmed (positive) and rejected (negative) claims */
  examples: LabelledExample[];
}

/** A claim as the engine scores it: text for the matcher, normalised text, source and platform for rules. */
export interface ScoringClaim {
  text: string;
  normalized: string;
  language: string;
  sourceName: string | null;
  platform: string | null;
}

/** What the engine stands behind for one claim and one narrative. */
export interface EngineVerdict {
  narrativeId: string;
  origin: 'RULE' | 'SIMILARITY';
  stance: Stance;
  confidence: number;
  evidence: string[];
}

/**
 * The narrative engine's model: the matcher taught by narratives and decisions, plus the
 * narratives' parsed rules. The server keeps one and updates it as analysts work; a bulk import
 * builds copies of it on worker threads from the same input, so both give the same verdicts.
 */
export class NarrativeEngine {
  readonly matcher: NarrativeMatcher;
  private readonly profiles = new Map<string, NarrativeProfile>();
  private readonly rules = new Map<string, RuleAst>();

  /** `onBadRule` hears of stored rules that no longer parse (they are ignored). */
  constructor(input: EngineModelInput, private readonly onBadRule: (narrativeId: string, message: string) => void = () => undefined) {
    this.matcher = new NarrativeMatcher();
    for (const n of input.narratives) this.remember(n);
    this.matcher.setNarratives([...this.profiles.values()]);
    for (const e of input.examples) this.matcher.addExample(e);
  }

  get threshold(): number {
    return this.matcher.threshold;
  }

  hasNarrative(narrativeId: string): boolean {
    return this.profiles.has(narrativeId);
  }

  profile(narrativeId: string): NarrativeProfile | undefined {
    return this.profiles.get(narrativeId);
  }

  /** A narrative was created or edited: its new wording and rule count from now on. */
  upsertNarrative(narrative: EngineNarrative): void {
    this.matcher.upsertNarrative(this.remember(narrative));
  }

  private remember(n: EngineNarrative): NarrativeProfile {
    const profile: NarrativeProfile = { id: n.id, slug: n.slug, name: n.name, description: n.description, keywords: n.keywords };
    this.profiles.set(n.id, profile);
    this.rules.delete(n.id);
    if (n.rule) {
      try {
        this.rules.set(n.id, parseRule(n.rule));
      } catch (err) {
        this.onBadRule(n.id, (err as Error).message);
      }
    }
    return profile;
  }

  stanceOf(text: string, language: string, narrativeId?: string): Stance {
    return detectStance(text, language, narrativeId ? this.profiles.get(narrativeId) : undefined);
  }

  /** Narratives ranked for a claim by similarity, best first. */
  rank(claim: ScoringClaim): Suggestion[] {
    return this.matcher.suggest({ text: claim.text, language: claim.language, normalized: claim.normalized }, { limit: LIMITS.maxSuggestions });
  }

  /** The verdict for one narrative, given the claim's ranking: a rule match or an accepted similarity score. */
  verdict(claim: ScoringClaim, narrativeId: string, ranked: Suggestion[]): EngineVerdict | null {
    const similar = ranked.find((s) => s.narrativeId === narrativeId);
    const rule = this.rules.get(narrativeId);
    if (rule && matchesRule(rule, { normalized: claim.normalized, language: claim.language, sourceName: claim.sourceName, platform: claim.platform })) {
      return {
        narrativeId,
        origin: 'RULE',
        stance: similar?.stance ?? this.stanceOf(claim.text, claim.language, narrativeId),
        confidence: Math.max(RULE_CONFIDENCE, similar?.score ?? 0),
        evidence: [`rule: ${ruleTerms(rule).slice(0, 6).join(', ')}`, ...(similar?.evidence ?? [])].slice(0, 8),
      };
    }
    if (!similar?.accepted) return null;
    return { narrativeId, origin: 'SIMILARITY', stance: similar.stance, confidence: similar.score, evidence: similar.evidence };
  }

  /**
   * Options for `verdicts`' ranking, made once (it runs for every imported claim): stance and
   * evidence are read only where a verdict can use them.
   */
  private readonly verdictRanking: SuggestOptions = {
    limit: LIMITS.maxSuggestions,
    detailed: (narrativeId, accepted) => accepted || this.rules.has(narrativeId),
  };

  /** Every verdict for a fresh claim: accepted scores and rule matches, one per narrative. */
  verdicts(claim: ScoringClaim): EngineVerdict[] {
    // the claim is a ClaimText as it is (the matcher has no scorers that could see its other fields)
    const ranked = this.matcher.suggest(claim, this.verdictRanking);
    // accepted narratives in rank order, then those with a rule that are not among them
    const out: EngineVerdict[] = [];
    for (const s of ranked) {
      if (!s.accepted) continue;
      const v = this.verdict(claim, s.narrativeId, ranked);
      if (v) out.push(v);
    }
    if (this.rules.size === 0) return out;
    for (const narrativeId of this.rules.keys()) {
      if (ranked.some((s) => s.accepted && s.narrativeId === narrativeId)) continue;
      const v = this.verdict(claim, narrativeId, ranked);
      if (v) out.push(v);
    }
    return out;
  }
}
