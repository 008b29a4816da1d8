/**
 * The data core: every element asks here, nothing else fetches. One request per file however
 * many elements ask (promises are cached), failures are not cached (so Retry refetches), custom
 * datasets are validated against the published schema before any element sees them.
 */
import { bundled } from './bundled.js';
import { shippedData } from './shipped.js';
import { validate, formatIssue } from './validate.js';
import type { Benchmark, BenchmarkSummary, ContentBundle, ContentIndex, ContentKind, ContextFactor, Dataset, Practice, Source, Topic } from './types.js';

/** `unknown-id`: the data is there but has no record with that id; `not-found`: a data file is missing. */
export type DataErrorCode = 'network' | 'timeout' | 'not-found' | 'unknown-id' | 'invalid-data';

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
  /** How long to wait for a data file before giving up, in milliseconds. */
  timeout: number;
}

const config: DataConfig = {
  dataUrl: undefined,
  timeout: 15000,
};
const cache = new Map<string, Promise<unknown>>();

/** Changes where data is loaded from and how long to wait; clears the cache. */
export function configureData(options: Partial<DataConfig>): void {
  Object.assign(config, options);
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

async function fetchJsonOnce(url: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), config.timeout);
  let response: Response;
  try {
    response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', cache: failed.has(url) ? 'reload' : 'default' });
  } catch (e) {
    throw controller.signal.aborted
      ? new DataError('timeout', `No answer from ${url} after ${config.timeout / 1000} s`, url)
      : new DataError('network', `Could not reach ${url}`, url);
  } finally {
    clearTimeout(timer);
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
    promise.then(
      (value) => cache.get(key) === promise && resolved.set(key, value),
      () => cache.delete(key),
    );
  }
  return promise;
}

/** Records that came from the shipped dataset or a validated `src`: no need to validate them again. */
const trusted = new WeakSet<object>();
const trust = <T extends object>(records: T[]): T[] => {
  for (const r of records) trusted.add(r);
  return records;
};
export const isTrusted = (record: object): boolean => trusted.has(record);

/** Whether a file is already loaded or on its way (so a cheaper whole file can serve a part). */
const has = (name: string) => cache.has(name) || (bundled !== undefined && name in bundled);

/** One file of the shipped dataset, by its name under `data/` (e.g. `practice/x.json`). */
export function loadFile<T>(name: string): Promise<T> {
  if (bundled) {
    return name in bundled
      ? Promise.resolve(bundled[name] as T)
      : Promise.reject(new DataError('not-found', `${name} is not in the bundled data`));
  }
  return cached(name, () => locate(name) as Promise<T>);
}

/** What to do when the data files are not where the script looks for them. */
const ELSEWHERE = 'If the data files are hosted elsewhere, point configure({ dataUrl }) at their folder';

/**
 * Loads one shipped file from where it is: fetched as JSON from `dataUrl` when one is configured
 * (or in builds that fetch), else imported as the ES module the module build ships beside it.
 */
async function locate(name: string): Promise<unknown> {
  const from = config.dataUrl ?? shippedData;
  if (typeof from === 'function') return importData(from, name);
  try {
    return await fetchJson(new URL(name, from).href);
  } catch (e) {
    // A missing top-level file means the whole folder is elsewhere.
    if (!(e instanceof DataError) || e.code !== 'not-found' || name.includes('/')) throw e;
    throw new DataError('not-found', `${e.message}. ${ELSEWHERE}`, e.url);
  }
}

/** One file from the data modules (a failed import says no more than "failed": 404 or network). */
async function importData(load: (name: string) => Promise<unknown>, name: string): Promise<unknown> {
  const file = `data/${name.replace(/\.json$/, '.js')}`;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DataError('timeout', `${file} did not load after ${config.timeout / 1000} s`, file)), config.timeout);
  });
  const imported = load(name).catch(() => {
    throw new DataError('network', `Could not load ${file} next to the script. ${ELSEWHERE}`, file);
  });
  const data = await Promise.race([imported, timeout]).finally(() => clearTimeout(timer));
  if (data === undefined) throw new DataError('not-found', `${name} is not in the shipped data`, file);
  return data;
}

/** A custom dataset (`src`), validated against `dataset.schema.json`. */
export function loadDataset(src: string): Promise<Dataset> {
  const url = new URL(src, document.baseURI).href;
  return cached(`src:${url}`, async () => {
    if (!/^https?:$/.test(new URL(url).protocol)) throw new DataError('invalid-data', `Only http(s) data URLs are allowed: ${src}`);
    const data = await fetchJson(url);
    const issues = validate(data, 'dataset.schema.json', 5);
    if (issues.length) {
      throw new DataError('invalid-data', `The data at ${src} does not follow the schema: ${issues.map(formatIssue).join('; ')}`, url);
    }
    trust((data as Dataset).practices ?? []);
    return data as Dataset;
  });
}

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function notFound(what: string, id: string): never {
  throw new DataError('unknown-id', `There is no ${what} with the id "${id}"`);
}

/** The sources if they are already loaded (synchronously), else `undefined`. */
export function peekSources(src?: string): Source[] | undefined {
  const own = src ? (resolved.get(`src:${new URL(src, document.baseURI).href}`) as Dataset | undefined) : undefined;
  if (src && !own) return undefined;
  return own?.sources ?? ((bundled?.['sources.json'] ?? resolved.get('sources.json')) as Source[] | undefined);
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
  if (src) return (resolved.get(`src:${new URL(src, document.baseURI).href}`) as Dataset | undefined)?.practices?.find((p) => p.id === id);
  const all = (bundled?.['practices.json'] ?? resolved.get('practices.json')) as Practice[] | undefined;
  return all?.find((p) => p.id === id) ?? (resolved.get(`practice/${id}.json`) as Practice | undefined);
}

/** One practice: from the whole list when it is loaded or loading, else its own small file. */
export async function getPractice(id: string, src?: string): Promise<Practice> {
  if (src || has('practices.json')) {
    return (await getPractices(src)).find((p) => p.id === id) ?? notFound('practice', id);
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

/**
 * The content translations of one locale and kind (`locales/<locale>/<kind>.json`), validated
 * against `content-bundle.schema.json`; `undefined` when the data has none.
 */
export function getContentBundle(locale: string, kind: ContentKind): Promise<ContentBundle | undefined> {
  return cached(`bundle:${locale}/${kind}`, async () => {
    if (!LOCALE_CODE.test(locale) || !(await getContentIndex())[locale]?.[kind]) return undefined;
    const name = `locales/${locale}/${kind}.json`;
    const data = await loadFile<ContentBundle>(name);
    const issues = validate(data, 'content-bundle.schema.json', 5);
    if (issues.length) throw new DataError('invalid-data', `The translations in ${name} do not follow the schema: ${issues.map(formatIssue).join('; ')}`, name);
    if (data.meta.locale !== locale || data.meta.kind !== kind) {
      throw new DataError('invalid-data', `${name} says it holds ${data.meta.kind} in "${data.meta.locale}"`, name);
    }
    return data;
  });
}
