#!/usr/bin/env node
// Writes payloads.json: a custom dataset that follows the schema but whose every text field
// carries an injection payload, broken Unicode, bidi overrides or absurd lengths.
// Run again after changing the list: node test/pages/hostile/make-payloads.mjs
import { writeFileSync } from 'node:fs';

export const PAYLOADS = [
  '<script>top.__pwned = "script"</script>',
  '<img src=x onerror="top.__pwned = \'img\'">',
  '<svg onload="top.__pwned = \'svg\'"><circle r="1"/></svg>',
  '"><iframe src="javascript:top.__pwned = \'iframe\'"></iframe>',
  'javascript:top.__pwned = "url"',
  '<a href="javascript:top.__pwned = \'a\'">click me</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror="top.__pwned = \'mxss\'">',
  '<style>* { display: none !important }</style>',
  '${top.__pwned = "template"} {{constructor.constructor("top.__pwned = 1")()}}',
  '<div onmouseover="top.__pwned = \'div\'" style="position:fixed;inset:0">x</div>',
  'Lone surrogates: \ud800 and \udfff and \udbff\ud7ff end',
  'Right-to-left override: \u202egnp.exe\u202c and isolate \u2067abc\u2069 and \u200f marks',
  `A very long word: ${'Antidiskriminierungsstelle'.repeat(40)}`,
  `A very long text: ${'integration '.repeat(300)}`,
  'Z\u0337\u0327\u031ba\u0334l\u0336g\u0337o\u0338 and emoji 👩🏽‍🏫 and NUL-like \u0000 and \uFEFF BOM',
];

const practice = (payload, i) => ({
  id: `hostile-${i}`,
  kind: i % 4 === 3 ? 'dilemma' : 'good-practice',
  title: payload,
  titleEn: payload,
  summary: payload,
  description: [payload, payload],
  places: [{ city: payload, region: payload, country: 'DE' }],
  countries: ['DE', 'FR'],
  organisations: [payload, payload],
  period: { asPrinted: payload },
  themes: ['health'],
  targetGroups: ['refugees'],
  ageRange: { asPrinted: payload },
  languages: ['de', 'ar'],
  figures: [{ value: 12, unit: 'people', label: payload, year: payload, asPrinted: payload }],
  funding: { funders: [payload], note: payload },
  urls: [
    { url: `https://example.org/"><script>top.__pwned="href"</script>`, label: payload },
    { url: 'https://example.org/ok', label: payload },
  ],
  flags: ['planned'],
  ...(i % 4 === 3 ? { dilemma: { city: payload, question: payload, discussion: payload, result: payload } } : {}),
  notes: payload,
  provenance: [{ source: 'hostile', section: payload, heading: payload, page: 1 }],
});

const dataset = {
  version: 'hostile',
  sources: [{ id: 'hostile', title: PAYLOADS[1], publisher: PAYLOADS[0], year: 2024, copyright: PAYLOADS[10], url: 'https://example.org/' }],
  practices: PAYLOADS.map(practice),
};
if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(new URL('./payloads.json', import.meta.url), `${JSON.stringify(dataset, null, 1)}\n`);
  console.log(`Wrote ${dataset.practices.length} hostile practices`);
}
