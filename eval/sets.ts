import { DEV_SET, DEV_SET_B } from './dev-set.js';
import { FRESH_SET } from './fresh-set.js';
import { HELD_OUT_SET } from './held-out-set.js';
import { TELEGRAM_SET } from './telegram-set.js';
import { TV_SET } from './tv-set.js';
import type { EvalSet } from './types.js';
import { WIRE_SET } from './wire-set.js';

/** Our own sets: the lexicon was first tuned on dev and dev-b; held-out was written after that. */
export const OUR_SETS: readonly EvalSet[] = [DEV_SET, DEV_SET_B, HELD_OUT_SET];
/**
 * Independent sets in other styles and wordings: wire, telegram and tv-themes were written before
 * the lexicon was broadened (their first figures are the baseline in results/before.txt); fresh was
 * written after all tuning and scored once clean (results/fresh-first-run.txt) before being used.
 */
export const INDEPENDENT_SETS: readonly EvalSet[] = [WIRE_SET, TELEGRAM_SET, TV_SET, FRESH_SET];
export const ALL_SETS: readonly EvalSet[] = [...OUR_SETS, ...INDEPENDENT_SETS];
