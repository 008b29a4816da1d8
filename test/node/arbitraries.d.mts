import type { Arbitrary } from 'fast-check';
type Arb = Arbitrary<unknown>;
export declare function arbitraries(
  fcModule: unknown,
  common: Record<string, { enum?: unknown[] }>,
): { anyText: Arbitrary<string>; validPractice: Arbitrary<Record<string, unknown>>; mutated: Arb; practiceRecord: Arb; source: Arb; dataset: Arb };
