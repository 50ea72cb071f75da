import type { Stance } from '@app/domain';

export type EvalLang = 'en' | 'ru' | 'uk';

export interface EvalNarrative {
  slug: string;
  name: string;
  description: string;
  keywords?: string[];
}

/** A claim the analyst tagged for a narrative: confirmed (positive) or rejected (negative). */
export interface EvalExample {
  narrative: string;
  text: string;
  language: EvalLang;
  positive: boolean;
}

/** An unseen claim with the narrative it belongs to (null: fits none) and its stance toward it. */
export interface EvalClaim {
  text: string;
  language: EvalLang;
  narrative: string | null;
  stance: Stance | null;
}

export interface EvalSet {
  name: string;
  narratives: EvalNarrative[];
  examples: EvalExample[];
  claims: EvalClaim[];
}
