// The data as ES modules (what the ES module build imports, and what bundlers follow): every
// file the widgets load has a module with the same value, and each folder's _index.js reaches
// each of its modules. Runs on the built dist/ (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { root } from '../../scripts/lib/dataset.mjs';
import { dataFiles, dataModule, dataModules } from '../../scripts/build-data.mjs';

const dist = join(root, 'dist', 'data');
const { files } = dataFiles();
const { names, folders } = dataModules(files);
const json = (name) => JSON.parse(readFileSync(join(dist, name), 'utf8'));
const load = async (path) => (await import(pathToFileURL(join(dist, path)).href)).default;

test('a data module keeps any text as it is (quotes, backslashes, line separators, markup)', async () => {
  const value = { a: `it's "quoted" \\ back\\slash \u2028\u2029 </script> é 😀\n`, b: [1, null, true, { c: "'" }] };
  const file = join(mkdtempSync(join(tmpdir(), 'iw-')), 'm.mjs');
  writeFileSync(file, dataModule(value));
  assert.deepEqual((await import(pathToFileURL(file).href)).default, value);
});

test('every data file the widgets load ships as a module with the same value', async () => {
  assert.ok(names.includes('sources.json') && names.includes('practice/startwien-vienna.json'));
  assert.ok(!names.includes('dataset.json'), 'dataset.json is for custom datasets, not loaded by the widgets');
  for (const name of names) assert.deepEqual(await load(name.replace(/\.json$/, '.js')), json(name), name);
});

test("each folder's _index.js reaches exactly its modules", async () => {
  // Each folder its own index: a card's translation is found through its language's practice/ index only.
  const { targetLocales } = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
  const translated = targetLocales.flatMap((l) => [`locales/${l}`, `locales/${l}/benchmarks`, `locales/${l}/practice`]);
  assert.deepEqual(folders.sort(), ['benchmark', ...translated, 'practice', 'topic'].sort());
  for (const folder of folders) {
    const index = await load(`${folder}/_index.js`);
    const expected = names.filter((n) => n.startsWith(`${folder}/`) && !n.slice(folder.length + 1).includes('/')).map((n) => n.slice(folder.length + 1));
    assert.deepEqual([...index.keys()].sort(), expected.sort(), folder);
    const [first] = expected;
    assert.deepEqual((await index.get(first)()).default, json(`${folder}/${first}`), `${folder}/${first}`);
  }
});
