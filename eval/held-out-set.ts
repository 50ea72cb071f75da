import type { EvalSet } from './types.js';
export const HELD_OUT_SET: EvalSet = { name: 'held-out', narratives: [], examples: [], claims: [] };
