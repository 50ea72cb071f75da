import fc from 'fast-check';

/**
 * Property tests run on one fixed seed, so that a run of the suite is repeatable and a red CI
 * means a change, not a lucky draw. `FUZZ_SEED=random` explores new inputs (`npm run test:fuzz`);
 * `FUZZ_SEED=<n>` replays the seed a failure printed.
 */
const given = process.env.FUZZ_SEED;
const seed = given === 'random' ? Math.floor(Math.random() * 2 ** 31) : given ? Number(given) : 20261126;
if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer or "random", got ${given}`);
fc.configureGlobal({ seed });
