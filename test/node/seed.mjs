// The seed of every property test (fast-check), node and browser: fixed, so a run in CI repeats
// exactly and a failure can be reproduced. PROPERTY_SEED=<number> picks another seed,
// PROPERTY_SEED=random a new one each run (to explore); the seed in use is printed either way.
const env = typeof process === 'undefined' ? undefined : process.env.PROPERTY_SEED;

export const DEFAULT_SEED = 20261204;

/** The seed from `PROPERTY_SEED` (or the fixed default). */
export function propertySeed(value = env) {
  if (value === 'random') return Math.floor(Math.random() * 2 ** 31);
  const n = Number(value ?? DEFAULT_SEED);
  if (!Number.isInteger(n)) throw new Error(`PROPERTY_SEED must be an integer or "random", not ${JSON.stringify(value)}`);
  return n;
}
