/**
 * The self-assessment model of `<iw-benchmark-checklist>`: its shape, the suggested status of a
 * key factor, validation of outside data (imports, stored values, script-set objects), safe
 * storage that never throws, and the JSON and CSV exports.
 */
import type { ContextEffect, ContextSelection } from './assessment-types.js';
import type { Benchmark } from './types.js';

export type Answer = 'yes' | 'partly' | 'no' | 'unknown' | 'na';
export type FactorStatus = 'not-in-place' | 'emerging' | 'partly' | 'in-place';

export const ANSWERS: readonly Answer[] = ['yes', 'partly', 'no', 'unknown', 'na'];
export const STATUSES: readonly FactorStatus[] = ['not-in-place', 'emerging', 'partly', 'in-place'];
const EFFECTS: readonly ContextEffect[] = ['helps', 'hinders', 'both'];

/** The marker and version of the export format (and of stored values). */
export const FORMAT = 'iw-assessment';
export const FORMAT_VERSION = 1;
/** The version of the dataset the library ships (replaced at build time). */
export const DATASET_VERSION = '__VERSION__';

export interface QuestionState {
  answer?: Answer;
  note?: string;
}

export interface NextStep {
  what?: string;
  who?: string;
  /** A date, `YYYY-MM-DD`. */
  when?: string;
}

export interface FactorState {
  /** The status the user chose; without it, the status suggested by the answers applies. */
  status?: FactorStatus;
  evidence?: string;
  next?: NextStep;
}

/** One self-assessment against one benchmark: what is saved, exported and imported. */
export interface Assessment {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  benchmark: { id: string; version?: string };
  datasetVersion?: string;
  created: string;
  updated: string;
  /** By question id. */
  answers: Record<string, QuestionState>;
  /** By key factor id. */
  factors: Record<string, FactorState>;
  context: ContextSelection[];
}

export function emptyAssessment(benchmark: Pick<Benchmark, 'id' | 'version'>): Assessment {
  const now = new Date().toISOString();
  return {
    format: FORMAT, version: FORMAT_VERSION, benchmark: { id: benchmark.id, version: benchmark.version },
    datasetVersion: DATASET_VERSION, created: now, updated: now, answers: {}, factors: {}, context: [],
  };
}

/** Whether the user has entered anything at all. */
export function hasContent(a: Assessment): boolean {
  const filled = (o: object): boolean => Object.values(o).some((v) => (v && typeof v === 'object' ? filled(v) : v !== undefined && v !== ''));
  return filled(a.answers) || filled(a.factors) || a.context.length > 0;
}

/** The status the answers of a key factor point to: yes counts 1, partly ½, no 0; "don't know" and "not applicable" do not count. */
export function suggestStatus(answers: (Answer | undefined)[]): FactorStatus | undefined {
  const scores = answers.map((a): number | undefined => (a === 'yes' ? 1 : a === 'partly' ? 0.5 : a === 'no' ? 0 : undefined)).filter((s): s is number => s !== undefined);
  if (!scores.length) return undefined;
  const mean = scores.reduce((s, x) => s + x, 0) / scores.length;
  return mean === 0 ? 'not-in-place' : mean < 0.4 ? 'emerging' : mean < 0.85 ? 'partly' : 'in-place';
}

export const statusOf = (b: Benchmark, a: Assessment, kfId: string): { status?: FactorStatus; suggested?: FactorStatus } => {
  const kf = b.keyFactors.find((k) => k.id === kfId);
  const suggested = suggestStatus((kf?.questions ?? []).map((q) => a.answers[q.id]?.answer));
  return { status: a.factors[kfId]?.status ?? suggested, suggested };
};

// Validation: outside data is checked field by field; each problem is named by its path.
const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const MAX_TEXT = 20000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The problems of a value that should be an assessment (empty when it is one), at most `max`. */
export function assessmentProblems(v: unknown, max = 5): string[] {
  const out: string[] = [];
  const bad = (path: string, what: string) => void out.push(`${path} ${what}`);
  const text = (path: string, x: unknown) => {
    if (x !== undefined && (typeof x !== 'string' || x.length > MAX_TEXT)) bad(path, 'must be a text');
  };
  if (!isObj(v)) return ['the file is not an assessment object'];
  if (v.format !== FORMAT) return [`"format" must be "${FORMAT}": this is not an assessment export`];
  if (v.version !== FORMAT_VERSION) return [`"version" ${JSON.stringify(v.version)} is not supported (expected ${FORMAT_VERSION})`];
  if (!isObj(v.benchmark) || typeof v.benchmark.id !== 'string') bad('benchmark.id', 'is missing');
  else text('benchmark.version', v.benchmark.version);
  text('datasetVersion', v.datasetVersion);
  for (const k of ['created', 'updated'] as const) {
    if (typeof v[k] !== 'string' || Number.isNaN(Date.parse(v[k] as string))) bad(k, 'must be a date and time');
  }
  if (!isObj(v.answers)) bad('answers', 'must be an object');
  else {
    for (const [id, q] of Object.entries(v.answers)) {
      if (!isObj(q)) bad(`answers.${id}`, 'must be an object');
      else {
        if (q.answer !== undefined && !ANSWERS.includes(q.answer as Answer)) bad(`answers.${id}.answer`, `must be one of ${ANSWERS.join(', ')}`);
        text(`answers.${id}.note`, q.note);
      }
    }
  }
  if (!isObj(v.factors)) bad('factors', 'must be an object');
  else {
    for (const [id, f] of Object.entries(v.factors)) {
      if (!isObj(f)) {
        bad(`factors.${id}`, 'must be an object');
        continue;
      }
      if (f.status !== undefined && !STATUSES.includes(f.status as FactorStatus)) bad(`factors.${id}.status`, `must be one of ${STATUSES.join(', ')}`);
      text(`factors.${id}.evidence`, f.evidence);
      if (f.next !== undefined) {
        if (!isObj(f.next)) bad(`factors.${id}.next`, 'must be an object');
        else {
          text(`factors.${id}.next.what`, f.next.what);
          text(`factors.${id}.next.who`, f.next.who);
          if (f.next.when !== undefined && f.next.when !== '' && (typeof f.next.when !== 'string' || !DATE.test(f.next.when))) {
            bad(`factors.${id}.next.when`, 'must be a date (YYYY-MM-DD)');
          }
        }
      }
    }
  }
  out.push(...contextProblems(v.context, 'context'));
  return out.slice(0, max);
}

/** The problems of a value that should be a context selection. */
export function contextProblems(v: unknown, path = 'context'): string[] {
  if (!Array.isArray(v)) return [`${path} must be a list`];
  const out: string[] = [];
  v.forEach((c, i) => {
    if (!isObj(c) || typeof c.id !== 'string' || !c.id) out.push(`${path}[${i}].id is missing`);
    else if (!EFFECTS.includes(c.effect as ContextEffect)) out.push(`${path}[${i}].effect must be one of ${EFFECTS.join(', ')}`);
    else if (c.note !== undefined && typeof c.note !== 'string') out.push(`${path}[${i}].note must be a text`);
  });
  return out;
}

/** A clean deep copy: only the known fields, so nothing unexpected travels on. */
export function copyAssessment(a: Assessment): Assessment {
  const answers: Record<string, QuestionState> = {};
  for (const [id, q] of Object.entries(a.answers)) answers[id] = { answer: q.answer, note: q.note };
  const factors: Record<string, FactorState> = {};
  for (const [id, f] of Object.entries(a.factors)) {
    factors[id] = { status: f.status, evidence: f.evidence, next: f.next && { what: f.next.what, who: f.next.who, when: f.next.when } };
  }
  return {
    format: FORMAT, version: FORMAT_VERSION, benchmark: { id: a.benchmark.id, version: a.benchmark.version },
    datasetVersion: a.datasetVersion, created: a.created, updated: a.updated, answers, factors,
    context: copyContext(a.context),
  };
}

export const copyContext = (c: ContextSelection[]): ContextSelection[] =>
  c.map(({ id, effect, note }) => (note === undefined ? { id, effect } : { id, effect, note }));

/** Parses an export; throws an `Error` whose message names what is wrong. */
export function parseAssessment(textOrValue: unknown): Assessment {
  let v = textOrValue;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v.replace(/^\uFEFF/, ''));
    } catch {
      throw new Error('the file is not valid JSON');
    }
  }
  const problems = assessmentProblems(v);
  if (problems.length) throw new Error(problems.join('; '));
  return copyAssessment(v as Assessment);
}

// Storage: every access is guarded; failures are answered, never thrown.
export const storageKey = (name: string) => `iw-assessment:v${FORMAT_VERSION}:${name}`;

export type ReadResult = { value?: Assessment; problem?: 'unavailable' | 'corrupt'; backup?: string };

function store(): Storage {
  return window.localStorage;
}

/** Reads a stored assessment; an unreadable value is copied to a backup key, not deleted. */
export function readStored(key: string): ReadResult {
  let raw: string | null;
  try {
    raw = store().getItem(key);
  } catch {
    return { problem: 'unavailable' };
  }
  if (raw === null) return {};
  try {
    return { value: parseAssessment(raw) };
  } catch {
    const backup = `${key}:backup:${new Date().toISOString()}`;
    try {
      store().setItem(backup, raw);
    } catch {
      return { problem: 'corrupt' };
    }
    return { problem: 'corrupt', backup };
  }
}

/** Writes an assessment; `false` when storage refused (unavailable, full, blocked). */
export function writeStored(key: string, a: Assessment): boolean {
  try {
    store().setItem(key, JSON.stringify(a));
    return true;
  } catch {
    return false;
  }
}

// Exports.
export const toJson = (a: Assessment) => `${JSON.stringify(copyAssessment(a), null, 2)}\n`;

/** One CSV cell (RFC 4180), with text that a spreadsheet would run as a formula made inert. */
export function csvCell(value: unknown): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV for spreadsheets: UTF-8 BOM, CRLF line ends, one row per question, then the context. */
export function toCsv(rows: unknown[][]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Parses CSV text back into rows (RFC 4180); used to check exports. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

const sameValue = (x: unknown, y: unknown) => JSON.stringify(x ?? null) === JSON.stringify(y ?? null);

function mergeRecord<T>(base: Record<string, T>, mine: Record<string, T>, theirs: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = { ...theirs };
  for (const k of new Set([...Object.keys(mine), ...Object.keys(base)])) {
    // Changed here since the last sync, untouched there: keep it.
    if (!sameValue(mine[k], base[k]) && sameValue(theirs[k], base[k])) {
      if (mine[k] === undefined) delete out[k];
      else out[k] = mine[k];
    }
  }
  return out;
}

/**
 * Two tabs editing at once: merges the assessment another tab saved (`theirs`) into this tab's
 * (`mine`), given the last state both shared (`base`). Each answer, key factor and the context
 * take the other tab's version unless only this tab changed it, so an edit made here that the
 * other tab had not seen yet is not lost.
 */
export function mergeAssessments(base: Assessment | undefined, mine: Assessment, theirs: Assessment): Assessment {
  if (!base) return theirs;
  const merged = copyAssessment(theirs);
  merged.answers = mergeRecord(base.answers, copyAssessment(mine).answers, merged.answers);
  merged.factors = mergeRecord(base.factors, copyAssessment(mine).factors, merged.factors);
  if (!sameValue(mine.context, base.context) && sameValue(theirs.context, base.context)) merged.context = copyAssessment(mine).context;
  merged.updated = mine.updated > theirs.updated ? mine.updated : theirs.updated;
  return merged;
}
