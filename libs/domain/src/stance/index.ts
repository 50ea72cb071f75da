export { detectStance, narrativeStanceInfo, type NarrativeStanceInfo } from './detect-stance.js';
export type { Stance } from '../matching/types.js';
