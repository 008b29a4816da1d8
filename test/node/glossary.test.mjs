// Each language's glossary (data/locales/<locale>/glossary.json) fixes the terms of the dataset,
// and the translations use them: wherever the English of a benchmark, topic, practice or context
// factor says benchmark, key factor, guiding question or context factor, the translation uses one
// of the glossary's forms of that term. Run: node --test test/node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset, root } from '../../scripts/lib/dataset.mjs';
import { BENCHMARK_TERMS, GLOSSARY_TERMS, contentState, englishContent, glossaryMisses } from '../../scripts/lib/content.mjs';

const { targetLocales } = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const state = contentState(targetLocales);

for (const locale of targetLocales) {
  test(`${locale}: the glossary names every required term, and the translations use its benchmark-level terms`, () => {
    const terms = state.locales[locale].glossary;
    assert.ok(terms, `data/locales/${locale}/glossary.json is missing or invalid`);
    for (const t of GLOSSARY_TERMS) assert.ok(terms[t]?.forms.length, `${locale}: the glossary has no forms for "${t}"`);
    // The check has something to check: with forms no text contains, every term is missed somewhere.
    const impossible = Object.fromEntries(BENCHMARK_TERMS.map((t) => [t, { term: t, forms: ['\u0000'] }]));
    const checked = new Set(glossaryMisses(locale, state.english, state.bundles, impossible).map((m) => m.match(/says "([^"]+)"/)[1]));
    assert.deepEqual([...checked].sort(), [...BENCHMARK_TERMS].sort());
    assert.deepEqual(glossaryMisses(locale, state.english, state.bundles, terms), []);
  });
}

test('a translation that uses another word for a benchmark-level term is reported', () => {
  const english = englishContent(loadDataset().dataset);
  const [id, record] = [...english.benchmarks].find(([, r]) => /\bkey factors?\b/i.test(r.fields.why ?? ''));
  const bundles = [{ locale: 'fr', kind: 'benchmarks', path: join(root, `data/locales/fr/benchmarks/${record.group}.json`), entries: { [id]: { why: 'Un élément essentiel de la stratégie.' } } }];
  const terms = { 'key factor': { term: 'facteur clé', forms: ['facteur clé', 'facteurs clés'] } };
  const misses = glossaryMisses('fr', english, bundles, terms);
  assert.equal(misses.length, 1);
  assert.match(misses[0], new RegExp(`"${id}"\\.why says "key factor" in English but uses none of the glossary forms`));
  bundles[0].entries[id].why = 'Un facteur clé de la stratégie.';
  assert.deepEqual(glossaryMisses('fr', english, bundles, terms), []);
});
