// Finds descriptive text copied from the source documents: runs of N or more consecutive words
// that stand in a seed text too. Facts (titles, names, printed wording) are exempt.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { strings } from './dataset.mjs';

const EXEMPT = /(^|\.)(id|title|titleEn|asPrinted|heading|section|organisations(\[\d+\])?|funders(\[\d+\])?|city|region|copyright|publisher|project|url|label|file|mentors(\[\d+\])?|mentees(\[\d+\])?|authors(\[\d+\])?|date|version|source|number)$/;
/** Shared runs of this many words count as copied prose. */
export const COPY_RUN = 12;

const words = (s) => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);

export function seedShingles(seedDir, n) {
  const set = new Set();
  if (!existsSync(seedDir)) return undefined;
  for (const f of readdirSync(seedDir)) {
    const w = words(readFileSync(join(seedDir, f), 'utf8'));
    for (let i = 0; i + n <= w.length; i++) set.add(w.slice(i, i + n).join(' '));
  }
  return set;
}

/**
 * `[{ id, path, run }]` for every descriptive string sharing an n-word run with the seeds.
 * Runs that stand inside a fact of the dataset (a title, a name, a printed wording, anywhere in
 * it) are quoted facts, not copied prose.
 */
export function findCopied(records, shingles, n) {
  const facts = [];
  for (const r of records) for (const [path, value] of strings(r)) if (EXEMPT.test(path)) facts.push(` ${words(value).join(' ')} `);
  const factText = facts.join('|');
  const out = [];
  for (const r of records) {
    for (const [path, value] of strings(r)) {
      if (EXEMPT.test(path) || path.includes('provenance') || path.includes('.url')) continue;
      const w = words(value);
      for (let i = 0; i + n <= w.length; i++) {
        const run = w.slice(i, i + n).join(' ');
        if (shingles.has(run) && !factText.includes(` ${run} `)) {
          out.push({ id: r.id, path, run });
          break;
        }
      }
    }
  }
  return out;
}
