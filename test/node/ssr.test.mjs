// Importing the package in Node (a framework rendering on the server) resolves its `node` export
// condition: the same exports as the browser build, doing nothing, touching no browser API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/lib/dataset.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

test("import('integration-widgets') in Node: the browser build's API, as no-ops, with no globals added", async () => {
  const before = new Set(Reflect.ownKeys(globalThis));
  // The package imports itself by name, through the `exports` of its package.json (built files).
  const lib = await import('integration-widgets');
  assert.deepEqual(Reflect.ownKeys(globalThis).filter((k) => !before.has(k)), []);

  // The same public exports as the browser module (its minified export list also carries short
  // internal names for its lazily loaded chunks).
  const browser = readFileSync(join(root, 'dist/integration-widgets.js'), 'utf8');
  const list = browser.match(/export\{([^}]*)\};?\s*$/)[1];
  const exported = list.split(',').map((e) => e.trim().split(/\s+as\s+/).pop()).filter((n) => n.length > 2);
  assert.deepEqual(Object.keys(lib).sort(), [...new Set(exported)].sort());

  assert.equal(lib.version, pkg.version);
  const { sourceLocale, targetLocales } = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
  assert.deepEqual(lib.supportedLocales, [sourceLocale, ...targetLocales]);
  lib.configure({ dataUrl: '/data/', timeout: 1000 });
  await lib.setLocale('fr');
  assert.equal(lib.getLocale(), 'en');
  await lib.load('iw-practice-list');
  class Mine extends lib.IwPracticeCard {}
  assert.ok(new Mine());
});
