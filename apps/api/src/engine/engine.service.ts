import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DomainError, LIMITS, normalizeText } from '@app/domain';
import { Database, NarrativeRepository, TagRepository, type NarrativeRecord, type NewSuggestion } from '@app/persistence';

export interface ScoredNarrative {
  narrativeId: string;
  score: number;
  accepted: boolean;
  stance: 'SUPPORTS' | 'REFUTES' | 'NEUTRAL';
  evidence: string[];
}

interface Profile {
  id: string;
  terms: string[];
}

/**
 * Keeps the narrative matcher in memory, taught by the stored narratives and analysts' decisions,
 * and answers suggestions for new claims. (Interim keyword scorer until the domain matcher lands.)
 */
@Injectable()
export class EngineService implements OnApplicationBootstrap {
  private profiles = new Map<string, Profile>();
  readonly threshold = 0.5;

  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(NarrativeRepository) private readonly narratives: NarrativeRepository,
    @Inject(TagRepository) private readonly tags: TagRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.reload();
  }

  async reload(): Promise<void> {
    const all = await this.narratives.findAll(this.db);
    this.profiles = new Map(all.map((n) => [n.id, this.profileOf(n)]));
  }

  private profileOf(n: NarrativeRecord): Profile {
    return { id: n.id, terms: n.keywords.map((k) => normalizeText(k)).filter((k) => k.length > 2) };
  }

  async narrativeChanged(narrative: NarrativeRecord): Promise<void> {
    this.profiles.set(narrative.id, this.profileOf(narrative));
  }

  learn(_example: { claimId: string; narrativeId: string; text: string; language: string; positive: boolean }): void {}

  forget(_claimId: string, _narrativeId: string): void {}

  checkRule(rule: string | null | undefined, field: string): string | null {
    const value = rule?.trim() ?? '';
    if (value.length > LIMITS.maxQueryLength) throw DomainError.badInput(field, `${field} is longer than ${LIMITS.maxQueryLength} characters`);
    return value || null;
  }

  stanceOf(_text: string, _language: string, _narrativeId?: string): 'SUPPORTS' | 'REFUTES' | 'NEUTRAL' {
    return 'SUPPORTS';
  }

  score(text: string, _language: string | null, options: { limit?: number; exclude?: string[] } = {}): ScoredNarrative[] {
    const normalized = normalizeText(text);
    const out: ScoredNarrative[] = [];
    for (const p of this.profiles.values()) {
      if (options.exclude?.includes(p.id)) continue;
      const hits = p.terms.filter((t) => normalized.includes(t));
      const score = hits.length === 0 ? 0 : Math.min(1, 0.45 + 0.2 * hits.length);
      out.push({ narrativeId: p.id, score, accepted: score >= this.threshold, stance: 'SUPPORTS', evidence: hits.map((h) => `term: ${h}`) });
    }
    out.sort((a, b) => b.score - a.score || Number(a.narrativeId) - Number(b.narrativeId));
    return out.slice(0, options.limit ?? out.length);
  }

  /** Suggestions the engine stands behind for freshly extracted claims: at most one per narrative. */
  suggestionsFor(claims: Array<{ id: string; text: string; language: string }>): NewSuggestion[] {
    const out: NewSuggestion[] = [];
    for (const claim of claims) {
      for (const s of this.score(claim.text, claim.language)) {
        if (!s.accepted) break;
        out.push({ claimId: claim.id, narrativeId: s.narrativeId, origin: 'SIMILARITY', stance: s.stance, confidence: s.score, evidence: s.evidence, taggedBy: 'engine' });
      }
    }
    return out;
  }
}
