export type Stance = 'SUPPORTS' | 'REFUTES' | 'NEUTRAL';

/** What an analyst gives for a narrative. */
export interface NarrativeProfile {
  id: string;
  slug: string;
  name: string;
  description?: string | null;
  keywords?: string[];
}

/** A claim tagged for a narrative: confirmed (positive) or rejected (negative). */
export interface LabelledExample {
  /** claim id */
  id: string;
  narrativeId: string;
  text: string;
  language?: string | null;
  positive: boolean;
}

export interface ClaimText {
  text: string;
  language?: string | null;
  /** `normalizeText(text)`, when the caller has it already (a stored or extracted claim): it is not worked out again */
  normalized?: string;
}

export interface Suggestion {
  narrativeId: string;
  /** calibrated probability that the claim belongs to the narrative, 0..1 */
  score: number;
  /** score >= the matcher's threshold */
  accepted: boolean;
  stance: Stance;
  /** why: matched concepts and terms, nearest tagged examples */
  evidence: string[];
}

/** What a pluggable scorer sees of one narrative. */
export interface ScorerNarrative {
  profile: NarrativeProfile;
  positives: readonly LabelledExample[];
  negatives: readonly LabelledExample[];
}

/**
 * A pluggable similarity signal (e.g. a sentence-embedding model later). Its `score` (expected in
 * -1..1, typically a similarity in 0..1) is added to the matcher's logit multiplied by `weight`
 * (default 1) before calibration, so a strong scorer can lift a narrative and a negative score
 * can push one down.
 */
export interface Scorer {
  readonly name: string;
  readonly weight?: number;
  /** Called before the next `suggest` whenever narratives or examples changed since the last call. */
  prepare?(narratives: readonly ScorerNarrative[]): void;
  score(claim: ClaimText, narrative: ScorerNarrative): number;
}
