export type { Stance, NarrativeProfile, LabelledExample, ClaimText, Suggestion, Scorer, ScorerNarrative } from './types.js';
export {
  NarrativeMatcher,
  DEFAULT_CALIBRATION,
  DEFAULT_THRESHOLD,
  type Calibration,
  type MatchFeatures,
  type NarrativeMatcherOptions,
  type SuggestOptions,
} from './matcher.js';
export { analyze as analyzeForMatching, resolveLanguage, type Analysis, type Lang } from './analyzer.js';
export { CONCEPTS, type ConceptDef } from './lexicon.js';
