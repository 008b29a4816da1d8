/**
 * The checks every piece of data passes before an element sees it, whatever its path (bundled,
 * `data/` or a `configure({ dataUrl })` mirror, a custom `src`, a record set by script): records
 * against the published schemas, ids unique where elements look records up by id, indexes by
 * shape. Loaded on demand by the data core (`store.ts`), with the validator and the schemas.
 */
import { DataError } from './store.js';
import { formatIssue, validate, type ValidationIssue } from './validate.js';
import type { Dataset } from './types.js';

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const listed = (issues: ValidationIssue[]) => issues.slice(0, 5).map(formatIssue).join('; ');

/** Every record of a dataset against `dataset.schema.json`, and ids unique where the elements look records up by id. */
function datasetIssues(data: unknown): ValidationIssue[] {
  const issues = validate(data, 'dataset.schema.json', 5);
  const ds = data as Dataset;
  const unique = (list: { id: string }[], at: (i: number) => string) => {
    const seen = new Map<string, number>();
    list.forEach((r, i) => (seen.has(r.id) ? issues.push({ path: `${at(i)}.id`, record: r.id, message: `repeats the id of ${at(seen.get(r.id)!)}` }) : seen.set(r.id, i)));
  };
  if (!issues.length) {
    for (const kind of ['sources', 'practices', 'benchmarks', 'contextFactors', 'topics'] as const) unique(ds[kind] ?? [], (i) => `${kind}[${i}]`);
    ds.benchmarks?.forEach((b, i) => {
      const at = `benchmarks[${i}].keyFactors`;
      unique(b.keyFactors, (k) => `${at}[${k}]`);
      const questions = b.keyFactors.flatMap((kf, k) => kf.questions.map((q, n) => ({ id: q.id, at: `${at}[${k}].questions[${n}]` })));
      unique(questions, (n) => questions[n].at);
    });
  }
  return issues;
}

/** Throws a `DataError` naming what is wrong when `data` is not a valid dataset (`what` names it in the message). */
export function checkDataset(data: unknown, what: string, url?: string): void {
  const issues = datasetIssues(data);
  if (issues.length) throw new DataError('invalid-data', `${what} does not follow the schema: ${listed(issues)}`, url);
}

/** The problems of one record against a schema, as one line; `undefined` when it is valid. */
export function recordIssues(record: unknown, schemaId: string): string | undefined {
  const issues = validate(record, schemaId, 5);
  return issues.length ? listed(issues) : undefined;
}

/**
 * Checks one shipped file (bundled or fetched) and throws a `DataError` naming what is wrong:
 * records as a part of a dataset (`practice/x.json` is one of its `practices`) that hold the id of
 * their file name, translations against their schema and path, the indexes by shape.
 */
export function checkFile(name: string, data: unknown, url?: string): unknown {
  const what = `The data file ${name}`;
  const [, dir, id] = /^(practice|benchmark|topic)\/(.+)\.json$/.exec(name) ?? [];
  const part = dir ? `${dir}s` : { 'practices.json': 'practices', 'sources.json': 'sources', 'context-factors.json': 'contextFactors' }[name];
  // Translations: locales/<l>/<kind>.json, locales/<l>/benchmarks/<id>.json, locales/<l>/practice/<id>.json.
  const bundle = /^locales\/([^/]+)\/(?:(benchmarks|practice)\/([^/]+)|([^/]+))\.json$/.exec(name);
  let why: string | undefined;
  if (part) {
    checkDataset({ [part]: dir ? [data] : data }, what, url);
    if (dir && (data as { id: string }).id !== id) why = `holds another record than "${id}"`;
  } else if (bundle) {
    const [, locale, folder, group, file] = bundle;
    const kind = folder === 'practice' ? 'practices' : (folder ?? file);
    const issues = recordIssues(data, 'content-bundle.schema.json#/$defs/shipped');
    if (issues) why = `does not follow the schema: ${issues}`;
    const { meta, entries } = data as { meta: { locale: string; kind: string; benchmark?: string }; entries: Record<string, unknown> };
    if (!why && (meta.locale !== locale || meta.kind !== kind)) why = `says it holds ${meta.kind} in "${meta.locale}"`;
    else if (!why && folder === 'benchmarks' && meta.benchmark !== group) why = `says it holds benchmark "${meta.benchmark}", not "${group}"`;
    else if (!why && folder === 'practice' && Object.keys(entries).some((id) => id !== group)) why = `holds another practice than "${group}"`;
  } else if (name === 'benchmarks.json' || name === 'topics.json') {
    if (!(Array.isArray(data) && data.every((r) => isObj(r) && typeof r.id === 'string' && typeof r.title === 'string'))) why = 'is not a list of records with an id and a title';
  } else if (name === 'translations.json') {
    // locale → kind → ids, or true when every record of the kind is translated.
    if (!(isObj(data) && Object.values(data).every((k) => isObj(k) && Object.values(k).every((ids) => ids === true || (Array.isArray(ids) && ids.every((x) => typeof x === 'string')))))) {
      why = 'is not an index of translations';
    }
  }
  if (why) throw new DataError('invalid-data', `${what} ${why}`, url);
  return data;
}
