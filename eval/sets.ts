import { DEV_SET, DEV_SET_B } from './dev-set.js';
import { HELD_OUT_SET } from './held-out-set.js';
import { TELEGRAM_SET } from './telegram-set.js';
import { TV_SET } from './tv-set.js';
import type { EvalSet } from './types.js';
import { WIRE_SET } from './wire-set.js';

/** Every hand-written set: ours (dev, dev-b, held-out) and the three independent ones in other styles. */
export const OUR_SETS: readonly EvalSet[] = [DEV_SET, DEV_SET_B, HELD_OUT_SET];
export const INDEPENDENT_SETS: readonly EvalSet[] = [WIRE_SET, TELEGRAM_SET, TV_SET];
export const ALL_SETS: readonly EvalSet[] = [...OUR_SETS, ...INDEPENDENT_SETS];
