/**
 * The practice search index: built once per dataset (the text of every record normalised once),
 * then each query only scans the prepared strings. Case- and diacritic-insensitive, every word of
 * the query must appear (at a word start, or anywhere for words of three letters or more), and
 * results are ranked with the title weighted highest.
 */
import type { Practice } from './types.js';

/** A record prepared for search and filtering. */
export interface IndexedPractice {
  practice: Practice;
  /** Position in the dataset, the stable order when nothing else decides. */
  order: number;
  title: string;
  place: string;
  organisations: string;
  summary: string;
  /** Every source the record cites (`provenance[].source`). */
  sources: string[];
  keyFactors: string[];
  /** Sort key for `newest`: the latest date of the period, `''` when unknown. */
  date: string;
  /** The title as shown (translated in a localized index), the key of the `title` order. */
  sortTitle: string;
}

export interface PracticeIndex {
  records: IndexedPractice[];
  byId: Map<string, IndexedPractice>;
}

// Letters NFD does not decompose: common in European names.
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower case, no diacritics, punctuation as spaces, single spaces: "Ümraniye–Köln" → "umraniye koln". */
export function normalize(text: string): string {
  return ` ${text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => FOLD[c])
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

const indexes = new WeakMap<readonly Practice[], PracticeIndex>();

/** The index of a dataset, built on first use and kept as long as the dataset array lives. */
export function practiceIndex(practices: readonly Practice[], countryName: (code: string) => string = (c) => c): PracticeIndex {
  let index = indexes.get(practices);
  if (!index) {
    const records = practices.map((p, order): IndexedPractice => ({
      practice: p,
      order,
      title: normalize(`${p.title} ${p.titleEn ?? ''}`),
      place: normalize(
        [...(p.places ?? []).flatMap((pl) => [pl.city, pl.region]), ...p.countries.flatMap((c) => [c, countryName(c)])].filter(Boolean).join(' '),
      ),
      organisations: normalize((p.organisations ?? []).join(' ')),
      summary: normalize(p.summary),
      sources: [...new Set(p.provenance.map((pr) => pr.source))],
      keyFactors: (p.keyFactors ?? []).map((k) => k.id),
      date: p.period?.end ?? p.period?.start ?? '',
      sortTitle: p.title,
    }));
    index = { records, byId: new Map(records.map((r) => [r.practice.id, r])) };
    indexes.set(practices, index);
  }
  return index;
}

/** A record's text in a reader's language: what a localized index adds to the English. */
export interface LocalText {
  title?: string;
  summary?: string;
  /** Place and country names as the locale writes them. */
  place?: string;
}

const localized = new WeakMap<PracticeIndex, WeakMap<object, PracticeIndex>>();

/**
 * The index of a dataset that also finds records by their text in one language (title, summary,
 * place and country names), as well as in English; `sortTitle` is the translated title. Built once
 * per index and `key` (the translations of a locale: one object per locale), with `text` called
 * once per record; each query then scans the prepared strings as for the English index.
 */
export function localizedIndex(index: PracticeIndex, key: object, text: (p: Practice) => LocalText): PracticeIndex {
  let byKey = localized.get(index);
  if (!byKey) localized.set(index, (byKey = new WeakMap()));
  let out = byKey.get(key);
  if (!out) {
    const add = (english: string, local: string | undefined) => (local ? `${english}${normalize(local).slice(1)}` : english);
    const records = index.records.map((r): IndexedPractice => {
      const t = text(r.practice);
      return { ...r, title: add(r.title, t.title), summary: add(r.summary, t.summary), place: add(r.place, t.place), sortTitle: t.title ?? r.sortTitle };
    });
    out = { records, byId: new Map(records.map((r) => [r.practice.id, r])) };
    byKey.set(key, out);
  }
  return out;
}

/** The words of a query, normalised. */
export const queryTerms = (query: string): string[] => normalize(query).split(' ').filter(Boolean);

const FIELDS: [keyof Pick<IndexedPractice, 'title' | 'place' | 'organisations' | 'summary'>, number][] = [
  ['title', 8],
  ['place', 3],
  ['organisations', 3],
  ['summary', 1],
];

/**
 * How well a record matches the query words: 0 when a word is missing everywhere. A word
 * counts double where it starts a word and more again where it is a whole word.
 */
export function score(record: IndexedPractice, terms: readonly string[]): number {
  let total = 0;
  for (const term of terms) {
    let best = 0;
    for (const [field, weight] of FIELDS) {
      const text = record[field];
      const at = text.indexOf(term);
      if (at < 0) continue;
      const start = text[at - 1] === ' ';
      if (!start && term.length < 3) continue;
      const whole = start && text[at + term.length] === ' ';
      const s = weight * (whole ? 3 : start ? 2 : 1);
      if (s > best) best = s;
    }
    if (!best) return 0;
    total += best;
  }
  return total;
}
