// `npm pack` gives a usable package: the builds, data, locales, types and manifest it promises.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../scripts/lib/dataset.mjs';

test('npm pack ships every file package.json points to', () => {
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const files = new Set(info.files.map((f) => f.path));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const promised = [
    pkg.main, pkg.module, pkg.types, pkg.customElements,
    ...Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e))).filter((p) => !p.includes('*')),
    'dist/data/practices.json', 'dist/data/sources.json', 'dist/data/schema/dataset.schema.json',
    // The data as ES modules, which the ES module build imports (and bundlers follow).
    'dist/data/sources.js', 'dist/data/practice/_index.js', 'dist/data/practice/startwien-vienna.js',
    ...JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8')).targetLocales.map((l) => `dist/locales/${l}.js`),
  ].map((p) => p.replace(/^\.\//, ''));
  for (const p of promised) assert.ok(files.has(p), `${p} is missing from the package`);
  assert.ok(![...files].some((f) => f.startsWith('src/') || f.startsWith('test/') || f.includes('node_modules')), 'sources or tests leaked into the package');
});

test('the manifest describes every element', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.name !== 'IwElement');
  const tags = elements.map((d) => d.tagName);
  assert.ok(tags.includes('iw-practice-card'));
  for (const tag of tags) assert.match(tag, /^iw-/);
  // `lang`, handled by the base class, is documented for every element.
  for (const d of elements) assert.ok(d.attributes?.some((a) => a.name === 'lang'), `${d.tagName} lacks lang`);
});
