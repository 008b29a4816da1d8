// A generated custom dataset (dataset.schema.json) with one benchmark "big" of `questions`
// questions spread over `factors` key factors: far larger than any shipped benchmark, to check
// that the checklist stays responsive (attack report F23). Used by the test server
// (/__benchmark.json) and by bench/run.mjs.
export function bigBenchmark(factors, questions) {
  const per = Math.ceil(questions / factors);
  return {
    benchmarks: [{
      id: 'big', source: 'test', kind: 'benchmark', title: `A benchmark of ${questions} questions`, summary: 'Generated for tests and the benchmark.', contextFactors: [],
      provenance: { source: 'test', section: '1' },
      keyFactors: Array.from({ length: factors }, (_, k) => ({
        id: `kf${k + 1}`, title: `Key factor ${k + 1}`, why: 'A generated key factor.',
        questions: Array.from({ length: Math.min(per, questions - k * per) }, (_, i) => ({ id: `kf${k + 1}-q${i + 1}`, text: `Question ${i + 1} of key factor ${k + 1}: is this done, and who checks it every year?` })),
      })),
    }],
  };
}
