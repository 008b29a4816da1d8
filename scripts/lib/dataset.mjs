// Reads the reviewed dataset under data/ into one object, the shape of dataset.schema.json.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dataDir = join(root, 'data');

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const jsonFiles = (dir) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f)) : [];

/** Every record with the file it came from, so a failure can name it. */
export function loadDataset() {
  const files = [];
  const take = (kind, file, records) => {
    for (const record of records) files.push({ kind, file: file.slice(root.length + 1), record });
    return records;
  };
  const sources = jsonFiles(join(dataDir, 'sources')).flatMap((f) => take('source', f, [readJson(f)]));
  const practices = jsonFiles(join(dataDir, 'practices')).flatMap((f) => take('practice', f, readJson(f)));
  const benchmarks = jsonFiles(join(dataDir, 'benchmarks')).flatMap((f) => take('benchmark', f, [readJson(f)]));
  const cfFile = join(dataDir, 'context-factors.json');
  const contextFactors = existsSync(cfFile) ? take('context-factor', cfFile, readJson(cfFile)) : [];
  const topics = jsonFiles(join(dataDir, 'topics')).flatMap((f) => take('topic', f, [readJson(f)]));
  const pkg = readJson(join(root, 'package.json'));
  return {
    dataset: { version: pkg.version, sources, practices, benchmarks, contextFactors, topics },
    files,
  };
}

export function loadSchemas() {
  const dir = join(dataDir, 'schema');
  return jsonFiles(dir).map(readJson);
}

/** Walks every string in a record, with its JSON path. */
export function* strings(value, path = '') {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], `${path}[${i}]`);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
}
