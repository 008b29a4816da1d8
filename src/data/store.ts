/**
 * The data core: every element asks here, nothing else fetches. One request per file however
 * many elements ask (promises are cached), failures are not cached (so Retry refetches). Every
 * file is checked before any element sees it, wherever it comes from (bundled, `data/` next to
 * the script or a `configure({ dataUrl })` mirror, a custom `src`): records against the published
 * schema, ids unique, indexes by shape.
 */
import { bundled } from './bundled.js';
import { shippedData } from './shipped.js';
import { quoted } from './quote.js';
import type { Benchmark, BenchmarkSummary, ContentBundle, ContentIndex, ContentKind, ContextFactor, Dataset, Practice, Source, Topic } from './types.js';

/**
 * `unknown-id`: the data is there but has no record with that id; `not-found`: a data file is
 * missing; `invalid-attribute`: a `src` that is not a usable URL.
 */
export type DataErrorCode = 'network' | 'timeout' | 'not-found' | 'unknown-id' | 'invalid-data' | 'invalid-attribute';

export class DataError extends Error {
  constructor(
    readonly code: DataErrorCode,
    message: string,
    readonly url?: string,
  ) {
    super(message);
    this.name = 'DataError';
  }
}

export interface DataConfig {
  /** Where the data files live; `undefined`: the data shipped next to the script. */
  dataUrl: string | URL | undefined;
  /** How long to wait for a data file (its whole body) before giving up, in milliseconds. */
  timeout: number;
}

/** The longest wait a timer allows (about 24.8 days): a longer or infinite timeout means this one. */
export const MAX_TIMEOUT = 2 ** 31 - 1;

const config: DataConfig = {
  dataUrl: undefined,
  timeout: 15000,
};
const cache = new Map<string, Promise<unknown>>();

/**
 * Changes where data is loaded from and how long to wait; clears the cache. A timeout that is not
 * a number of milliseconds above 0 is refused with a warning; one beyond `MAX_TIMEOUT` waits that long.
 */
export function configureData(options: Partial<DataConfig>): void {
  const { timeout, ...rest } = options;
  if (timeout !== undefined) {
    if (typeof timeout === 'number' && timeout > 0) config.timeout = Math.min(timeout, MAX_TIMEOUT);
    else console.warn(`integration-widgets: configure({ timeout }) takes a number of milliseconds above 0, not ${String(timeout)}; the timeout stays ${config.timeout} ms.`);
  }
  Object.assign(config, rest);
  cache.clear();
  resolved.clear();
}

/** URLs that failed once: asked again past the HTTP cache, which may hold the failure. */
const failed = new Set<string>();

async function fetchJson(url: string): Promise<unknown> {
  try {
    const data = await fetchJsonOnce(url);
    failed.delete(url);
    return data;
  } catch (e) {
    failed.add(url);
    throw e;
  }
}

/**
 * One request, its whole body included, within the timeout: the timer races the request itself,
 * so a body that never ends or a `fetch` that ignores its abort signal still times out.
 */
function fetchJsonOnce(url: string): Promise<unknown> {
  const controller = new AbortController();
  return withinTimeout(request(url, controller.signal), () => {
    controller.abort();
    return new DataError('timeout', `No complete answer from ${url} after ${config.timeout / 1000} s`, url);
  });
}

/** `work`, unless the configured timeout passes first: then the error `late()` returns (it may also cancel the work). */
function withinTimeout<T>(work: Promise<T>, late: () => DataError): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), config.timeout);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function request(url: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', cache: failed.has(url) ? 'reload' : 'default' });
  } catch {
    throw new DataError('network', `Could not reach ${url}`, url);
  }
  if (response.status === 404) throw new DataError('not-found', `${url} does not exist (404)`, url);
  if (!response.ok) throw new DataError('network', `${url} answered ${response.status}`, url);
  try {
    return await response.json();
  } catch {
    throw new DataError('invalid-data', `${url} is not valid JSON`, url);
  }
}

/** Values of settled loads, so an element can draw at once what is already here. */
const resolved = new Map<string, unknown>();

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let promise = cache.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = load();
    cache.set(key, promise);
    // A load that settles after configureData() started a newer one must not touch the newer entry.
    promise.then(
      (value) => cache.get(key) === promise && resolved.set(key, value),
      () => cache.get(key) === promise && cache.delete(key),
    );
  }
  return promise;
}

/** Records that came from the shipped dataset, a validated `src` or passed validation: no need to validate them again. */
const trusted = new WeakSet<object>();
const trust = <T extends object>(records: T[]): T[] => {
  if (!trusted.has(records)) {
    trusted.add(records);
    for (const r of records) trusted.add(r);
  }
  return records;
};

export const isTrusted = (record: object): boolean => trusted.has(record);

/** Whether a file is already loaded or on its way (so a cheaper whole file can serve a part). */
const has = (name: string) => cache.has(name) || (bundled !== undefined && name in bundled);

/**
 * The checks (the validator and the schemas) load on first use, in parallel with the first data
 * file: pages pay for them only once data arrives, not in the main module.
 */
let checker: Promise<typeof import('./check.js')> | undefined;
const check = () => {
  checker ??= import('./check.js');
  checker.catch(() => (checker = undefined));
  return checker;
};

/** Bundled files once checked (on first use), so an element can draw them at once afterwards. */
const checkedBundled = new Map<string, unknown>();
const peekBundled = (name: string): unknown => checkedBundled.get(name);

/** One file of the shipped dataset, by its name under `data/` (e.g. `practice/x.json`), checked. */
export function loadFile<T>(name: string): Promise<T> {
  if (bundled) {
    if (!(name in bundled)) return Promise.reject(new DataError('not-found', `${name} is not in the bundled data`));
    if (checkedBundled.has(name)) return Promise.resolve(checkedBundled.get(name) as T);
    return check().then((c) => {
      const data = c.checkFile(name, bundled![name]);
      checkedBundled.set(name, data);
      return data as T;
    });
  }
  return cached(name, async () => {
    const [{ data, url }, c] = await Promise.all([locate(name), check()]);
    try {
      return c.checkFile(name, data, url) as T;
    } catch (e) {
      if (url) failed.add(url); // a retry asks past the HTTP cache, which holds the faulty file
      throw e;
    }
  });
}

/** What to do when the data files are not where the script looks for them. */
const ELSEWHERE = 'If the data files are hosted elsewhere, point configure({ dataUrl }) at their folder';

/**
 * Loads one shipped file from where it is: fetched as JSON from `dataUrl` when one is configured
 * (or in builds that fetch), else imported as the ES module the module build ships beside it.
 */
async function locate(name: string): Promise<{ data: unknown; url?: string }> {
  const from = config.dataUrl ?? shippedData;
  if (typeof from === 'function') return { data: await importData(from, name) };
  const url = new URL(name, from).href;
  try {
    return { data: await fetchJson(url), url };
  } catch (e) {
    // A missing top-level file means the whole folder is elsewhere.
    if (!(e instanceof DataError) || e.code !== 'not-found' || name.includes('/')) throw e;
    throw new DataError('not-found', `${e.message}. ${ELSEWHERE}`, e.url);
  }
}

/** One file from the data modules (a failed import says no more than "failed": 404 or network). */
async function importData(load: (name: string) => Promise<unknown>, name: string): Promise<unknown> {
  const file = `data/${name.replace(/\.json$/, '.js')}`;
  const imported = load(name).catch(() => {
    throw new DataError('network', `Could not load ${file} next to the script. ${ELSEWHERE}`, file);
  });
  const data = await withinTimeout(imported, () => new DataError('timeout', `${file} did not load after ${config.timeout / 1000} s`, file));
  if (data === undefined) throw new DataError('not-found', `${name} is not in the shipped data`, file);
  return data;
}

/** A practice record set by script, checked against the schema (once: it is trusted afterwards). */
export async function checkPractice(record: Practice): Promise<Practice> {
  if (isTrusted(record)) return record;
  const issues = (await check()).recordIssues(record, 'practice.schema.json');
  if (issues) throw new DataError('invalid-data', `The practice record is not valid: ${issues}`);
  return trust([record])[0];
}

/** The cache key of a custom dataset, or `undefined` when `src` is not a URL at all. */
function datasetKey(src: string): string | undefined {
  try {
    return `src:${new URL(src, document.baseURI).href}`;
  } catch {
    return undefined;
  }
}

/** A custom dataset (`src`), validated against `dataset.schema.json`, with unique ids. */
export function loadDataset(src: string): Promise<Dataset> {
  const key = datasetKey(src);
  if (!key) return Promise.reject(new DataError('invalid-attribute', `src ${quoted(src)} is not a valid URL`));
  const url = key.slice(4);
  return cached(key, async () => {
    if (!/^https?:$/.test(new URL(url).protocol)) throw new DataError('invalid-attribute', `Only http(s) data URLs are allowed: ${src}`);
    const [data, c] = await Promise.all([fetchJson(url), check()]);
    try {
      c.checkDataset(data, `The data at ${src}`, url);
    } catch (e) {
      failed.add(url);
      throw e;
    }
    trust((data as Dataset).practices ?? []);
    return data as Dataset;
  });
}

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function notFound(what: string, id: string): never {
  throw new DataError('unknown-id', `There is no ${what} with the id "${id}"`);
}

/** A dataset already loaded and checked, else `undefined` (never throws, whatever `src` is). */
const peekDataset = (src: string) => {
  const key = datasetKey(src);
  return key ? (resolved.get(key) as Dataset | undefined) : undefined;
};

/** The sources if they are already loaded (synchronously), else `undefined`. */
export function peekSources(src?: string): Source[] | undefined {
  const own = src ? peekDataset(src) : undefined;
  if (src && !own) return undefined;
  return own?.sources ?? ((peekBundled('sources.json') ?? resolved.get('sources.json')) as Source[] | undefined);
}

export async function getSources(src?: string): Promise<Source[]> {
  const own = src ? (await loadDataset(src)).sources : undefined;
  return own ?? loadFile<Source[]>('sources.json');
}

export async function getPractices(src?: string): Promise<Practice[]> {
  return src ? ((await loadDataset(src)).practices ?? []) : trust(await loadFile<Practice[]>('practices.json'));
}

/** A practice if its data is already loaded (synchronously), else `undefined`. */
export function peekPractice(id: string, src?: string): Practice | undefined {
  if (src) {
    const own = peekDataset(src)?.practices;
    return own && find(own, id);
  }
  const all = (peekBundled('practices.json') ?? resolved.get('practices.json')) as Practice[] | undefined;
  return (all && find(all, id)) ?? (resolved.get(`practice/${id}.json`) as Practice | undefined);
}

/**
 * From this many different practices asked for in one task (a page of cards upgrading at once),
 * one request for the whole list beats one request per practice: about 1.5 ms of main thread and
 * half a kilobyte of headers each, against one 97 KB (gzip) file parsed in a few milliseconds.
 */
export const WHOLE_LIST_FROM = 24;
/** The different practice ids asked for in the current task, and its end. */
const asked = new Set<string>();
let taskEnd: Promise<void> | undefined;

/**
 * Waits until the task that asks for `id` ends, so the cards of one page ask together; starts
 * loading the whole list as soon as they are many enough.
 */
function coalesce(id: string): Promise<void> {
  asked.add(id);
  if (asked.size >= WHOLE_LIST_FROM) void getPractices().catch(() => undefined);
  return (taskEnd ??= new Promise((resolve) =>
    setTimeout(() => {
      asked.clear();
      taskEnd = undefined;
      resolve();
    }),
  ));
}

/** Practices by id in a list (built once per list). */
const byId = new WeakMap<readonly Practice[], Map<string, Practice>>();
function find(list: readonly Practice[], id: string): Practice | undefined {
  let map = byId.get(list);
  if (!map) byId.set(list, (map = new Map(list.map((p) => [p.id, p]))));
  return map.get(id);
}

/**
 * One practice: from the whole list when it is loaded or loading, or when many cards ask at once;
 * else its own small file.
 */
export async function getPractice(id: string, src?: string): Promise<Practice> {
  if (!src && !has('practices.json') && SLUG.test(id)) await coalesce(id);
  if (src || has('practices.json')) {
    return find(await getPractices(src), id) ?? notFound('practice', id);
  }
  if (!SLUG.test(id)) notFound('practice', id);
  try {
    return await loadFile<Practice>(`practice/${id}.json`);
  } catch (e) {
    // A missing file means an unknown id only if the rest of the data is reachable.
    if (e instanceof DataError && e.code === 'not-found') {
      await getSources();
      notFound('practice', id);
    }
    throw e;
  }
}

export async function getBenchmarks(src?: string): Promise<BenchmarkSummary[]> {
  if (src) {
    return ((await loadDataset(src)).benchmarks ?? []).map((b) => ({
      id: b.id, kind: b.kind, source: b.source, number: b.number, title: b.title, version: b.version, date: b.date,
      keyFactors: b.keyFactors.length, questions: b.keyFactors.reduce((n, kf) => n + kf.questions.length, 0),
    }));
  }
  return loadFile<BenchmarkSummary[]>('benchmarks.json');
}

export async function getBenchmark(id: string, src?: string): Promise<Benchmark> {
  if (src) return ((await loadDataset(src)).benchmarks ?? []).find((b) => b.id === id) ?? notFound('benchmark', id);
  const index = await getBenchmarks();
  if (!index.some((b) => b.id === id)) notFound('benchmark', id);
  return loadFile<Benchmark>(`benchmark/${id}.json`);
}

export async function getContextFactors(src?: string): Promise<ContextFactor[]> {
  const own = src ? (await loadDataset(src)).contextFactors : undefined;
  return own ?? loadFile<ContextFactor[]>('context-factors.json');
}

export async function getTopic(id: string, src?: string): Promise<Topic> {
  if (src) return ((await loadDataset(src)).topics ?? []).find((t) => t.id === id) ?? notFound('topic', id);
  const index = await loadFile<{ id: string; title: string }[]>('topics.json');
  if (!index.some((t) => t.id === id)) notFound('topic', id);
  return loadFile<Topic>(`topic/${id}.json`);
}

/** Which content translations the data has (`translations.json`); empty when it has none. */
export async function getContentIndex(): Promise<ContentIndex> {
  try {
    return await loadFile<ContentIndex>('translations.json');
  } catch (e) {
    if (e instanceof DataError && e.code === 'not-found') return {};
    throw e;
  }
}

const LOCALE_CODE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/** Whether the index says a locale translates a record (or, without `id`, anything) of a kind. */
export const indexed = (index: ContentIndex, locale: string, kind: ContentKind, id?: string) => {
  const ids = index[locale]?.[kind];
  return ids === true || (Array.isArray(ids) && (id === undefined ? ids.length > 0 : ids.includes(id)));
};

/**
 * The content translations of one locale (content-bundle.schema.json#/$defs/shipped), loaded per
 * element, never all at once: a benchmark's (`group` = its id, `locales/<l>/benchmarks/<id>.json`),
 * one practice's (`group` = its id, `locales/<l>/practice/<id>.json`, or the whole practices file
 * when that is loaded or on its way), or a whole kind (`locales/<l>/<kind>.json`). Checked like
 * every file (check.ts); `undefined` when the data has none.
 */
export function getContentBundle(locale: string, kind: ContentKind, group?: string): Promise<ContentBundle | undefined> {
  const whole = `locales/${locale}/${kind}.json`;
  // One record's translations: always a benchmark's; a practice's unless the whole file is loaded or on its way.
  const one = kind === 'benchmarks' || (kind === 'practices' && group !== undefined && !has(whole));
  return cached(`bundle:${locale}/${kind}/${one ? (group ?? '') : ''}`, async () => {
    if (!LOCALE_CODE.test(locale) || (one && !SLUG.test(group ?? ''))) return undefined;
    if (!indexed(await getContentIndex(), locale, kind, one ? group : undefined)) return undefined;
    return loadFile<ContentBundle>(one ? `locales/${locale}/${kind === 'benchmarks' ? 'benchmarks' : 'practice'}/${group}.json` : whole);
  });
}
