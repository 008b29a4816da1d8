// fast-check generators of practice records and datasets, shared by the browser property tests
// (test/property-*.test.ts) and the node comparison with ajv (test/node/*.test.mjs).
// `fc` is fast-check; `common` is the `$defs` of data/schema/common.schema.json.

/** Strings a schema may or may not accept: plain, odd Unicode (lone surrogates too), payloads. */
const anyText = (fc) =>
  fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.constantFrom('', ' ', '\ud800', '\u202eabc', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', 'https://example.org/a b'),
  );

export function arbitraries(fc, common) {
  const pick = (name) => fc.constantFrom(...common[name].enum);
  const text = fc.string({ minLength: 1, maxLength: 16 });
  const slug = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
  const country = fc.constantFrom('DE', 'FR', 'AT', 'PT', 'SE');
  const url = fc.webUrl({ validSchemes: ['http', 'https'] }).filter((u) => /^https?:\/\/[^\s]+$/.test(u));
  const uniq = (arb, o = {}) => fc.uniqueArray(arb, { maxLength: 3, ...o });

  const validPractice = fc.record(
    {
      id: slug,
      kind: pick('practiceKind'),
      title: text,
      titleEn: text,
      summary: text,
      description: fc.array(text, { maxLength: 2 }),
      places: fc.array(fc.record({ city: text, country }, { requiredKeys: [] }), { maxLength: 2 }),
      countries: uniq(country),
      organisations: fc.array(text, { maxLength: 2 }),
      period: fc.record({ start: fc.constantFrom('2019', '2020-05', '2021-01-31'), end: fc.constantFrom('2022', '2023-12'), status: pick('periodStatus'), asPrinted: text }, { requiredKeys: [] }),
      themes: uniq(pick('theme'), { minLength: 1 }),
      targetGroups: uniq(pick('targetGroup')),
      ageRange: fc.record({ min: fc.integer({ min: 0, max: 120 }), max: fc.integer({ min: 0, max: 120 }), asPrinted: text }, { requiredKeys: [] }),
      languages: uniq(fc.constantFrom('de', 'ar', 'uk', 'fr')),
      figures: fc.array(fc.record({ value: fc.double({ noNaN: true, noDefaultInfinity: true }), unit: pick('figureUnit'), label: text }), { maxLength: 2 }),
      funding: fc.record({ funders: fc.array(text, { maxLength: 2 }), note: text }, { requiredKeys: [] }),
      urls: fc.array(fc.record({ url, label: text }, { requiredKeys: ['url'] }), { maxLength: 2 }),
      flags: uniq(pick('practiceFlag')),
      dilemma: fc.record({ question: text, discussion: text, result: text }, { requiredKeys: ['question'] }),
      provenance: fc.array(fc.record({ source: slug, section: text, page: fc.integer({ min: 1, max: 400 }) }, { requiredKeys: ['source', 'section'] }), { minLength: 1, maxLength: 2 }),
    },
    { requiredKeys: ['id', 'kind', 'title', 'summary', 'countries', 'themes', 'targetGroups', 'provenance'] },
  );

  /** A valid record with one thing wrong (or not): a field replaced, removed or added. */
  const mutated = fc.oneof(
    fc.tuple(validPractice, fc.constantFrom('id', 'kind', 'title', 'summary', 'countries', 'themes', 'urls', 'period', 'ageRange', 'provenance', 'figures'), fc.oneof(anyText(fc), fc.jsonValue({ maxDepth: 2 })))
      .map(([p, k, v]) => ({ ...p, [k]: v })),
    fc.tuple(validPractice, fc.constantFrom('id', 'kind', 'title', 'summary', 'countries', 'themes', 'targetGroups', 'provenance')).map(([p, k]) => {
      const copy = { ...p };
      delete copy[k];
      return copy;
    }),
    fc.tuple(validPractice, fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue({ maxDepth: 1 })).map(([p, k, v]) => ({ ...p, [k]: v })),
    fc.tuple(validPractice, anyText(fc)).map(([p, s]) => ({ ...p, countries: [s] })),
    fc.tuple(validPractice, anyText(fc)).map(([p, s]) => ({ ...p, urls: [{ url: s }] })),
    fc.tuple(validPractice, anyText(fc)).map(([p, s]) => ({ ...p, themes: [...p.themes, s] })),
    validPractice.map((p) => ({ ...p, themes: [...p.themes, p.themes[0]] })),
  );

  /** Anything a script might set as a record: valid, nearly valid, or any JSON object. */
  const practiceRecord = fc.oneof({ weight: 2, arbitrary: validPractice }, { weight: 5, arbitrary: mutated }, { weight: 1, arbitrary: fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }) });

  const source = fc.record(
    { id: slug, title: text, publisher: text, year: fc.integer({ min: 1890, max: 2110 }), copyright: fc.oneof(text, fc.constant(null), fc.constant('')), url },
    { requiredKeys: ['id', 'title', 'publisher', 'year', 'copyright'] },
  );
  const dataset = fc.record({ version: fc.string(), sources: fc.array(source, { maxLength: 2 }), practices: fc.array(practiceRecord, { maxLength: 3 }) }, { requiredKeys: [] });

  return { anyText: anyText(fc), validPractice, mutated, practiceRecord, source, dataset };
}
