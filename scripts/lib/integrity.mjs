// Quality rules on the shipped dataset, beyond what the schema can say.
import { strings } from './dataset.mjs';

// Fields that hold facts as printed; they may contain anything the source printed.
const URL_FIELD = /(^|\.)url$/;
const MARKUP = /<\/?[a-z][^>]*>|&(?:[a-z]+|#\d+);|\*\*|\]\(#?\)|\[[^\]]*\]\(/i;
const FOOTNOTE = /[\u00b9\u00b2\u00b3\u2070-\u2079]/;
const ARTEFACT = /\n\s*\n|\t|\s{3,}|\u00ad|\ufffd/;

/**
 * Minimum counts, read off the documents' own contents and numbering (SEEDS.md), so a lost
 * record fails the tests:
 * - youmig: the contents number 69 entries, 2.1.1 to 4.1.2;
 * - urban-academy: 28 dilemmas (questions numbered afresh in each of the 8 sessions: 4+3+2+5 and 4+4+3+3);
 * - whole-comm: 10 innovative practices, two per policy area;
 * - values: 4 case-study cities and 9 more cities of 'other good practices';
 * - key factors as numbered in each benchmark; the 5 policy areas' 'key benchmarks' headings.
 */
export const MINIMUM_COUNTS = {
  practicesBySource: { values: 13, inclucities: 60, 'urban-academy': 28, 'whole-comm': 10, youmig: 69 },
  dilemmas: 28,
  keyFactorsByBenchmark: {
    'values-theme-b': 5, 'values-common': 3,
    'inclucities-0': 12, 'inclucities-1': 8, 'inclucities-2': 5, 'inclucities-3': 7, 'inclucities-4': 11,
    'whole-comm-governance': 4, 'whole-comm-employment': 5, 'whole-comm-education': 5, 'whole-comm-health': 6, 'whole-comm-housing': 4,
  },
  citiesByKind: { 'case-study': 4 },
  topics: [
    'about-benchmarks', 'migrant-refugee-definitions', 'integrating-cities-charter', 'youmig-good-practice-criteria',
    'whole-of-community-approach', 'about-values', 'about-inclucities', 'about-urban-academy', 'about-whole-comm', 'about-youmig',
  ],
  contextFactors: 14,
};

/** Returns a list of `{ id, rule, message }` failures. */
export function checkIntegrity(dataset, { counts = true } = {}) {
  const failures = [];
  const fail = (id, rule, message) => failures.push({ id, rule, message });
  const { sources, practices, benchmarks, contextFactors, topics } = dataset;

  // Unique ids across every kind that shares an id space.
  const seen = new Map();
  const claim = (id, what) => {
    if (seen.has(id)) fail(id, 'unique-id', `id "${id}" is used by ${seen.get(id)} and ${what}`);
    else seen.set(id, what);
  };
  sources.forEach((s) => claim(s.id, 'a source'));
  practices.forEach((p) => claim(p.id, 'a practice'));
  benchmarks.forEach((b) => {
    claim(b.id, 'a benchmark');
    b.keyFactors.forEach((kf) => {
      claim(kf.id, `a key factor of ${b.id}`);
      kf.questions.forEach((q) => claim(q.id, `a question of ${kf.id}`));
    });
  });
  contextFactors.forEach((c) => claim(c.id, 'a context factor'));
  topics.forEach((t) => claim(t.id, 'a topic'));

  const sourceIds = new Set(sources.map((s) => s.id));
  const practiceById = new Map(practices.map((p) => [p.id, p]));
  const keyFactorById = new Map(benchmarks.flatMap((b) => b.keyFactors.map((kf) => [kf.id, kf])));
  const contextIds = new Set(contextFactors.map((c) => c.id));

  const checkProvenance = (id, provenance) => {
    for (const p of [provenance].flat()) {
      if (!sourceIds.has(p.source)) fail(id, 'dangling-source', `cites unknown source "${p.source}"`);
    }
  };

  for (const p of practices) {
    checkProvenance(p.id, p.provenance);
    if (!p.summary?.trim()) fail(p.id, 'empty-summary', 'has an empty summary');
    if (p.summary && p.summary.length > 400) fail(p.id, 'long-summary', `summary is ${p.summary.length} characters (max 400)`);
    for (const place of p.places ?? []) {
      if (place.country && !p.countries.includes(place.country))
        fail(p.id, 'country-mismatch', `place country ${place.country} missing from countries`);
    }
    if (p.kind === 'dilemma' && !p.dilemma) fail(p.id, 'dilemma', 'a dilemma needs its dilemma object');
    if (p.kind !== 'dilemma' && p.dilemma) fail(p.id, 'dilemma', 'only dilemmas carry a dilemma object');
    if (p.period?.start && p.period?.end && p.period.start > p.period.end)
      fail(p.id, 'period', `period starts (${p.period.start}) after it ends (${p.period.end})`);
    for (const link of p.keyFactors ?? []) {
      const kf = keyFactorById.get(link.id);
      if (!kf) fail(p.id, 'dangling-key-factor', `links unknown key factor "${link.id}"`);
      else if (!link.inferred && !(kf.practices ?? []).includes(p.id))
        fail(p.id, 'one-way-link', `links ${link.id}, which does not list it back (mark inferred or add it there)`);
    }
  }
  for (const b of benchmarks) {
    checkProvenance(b.id, b.provenance);
    if (!sourceIds.has(b.source)) fail(b.id, 'dangling-source', `unknown source "${b.source}"`);
    for (const cf of b.contextFactors) {
      if (!contextIds.has(cf.id)) fail(b.id, 'dangling-context-factor', `unknown context factor "${cf.id}"`);
    }
    const prefix = `${b.id}-kf`;
    for (const kf of b.keyFactors) {
      if (!kf.id.startsWith(prefix)) fail(kf.id, 'id-pattern', `key factor id should start with "${prefix}"`);
      if (kf.provenance) checkProvenance(kf.id, kf.provenance);
      kf.questions.forEach((q) => {
        if (!q.id.startsWith(`${kf.id}-q`)) fail(q.id, 'id-pattern', `question id should start with "${kf.id}-q"`);
      });
      for (const pid of kf.practices ?? []) {
        const p = practiceById.get(pid);
        if (!p) fail(kf.id, 'dangling-practice', `names unknown practice "${pid}"`);
        else if (!(p.keyFactors ?? []).some((l) => l.id === kf.id))
          fail(kf.id, 'one-way-link', `names practice "${pid}", which does not link back`);
      }
    }
  }
  contextFactors.forEach((c) => checkProvenance(c.id, c.provenance));
  for (const t of topics) {
    checkProvenance(t.id, t.provenance);
    for (const s of t.sources ?? []) if (!sourceIds.has(s)) fail(t.id, 'dangling-source', `unknown source "${s}"`);
  }

  // Text hygiene on every string of every record.
  const all = [...sources, ...practices, ...benchmarks, ...contextFactors, ...topics];
  for (const record of all) {
    for (const [path, value] of strings(record)) {
      if (URL_FIELD.test(path)) {
        if (!/^https?:\/\/[^\s#][^\s]*$/.test(value)) fail(record.id, 'url', `${path} is not an absolute http(s) URL: ${value}`);
        continue;
      }
      if (path === 'file' || path.endsWith('$schema')) continue;
      if (MARKUP.test(value)) fail(record.id, 'markup', `${path} contains markup: ${value.slice(0, 80)}`);
      if (FOOTNOTE.test(value) && !/asPrinted|copyright/.test(path))
        fail(record.id, 'footnote', `${path} contains a footnote marker: ${value.slice(0, 80)}`);
      if (ARTEFACT.test(value)) fail(record.id, 'artefact', `${path} contains a page-break or spacing artefact`);
      if (value !== value.trim()) fail(record.id, 'whitespace', `${path} has leading or trailing spaces`);
    }
  }

  if (counts) {
    // A practice counts for every source that describes it (cross-listed records are merged).
    const bySource = {};
    for (const p of practices) for (const src of new Set(p.provenance.map((x) => x.source))) bySource[src] = (bySource[src] ?? 0) + 1;
    for (const [s, min] of Object.entries(MINIMUM_COUNTS.practicesBySource)) {
      if ((bySource[s] ?? 0) < min) fail(s, 'count', `${bySource[s] ?? 0} practices from ${s}, expected at least ${min}`);
    }
    const dilemmas = practices.filter((p) => p.kind === 'dilemma').length;
    if (dilemmas < MINIMUM_COUNTS.dilemmas) fail('urban-academy', 'count', `${dilemmas} dilemmas, expected ${MINIMUM_COUNTS.dilemmas}`);
    for (const [kind, min] of Object.entries(MINIMUM_COUNTS.citiesByKind)) {
      const cities = new Set(practices.filter((p) => p.kind === kind).flatMap((p) => (p.places ?? []).map((pl) => pl.city)).filter(Boolean));
      if (cities.size < min) fail(kind, 'count', `${cities.size} cities with ${kind} records, expected at least ${min}`);
    }
    const valuesGoodPracticeCities = new Set(
      practices
        .filter((p) => p.kind === 'good-practice' && p.provenance.some((x) => x.source === 'values'))
        .flatMap((p) => (p.places ?? []).map((pl) => pl.city)),
    );
    if (valuesGoodPracticeCities.size < 9) fail('values', 'count', `'other good practices' from ${valuesGoodPracticeCities.size} cities, expected 9`);
    for (const [id, min] of Object.entries(MINIMUM_COUNTS.keyFactorsByBenchmark)) {
      const b = benchmarks.find((x) => x.id === id);
      if (!b) fail(id, 'count', `benchmark ${id} is missing`);
      else if (b.keyFactors.length < min) fail(id, 'count', `${b.keyFactors.length} key factors, expected at least ${min}`);
    }
    const topicIds = new Set(topics.map((t) => t.id));
    for (const id of MINIMUM_COUNTS.topics) if (!topicIds.has(id)) fail(id, 'count', `topic ${id} is missing`);
    if (contextFactors.length < MINIMUM_COUNTS.contextFactors)
      fail('context-factors', 'count', `${contextFactors.length} context factors, expected ${MINIMUM_COUNTS.contextFactors}`);
  }
  return failures;
}
