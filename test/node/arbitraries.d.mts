import type * as fc from 'fast-check';
type Arb = fc.Arbitrary<unknown>;
export declare function arbitraries(
  fcModule: typeof fc,
  common: Record<string, { enum?: unknown[] }>,
): { anyText: fc.Arbitrary<string>; validPractice: fc.Arbitrary<Record<string, unknown>>; mutated: Arb; practiceRecord: Arb; source: Arb; dataset: Arb };
