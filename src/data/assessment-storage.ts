/**
 * Where a self-assessment lives in the browser: `localStorage` under `iw-assessment:v1:<name>`.
 *
 * - Every access is guarded: failures are answered, never thrown, and a store that cannot be
 *   read is never written over.
 * - Each field carries the time it was last changed (`clock`, saved beside the assessment), so
 *   two tabs editing at once merge field by field, the latest change winning: they converge, no
 *   keystroke of the tab being typed in is lost, and a tab writes only what the other lacks (no
 *   write loop).
 * - A stored value that cannot be used whole is kept aside once (`<key>:backup:<time>`, one copy
 *   per distinct value) before anything replaces it.
 */
import {
  FORMAT_VERSION, copyAssessment, describeProblem, dict, fieldsOf, isObj, own, readAssessment, sameContent, setFieldByKey,
  type Assessment, type Problem,
} from './assessment.js';

export const storageKey = (name: string) => `iw-assessment:v${FORMAT_VERSION}:${name}`;
/** The start of the keys of the copies kept aside for `key`. */
export const copyPrefix = (key: string) => `${key}:backup:`;

/** When each field was last changed (ms since 1970), by field key (see `fieldKey`). */
export type Clock = Record<string, number>;

/** An assessment and the clock of its fields: what is stored. */
export interface Stored {
  value: Assessment;
  clock: Clock;
}

export type Read =
  | { state: 'empty' }
  /** Storage cannot be read at all (blocked, or reading throws). */
  | { state: 'unavailable' }
  /** Not an assessment at all: nothing could be taken from it. */
  | { state: 'unreadable'; raw: string; problems: Problem[] }
  /** An assessment; `problems` lists the parts left out (empty when it was whole). */
  | { state: 'ok'; raw: string; stored: Stored; problems: Problem[] };

const store = (): Storage => window.localStorage;

function readClock(v: unknown): Clock {
  const clock = dict<number>();
  if (isObj(v)) {
    for (const [k, t] of Object.entries(v)) if (k.length <= 200 && typeof t === 'number' && Number.isFinite(t) && t > 0) clock[k] = t;
  }
  return clock;
}

/** Reads a stored (or kept) text: every valid part of the assessment, with its clock. */
export function parseStored(raw: string): Read {
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return { state: 'unreadable', raw, problems: [{ part: 'the value', why: 'is not valid JSON' }] };
  }
  const { value, problems } = readAssessment(v);
  if (!value) return { state: 'unreadable', raw, problems };
  return { state: 'ok', raw, stored: { value, clock: readClock((v as { clock?: unknown }).clock) }, problems };
}

export function readStored(key: string): Read {
  let raw: string | null;
  try {
    raw = store().getItem(key);
  } catch {
    return { state: 'unavailable' };
  }
  return raw === null ? { state: 'empty' } : parseStored(raw);
}

export const serialize = (s: Stored): string => JSON.stringify({ ...copyAssessment(s.value), clock: s.clock });

/** Writes a stored value; `false` when storage refused (unavailable, full, blocked). */
function write(key: string, text: string): boolean {
  try {
    store().setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

// Kept copies.
export interface KeptCopy {
  key: string;
  raw: string;
  /** When it was kept (ISO time). */
  time: string;
}

/** The copies kept aside for `key`, oldest first, each value once (a later duplicate is removed). */
export function keptCopies(key: string): KeptCopy[] {
  const prefix = copyPrefix(key);
  const out: KeptCopy[] = [];
  try {
    const s = store();
    const keys: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k?.startsWith(prefix)) keys.push(k);
    }
    const seen = new Set<string>();
    for (const k of keys.sort()) {
      const raw = s.getItem(k);
      if (raw === null) continue;
      if (seen.has(raw)) s.removeItem(k);
      else {
        seen.add(raw);
        out.push({ key: k, raw, time: k.slice(prefix.length) });
      }
    }
  } catch {
    // Storage cannot be listed: nothing to offer.
  }
  return out;
}

/** Keeps `raw` aside under `<key>:backup:<time>` unless the same value is already kept; the copy's key, or `undefined` if storage refused. */
export function keepCopy(key: string, raw: string): string | undefined {
  const same = keptCopies(key).find((c) => c.raw === raw);
  if (same) return same.key;
  let k = `${copyPrefix(key)}${new Date().toISOString()}`;
  try {
    while (store().getItem(k) !== null) k += '+';
  } catch {
    return undefined;
  }
  return write(k, raw) ? k : undefined;
}

export function dropCopy(key: string): void {
  try {
    store().removeItem(key);
  } catch {
    // Nothing to do: it stays.
  }
}

// Merging.
const json = (v: unknown) => JSON.stringify(v ?? null);

/**
 * Merges two stored states field by field: the value changed last wins; at equal times a value
 * wins over none, then the larger value (so both tabs choose alike). Commutative and idempotent.
 */
export function merge(mine: Stored, theirs: Stored): Stored {
  const [fm, ft] = [fieldsOf(mine.value), fieldsOf(theirs.value)];
  const newer = mine.value.updated >= theirs.value.updated ? mine.value : theirs.value;
  const value = copyAssessment(newer);
  value.created = mine.value.created < theirs.value.created ? mine.value.created : theirs.value.created;
  value.answers = dict();
  value.factors = dict();
  value.context = [];
  const clock = dict<number>();
  for (const k of new Set([...fm.keys(), ...ft.keys(), ...Object.keys(mine.clock), ...Object.keys(theirs.clock)])) {
    const [tm, tt] = [own(mine.clock, k) ?? 0, own(theirs.clock, k) ?? 0];
    const [vm, vt] = [fm.get(k), ft.get(k)];
    const useMine = tm !== tt ? tm > tt : vt === undefined || (vm !== undefined && json(vm) >= json(vt));
    if (Math.max(tm, tt)) clock[k] = Math.max(tm, tt);
    setFieldByKey(value, k, useMine ? vm : vt);
  }
  return { value, clock };
}

const sameClock = (x: Clock, y: Clock) => {
  const kx = Object.keys(x);
  return kx.length === Object.keys(y).length && kx.every((k) => own(y, k) === x[k]);
};
export const sameState = (x: Stored, y: Stored) => sameContent(x.value, y.value) && sameClock(x.clock, y.clock);

/** What the user typed when storage fails: kept for the page's lifetime, by storage key. */
const memory = new Map<string, Stored>();
export const remembered = (key: string): Stored | undefined => memory.get(key);

/**
 * One assessment bound to one storage key (or to none, in memory only): edits are stamped, saved
 * with a read-merge-write, and changes from other tabs merged in.
 */
export class AssessmentStore {
  constructor(
    public state: Stored,
    /** The storage key; `undefined` keeps everything in memory. */
    readonly key: string | undefined,
    /** `false` when storage must not be written (it could not be read, or holds another benchmark's data). */
    public writable = true,
    /** The clock (tests pass their own). */
    private readonly now: () => number = Date.now,
  ) {}

  get value(): Assessment {
    return this.state.value;
  }

  /** Stamps fields with one time: now, or just after the latest change of any of them seen so far. */
  private stamp(keys: Iterable<string>): void {
    const list = [...keys];
    const t = Math.max(this.now(), ...list.map((k) => (own(this.state.clock, k) ?? 0) + 1));
    for (const k of list) this.state.clock[k] = t;
  }

  /** A change of one field by the user here. */
  edit(key: string, value: unknown): void {
    this.stamp([key]);
    setFieldByKey(this.state.value, key, value);
    this.state.value.updated = new Date().toISOString();
  }

  /** Replaces the whole assessment (start over, import, restore, a script): it wins over every older field. */
  replace(next: Assessment): void {
    const keys = new Set([...fieldsOf(this.state.value).keys(), ...fieldsOf(next).keys(), ...Object.keys(this.state.clock)]);
    this.state = { value: copyAssessment(next), clock: this.state.clock };
    this.stamp(keys);
  }

  /**
   * Saves: merges what another tab stored meanwhile, then writes. `'saved'`; `'memory'` when
   * storage is off or must not be written; `'failed'` when it refused.
   */
  save(): 'saved' | 'memory' | 'failed' {
    if (!this.key) return 'memory';
    memory.set(this.key, this.state);
    if (!this.writable) return 'memory';
    const read = readStored(this.key);
    if (read.state === 'unavailable') {
      // Reading fails now: writing could overwrite answers saved earlier.
      this.writable = false;
      return 'failed';
    }
    if (read.state === 'ok' && read.stored.value.benchmark.id === this.value.benchmark.id) this.state = merge(this.state, read.stored);
    // What is about to be written over, and cannot be used whole (another benchmark's, unreadable or partly invalid), is kept aside first.
    if (read.state !== 'empty' && (read.state !== 'ok' || read.problems.length || read.stored.value.benchmark.id !== this.value.benchmark.id)) keepCopy(this.key, read.raw);
    memory.set(this.key, this.state);
    return write(this.key, serialize(this.state)) ? 'saved' : 'failed';
  }

  /**
   * Merges what another tab saved (a storage event's `newValue`, or what storage holds now, which
   * is never older). Returns whether this tab's assessment changed; writes the merge back only
   * when storage lacks something this tab has, so late events of a burst cause no writes.
   */
  receive(raw: string): { changed: boolean; problem?: string } {
    const sent = parseStored(raw);
    if (sent.state !== 'ok') return { changed: false, problem: 'problems' in sent ? sent.problems.map(describeProblem).join('; ') : 'no value' };
    const now = this.key ? readStored(this.key) : undefined;
    const read = now?.state === 'ok' ? now : sent;
    if (read.stored.value.benchmark.id !== this.value.benchmark.id) return { changed: false };
    const merged = merge(this.state, read.stored);
    const changed = !sameState(merged, this.state);
    this.state = merged;
    if (this.key) memory.set(this.key, merged);
    if (this.key && this.writable && !sameState(merged, read.stored)) {
      if (read.problems.length) keepCopy(this.key, read.raw);
      write(this.key, serialize(merged));
    }
    return { changed };
  }
}
