/**
 * The self-assessment model of `<iw-benchmark-checklist>`: its shape, the suggested status of a
 * key factor, one reader for outside data (imports, stored values, script-set objects) that
 * either refuses a value or salvages every valid part of it, and the JSON and CSV exports.
 *
 * What a user can enter is exactly what the reader accepts (`fieldProblem`), so anything the
 * checklist holds exports and imports again unchanged.
 */
import type { ContextEffect, ContextSelection } from './assessment-types.js';
import type { Benchmark } from './types.js';
import { SLUG } from './store.js';
import { quoted } from './quote.js';

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

/** Limits of what an assessment holds, the same for typing, storage, imports and scripts. */
export const MAX_TEXT = 20000;
export const MAX_ENTRIES = 10000;

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

/** A map keyed by ids that has no prototype: an id such as `constructor` is just a key. */
export const dict = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;
/** `o[k]` only when `o` has `k` itself (never an inherited `Object` member). */
export const own = <T>(o: Record<string, T> | undefined, k: string): T | undefined => (o && Object.hasOwn(o, k) ? o[k] : undefined);

export function emptyAssessment(benchmark: Pick<Benchmark, 'id' | 'version'>): Assessment {
  const now = new Date().toISOString();
  return {
    format: FORMAT, version: FORMAT_VERSION, benchmark: { id: benchmark.id, version: benchmark.version },
    datasetVersion: DATASET_VERSION, created: now, updated: now, answers: dict(), factors: dict(), context: [],
  };
}

// Fields: every value a user sets is one field, named by its kind and the id it belongs to.
export type FieldKind = 'answer' | 'note' | 'status' | 'evidence' | 'what' | 'who' | 'when';
export const QUESTION_FIELDS: readonly FieldKind[] = ['answer', 'note'];
export const FACTOR_FIELDS: readonly FieldKind[] = ['status', 'evidence', 'what', 'who', 'when'];
const TEXT_FIELDS = new Set<FieldKind>(['note', 'evidence', 'what', 'who']);

/** The field's key: `note:<question id>`, `when:<key factor id>`, or `context`. */
export const fieldKey = (kind: FieldKind, id: string) => `${kind}:${id}`;

export function getField(a: Assessment, kind: FieldKind, id: string): string | undefined {
  if (kind === 'answer' || kind === 'note') return own(a.answers, id)?.[kind];
  const f = own(a.factors, id);
  return kind === 'status' || kind === 'evidence' ? f?.[kind] : f?.next?.[kind];
}

/** Sets one field; `undefined` or `''` clears it, and an entry left empty is removed. */
export function setField(a: Assessment, kind: FieldKind, id: string, value: string | undefined): void {
  const v = value === '' ? undefined : value;
  if (kind === 'answer' || kind === 'note') {
    const q: QuestionState = { ...own(a.answers, id), [kind]: v };
    if (q.answer === undefined && q.note === undefined) delete a.answers[id];
    else a.answers[id] = q;
    return;
  }
  const f: FactorState = { ...own(a.factors, id) };
  if (kind === 'status' || kind === 'evidence') (f as Record<string, unknown>)[kind] = v;
  else {
    const next: NextStep = { ...f.next, [kind]: v };
    f.next = next.what === undefined && next.who === undefined && next.when === undefined ? undefined : next;
  }
  if (f.status === undefined && f.evidence === undefined && f.next === undefined) delete a.factors[id];
  else a.factors[id] = f;
}

/** Every field an assessment has a value for, by key (`context` too, when not empty). */
export function fieldsOf(a: Assessment): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const add = (k: FieldKind, id: string) => {
    const v = getField(a, k, id);
    if (v !== undefined) out.set(fieldKey(k, id), v);
  };
  for (const id of Object.keys(a.answers)) for (const k of QUESTION_FIELDS) add(k, id);
  for (const id of Object.keys(a.factors)) for (const k of FACTOR_FIELDS) add(k, id);
  if (a.context.length) out.set('context', a.context);
  return out;
}

/** Sets a field by its key (see `fieldKey`). */
export function setFieldByKey(a: Assessment, key: string, value: unknown): void {
  if (key === 'context') {
    a.context = value === undefined ? [] : copyContext(value as ContextSelection[]);
    return;
  }
  const i = key.indexOf(':');
  setField(a, key.slice(0, i) as FieldKind, key.slice(i + 1), value as string | undefined);
}

/** Whether the user has entered anything at all. */
export function hasContent(a: Assessment): boolean {
  return fieldsOf(a).size > 0;
}

/** A real calendar date written `YYYY-MM-DD`, with a four-digit year from 1000. */
export function isDate(v: unknown): v is string {
  const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(v) : null;
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
}

/**
 * Why a value cannot go into a field (`undefined` when it can): the one rule for what is typed,
 * stored, imported or set by script.
 */
export function fieldProblem(kind: FieldKind, v: unknown): string | undefined {
  if (v === undefined || v === '') return undefined;
  if (typeof v !== 'string') return 'must be a text';
  if (kind === 'answer') return ANSWERS.includes(v as Answer) ? undefined : `must be one of ${ANSWERS.join(', ')}`;
  if (kind === 'status') return STATUSES.includes(v as FactorStatus) ? undefined : `must be one of ${STATUSES.join(', ')}`;
  if (kind === 'when') return isDate(v) ? undefined : `must be a date (YYYY-MM-DD, a four-digit year), not ${quote(v)}`;
  return TEXT_FIELDS.has(kind) && v.length > MAX_TEXT ? `must have at most ${MAX_TEXT} characters` : undefined;
}

/**
 * The minimum of answers before a status is suggested: a Yes, Partly or No for at least half of
 * the questions that apply (those not answered "not applicable").
 */
export function suggestion(answers: (Answer | undefined)[]): { status?: FactorStatus; missing: number } {
  const scores = answers.map((a): number | undefined => (a === 'yes' ? 1 : a === 'partly' ? 0.5 : a === 'no' ? 0 : undefined)).filter((s): s is number => s !== undefined);
  const apply = answers.filter((a) => a !== 'na').length;
  const missing = Math.max(0, Math.ceil(apply / 2) - scores.length);
  if (!scores.length || missing) return { missing: apply ? Math.max(missing, 1) : 0 };
  const mean = scores.reduce((s, x) => s + x, 0) / scores.length;
  return { status: mean === 0 ? 'not-in-place' : mean < 0.4 ? 'emerging' : mean < 0.85 ? 'partly' : 'in-place', missing: 0 };
}

/** The status the answers of a key factor point to: yes counts 1, partly ½, no 0; "don't know" and "not applicable" do not count. */
export const suggestStatus = (answers: (Answer | undefined)[]): FactorStatus | undefined => suggestion(answers).status;

export interface StatusOf {
  /** The status that applies: the chosen one, else the suggested one. */
  status?: FactorStatus;
  /** Whether `status` is the suggestion (nobody chose it). */
  isSuggested: boolean;
  suggested?: FactorStatus;
  /** How many more counted answers a suggestion needs. */
  missing: number;
}

export const statusOf = (b: Benchmark, a: Assessment, kfId: string): StatusOf => {
  const kf = b.keyFactors.find((k) => k.id === kfId);
  const { status: suggested, missing } = suggestion((kf?.questions ?? []).map((q) => own(a.answers, q.id)?.answer));
  const chosen = own(a.factors, kfId)?.status;
  return { status: chosen ?? suggested, isSuggested: !chosen && !!suggested, suggested, missing };
};

// Reading outside data: each problem is named by its path; ids in paths are quoted and escaped.
export const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** A value quoted for a message: escaped (newlines, quotes, control characters), cut at 60 characters. */
export const quote = (v: string) => quoted(v, 60);

/** One part of an assessment that was refused or dropped. */
export interface Problem {
  /** `answers`, `factors` or `context` for an entry, or a top-level field name. */
  part: string;
  /** The question or key factor id (or the context position). */
  id?: string;
  field?: FieldKind | 'entry';
  /** Why, in English. */
  why: string;
}

export const describeProblem = (p: Problem) => {
  if (!p.part) return p.why;
  const field = !p.field || p.field === 'entry' ? '' : p.field === 'what' || p.field === 'who' || p.field === 'when' ? `.next.${p.field}` : `.${p.field}`;
  return `${p.part}${p.id !== undefined ? `[${/^\d+$/.test(p.id) ? p.id : quote(p.id)}]` : ''}${field}${p.why.startsWith('.') ? '' : ' '}${p.why}`;
};

const isStamp = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
const validId = (id: string) => id.length <= 120 && SLUG.test(id);

export interface ReadResult {
  /** The assessment, with every valid part; `undefined` when the value is no assessment at all. */
  value?: Assessment;
  /** What was refused: everything when `value` is undefined, else the parts left out. */
  problems: Problem[];
}

/**
 * Reads a value that should be an assessment, field by field. A value that is not an assessment
 * of this format (or has no benchmark id) gives no `value`; otherwise every valid answer, note,
 * status, next step and context entry is kept, and each part left out is listed.
 */
export function readAssessment(v: unknown): ReadResult {
  const problems: Problem[] = [];
  const fatal = (why: string): ReadResult => ({ problems: [{ part: '', why }] });
  const shown = (x: unknown) => (typeof x === 'number' ? String(x) : typeof x === 'string' ? quote(x) : typeof x);
  if (!isObj(v)) return fatal('it is not an assessment object');
  if (v.format !== FORMAT) return fatal(`"format" must be "${FORMAT}", not ${shown(v.format)}: this is not an assessment export`);
  if (v.version !== FORMAT_VERSION) return fatal(`"version" ${shown(v.version)} is not supported (expected ${FORMAT_VERSION})`);
  const b = v.benchmark;
  if (!isObj(b) || typeof b.id !== 'string' || !validId(b.id)) return fatal('benchmark.id is missing or not a valid id');
  const a = emptyAssessment({ id: b.id });
  const text = (part: string, x: unknown): string | undefined => {
    if (x === undefined) return undefined;
    if (typeof x === 'string' && x.length <= MAX_TEXT) return x;
    problems.push({ part, why: 'must be a text' });
    return undefined;
  };
  a.benchmark.version = text('benchmark.version', b.version);
  a.datasetVersion = text('datasetVersion', v.datasetVersion);
  for (const k of ['created', 'updated'] as const) {
    if (isStamp(v[k])) a[k] = v[k];
    else problems.push({ part: k, why: 'must be a date and time' });
  }
  const entries = (part: 'answers' | 'factors', fields: readonly FieldKind[]) => {
    const record = v[part];
    if (!isObj(record)) return void problems.push({ part, why: 'must be an object' });
    let n = 0;
    for (const [id, entry] of Object.entries(record)) {
      if (!validId(id)) problems.push({ part, id, field: 'entry', why: 'is not a valid id' });
      else if (!isObj(entry)) problems.push({ part, id, field: 'entry', why: 'must be an object' });
      else if (++n > MAX_ENTRIES) problems.push({ part, id, field: 'entry', why: `is one entry too many (at most ${MAX_ENTRIES})` });
      else {
        const next = part === 'factors' ? entry.next : undefined;
        if (next !== undefined && !isObj(next)) problems.push({ part, id, field: 'entry', why: 'has a "next" that is not an object' });
        for (const kind of fields) {
          const value = kind === 'what' || kind === 'who' || kind === 'when' ? (isObj(next) ? next[kind] : undefined) : entry[kind];
          const why = fieldProblem(kind, value);
          if (why) problems.push({ part, id, field: kind, why });
          else setField(a, kind, id, value as string | undefined);
        }
      }
    }
  };
  entries('answers', QUESTION_FIELDS);
  entries('factors', FACTOR_FIELDS);
  if (!Array.isArray(v.context)) problems.push({ part: 'context', why: 'must be a list' });
  else {
    const seen = new Set<string>();
    v.context.forEach((c, i) => {
      const why = contextEntryProblem(c, seen);
      if (why) problems.push({ part: 'context', id: String(i), why });
      else a.context.push(copyContext([c as ContextSelection])[0]);
    });
  }
  return { value: a, problems };
}

function contextEntryProblem(c: unknown, seen: Set<string>): string | undefined {
  if (!isObj(c) || typeof c.id !== 'string' || !validId(c.id)) return 'has no valid id';
  if (seen.has(c.id)) return `repeats the context factor ${quote(c.id)}`;
  seen.add(c.id);
  if (!EFFECTS.includes(c.effect as ContextEffect)) return `.effect must be one of ${EFFECTS.join(', ')}`;
  if (c.note !== undefined && (typeof c.note !== 'string' || c.note.length > MAX_TEXT)) return `.note must be a text of at most ${MAX_TEXT} characters`;
  return undefined;
}

/** The problems of a value that should be a context selection. */
export function contextProblems(v: unknown, path = 'context'): string[] {
  if (!Array.isArray(v)) return [`${path} must be a list`];
  const seen = new Set<string>();
  return v.flatMap((c, i) => {
    const why = contextEntryProblem(c, seen);
    return why ? [`${path}[${i}]${why.startsWith('.') ? '' : ' '}${why}`] : [];
  });
}

/**
 * Parses an export or a script-set value strictly; throws an `Error` whose message names what
 * is wrong (at most five problems).
 */
export function parseAssessment(textOrValue: unknown): Assessment {
  let v = textOrValue;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v.replace(/^\uFEFF/, ''));
    } catch {
      throw new Error('the file is not valid JSON');
    }
  }
  const { value, problems } = readAssessment(v);
  if (!value || problems.length) throw new Error(problems.slice(0, 5).map(describeProblem).join('; '));
  return value;
}

/**
 * Keeps only the entries the benchmark has: answers to its questions, statuses and next steps of
 * its key factors, and (when `factorIds` is given) context factors it knows. Returns what it left out.
 */
export function fitToBenchmark(a: Assessment, b: Benchmark, factorIds?: Set<string>): Problem[] {
  const questions = new Set(b.keyFactors.flatMap((kf) => kf.questions.map((q) => q.id)));
  const factors = new Set(b.keyFactors.map((kf) => kf.id));
  const out: Problem[] = [];
  for (const [part, known] of [['answers', questions], ['factors', factors]] as const) {
    for (const id of Object.keys(a[part])) {
      if (known.has(id)) continue;
      out.push({ part, id, field: 'entry', why: `is not a ${part === 'answers' ? 'question' : 'key factor'} of this benchmark` });
      delete a[part][id];
    }
  }
  if (factorIds?.size) {
    a.context = a.context.filter((c, i) => factorIds.has(c.id) || void out.push({ part: 'context', id: String(i), why: `names an unknown context factor ${quote(c.id)}` }));
  }
  return out;
}

/** A clean deep copy: only the known fields, in maps without a prototype. */
export function copyAssessment(a: Assessment): Assessment {
  const answers = dict<QuestionState>();
  for (const [id, q] of Object.entries(a.answers)) answers[id] = { answer: q.answer, note: q.note };
  const factors = dict<FactorState>();
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

/** Whether two assessments hold the same answers, statuses, next steps and context (timestamps aside). */
export const sameContent = (x: Assessment, y: Assessment) => {
  const [fx, fy] = [fieldsOf(x), fieldsOf(y)];
  return fx.size === fy.size && [...fx].every(([k, v]) => JSON.stringify(v) === JSON.stringify(fy.get(k)));
};

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
