// The translator workflow of TRANSLATING.md, run on a temporary copy of the project:
// i18n:extract, i18n:check (errors, coverage, --require-*), and a locale added by configuration
// alone ('pt') that builds and can be selected on a page. Run: node --test test/i18n-tools.node.mjs
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from '../scripts/lib/chromium.mjs';

const project = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(project, 'test', 'fixtures', 'i18n-bundles');

/** A copy of what the workflow needs; data/locales/ holds only the test's own bundles. */
function copyProject() {
  const dir = mkdtempSync(join(tmpdir(), 'iw-i18n-'));
  for (const f of ['src', 'scripts', 'package.json', 'lit-localize.json', 'tsconfig.json', 'tsconfig.build.json', 'rollup.config.mjs']) cpSync(join(project, f), join(dir, f), { recursive: true });
  cpSync(join(project, 'data'), join(dir, 'data'), { recursive: true, filter: (src) => !src.includes(`${join('data', 'locales')}`) });
  rmSync(join(dir, 'src', 'generated'), { recursive: true, force: true });
  rmSync(join(dir, 'xliff'), { recursive: true, force: true });
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function run(dir, script, ...args) {
  const r = spawnSync(process.execPath, [join(dir, script), ...args], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}
const bin = (dir, pkg, file, ...args) => {
  const r = spawnSync(process.execPath, [join(dir, 'node_modules', pkg, file), ...args], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, `${pkg} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
};
const read = (dir, f) => readFileSync(join(dir, f), 'utf8');
const write = (dir, f, text) => {
  mkdirSync(dirname(join(dir, f)), { recursive: true });
  writeFileSync(join(dir, f), text);
};
/** Gives the unit whose source is exactly `source` a target. */
function translateUnit(dir, locale, source, target) {
  const file = `xliff/${locale}.xlf`;
  const xml = read(dir, file);
  const at = xml.indexOf(`<source>${source}</source>`);
  assert.ok(at > 0, `no unit "${source}" in ${file}`);
  const end = at + `<source>${source}</source>`.length;
  // Replaces the unit's target when it has one, else adds it.
  const rest = xml.slice(end).replace(/^\s*<target>[\s\S]*?<\/target>/, '');
  write(dir, file, `${xml.slice(0, end)}\n  <target>${target}</target>${rest}`);
}
const bundle = (locale, kind, entries) => JSON.stringify({ meta: { locale, kind, translator: 'test', status: 'draft', date: '2026-11-23' }, entries });

describe('translator workflow', () => {
  let dir;
  before(() => {
    dir = copyProject();
    cpSync(fixtures, join(dir, 'data', 'locales'), { recursive: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('i18n:extract writes xliff/<locale>.xlf and a MISSING.md report per locale', () => {
    const r = run(dir, 'scripts/i18n-extract.mjs');
    assert.equal(r.status, 0, r.out);
    for (const l of ['ar', 'de', 'es', 'fr', 'it', 'nl', 'uk']) assert.ok(existsSync(join(dir, 'xliff', `${l}.xlf`)), `${l}.xlf`);
    assert.match(read(dir, 'xliff/fr.xlf'), /<source>Read more<\/source>/);
    const missing = read(dir, 'data/locales/fr/MISSING.md');
    assert.match(missing, /## Interface: \d+ of \d+ strings/);
    assert.match(missing, /`s[0-9a-f]+` Read more _\(Expander of the longer description\)_/);
    // The fixture translates the title of one topic: its blocks are still missing, the title is not.
    assert.match(missing, /- `about-benchmarks` blocks:/);
    assert.doesNotMatch(missing, /- `about-benchmarks` title:/);
  });

  it('i18n:check prints coverage per locale, by kind and by benchmark, and passes without errors', () => {
    translateUnit(dir, 'fr', 'Read more', 'Lire la suite');
    translateUnit(dir, 'fr', 'Sorry, there is no practice with the id "<x id="0" equiv-text="${id}"/>".', 'Désolé, aucune pratique n’a l’identifiant « <x id="0" equiv-text="${id}"/> ».');
    const r = run(dir, 'scripts/i18n-check.mjs');
    assert.equal(r.status, 0, r.out);
    assert.match(r.out, /locale\s+interface\s+topics\s+benchmarks\s+practices\s+context-factors/);
    assert.match(r.out, /\nfr\s+\d+(\.\d)?% \(2\/\d+\)\s+5% \(1\/20\)/);
    assert.match(r.out, /\nit\s+0% \(0\/\d+\)/);
    assert.match(r.out, /fr benchmarks: values-common complete/);
  });

  it('--require-interface and --require-content fail until the translations are complete', () => {
    const ui = run(dir, 'scripts/i18n-check.mjs', '--require-interface=100');
    assert.equal(ui.status, 1);
    assert.match(ui.out, /fr: interface [\d.]+% < required 100%/);
    const ok = run(dir, 'scripts/i18n-check.mjs', '--require-content=fr:benchmarks/values-common');
    assert.equal(ok.status, 0, ok.out);
    const missing = run(dir, 'scripts/i18n-check.mjs', '--require-content=*:topics');
    assert.equal(missing.status, 1);
    assert.match(missing.out, /fr: topics 5% < required 100%/);
    assert.match(missing.out, /uk: topics 0% < required 100%/);
  });

  it('i18n:check fails on invalid XLIFF, broken placeholders, stale units and bad bundles', () => {
    const xml = read(dir, 'xliff/fr.xlf');
    try {
      write(dir, 'xliff/de.xlf', read(dir, 'xliff/de.xlf').replace('</body>', '<trans-unit id="s0000000000000000"><source>Gone</source><target>Weg</target></trans-unit></body>'));
      write(dir, 'xliff/it.xlf', read(dir, 'xliff/it.xlf').replace('</file>', ''));
      translateUnit(dir, 'nl', 'Sorry, there is no practice with the id "<x id="0" equiv-text="${id}"/>".', 'Er is geen praktijk met de id "${id}".');
      translateUnit(dir, 'es', 'Showing <x id="0" equiv-text="${shown}"/> of <x id="1" equiv-text="${all}"/> practices', 'Se muestran <x id="1" equiv-text="${all}"/> prácticas');
      write(dir, 'data/locales/uk/topics.json', bundle('uk', 'topics', { 'no-such-topic': { title: 'Тема' }, 'about-benchmarks': { summary: 'Нема', blocks: [{ type: 'paragraph', text: 'Один' }] } }));
      write(dir, 'data/locales/ar/practices.json', JSON.stringify({ meta: { locale: 'ar' }, entries: {} }));
      write(dir, 'data/locales/pt/topics.json', bundle('pt', 'topics', {}));
      const r = run(dir, 'scripts/i18n-check.mjs');
      assert.equal(r.status, 1, r.out);
      assert.match(r.out, /xliff\/it\.xlf: not valid XLIFF/);
      assert.match(r.out, /xliff\/de\.xlf: unit s0000000000000000 no longer exists in the sources/);
      assert.match(r.out, /xliff\/nl\.xlf: unit s[0-9a-f]+ \("Sorry, there is no practice.*types a placeholder as text/);
      assert.match(r.out, /xliff\/es\.xlf: unit s[0-9a-f]+ .*placeholders \[\$\{all\}\] differ from the source's \[\$\{all\}, \$\{shown\}\]/);
      assert.match(r.out, /data\/locales\/uk\/topics\.json: "no-such-topic" is not a record of topics/);
      assert.match(r.out, /data\/locales\/uk\/topics\.json: "about-benchmarks"\.summary has no English text/);
      assert.match(r.out, /data\/locales\/uk\/topics\.json: "about-benchmarks"\.blocks: expected \d+ items as in English, found 1/);
      assert.match(r.out, /data\/locales\/ar\/practices\.json: \/meta must have required property 'kind'/);
      assert.match(r.out, /data\/locales\/pt\/topics\.json: "pt" is not a target locale/);
    } finally {
      write(dir, 'xliff/fr.xlf', xml);
      for (const f of ['data/locales/uk', 'data/locales/ar/practices.json', 'data/locales/pt']) rmSync(join(dir, f), { recursive: true, force: true });
    }
  });
});

describe('a locale added by configuration alone', () => {
  let dir;
  let server;
  before(() => {
    dir = copyProject();
  });
  after(() => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds dist/locales/pt.js and can be selected with setLocale("pt")', async () => {
    // The documented steps: add the code to lit-localize.json, extract, translate, build.
    const config = JSON.parse(read(dir, 'lit-localize.json'));
    config.targetLocales.push('pt');
    write(dir, 'lit-localize.json', JSON.stringify(config, null, 2));
    assert.equal(run(dir, 'scripts/i18n-extract.mjs').status, 0);
    translateUnit(dir, 'pt', 'Read more', 'Ler mais');
    assert.equal(run(dir, 'scripts/i18n-check.mjs').status, 0);
    bin(dir, '@lit/localize-tools', 'bin/lit-localize.js', 'build');
    assert.equal(run(dir, 'scripts/generate.mjs').status, 0);
    bin(dir, 'typescript', 'bin/tsc', '-p', 'tsconfig.build.json');
    // Only the builds this test loads: the classic script and the locale modules.
    write(dir, 'rollup.test.config.mjs', "import all from './rollup.config.mjs';\nexport default all.filter((c) => /iife|locales/.test(c.output.file));\n");
    bin(dir, 'rollup', 'dist/bin/rollup', '-c', 'rollup.test.config.mjs', '--silent');
    assert.equal(run(dir, 'scripts/build-data.mjs').status, 0);
    assert.ok(existsSync(join(dir, 'dist', 'locales', 'pt.js')), 'dist/locales/pt.js was not built');

    write(dir, 'page.html', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>pt</title><script src="dist/integration-widgets.iife.js"></script></head><body><iw-practice-card practice="startwien-vienna"></iw-practice-card></body></html>');
    server = createServer((req, res) => {
      const file = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (!file.startsWith(dir) || !existsSync(file)) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' }[extname(file)] ?? 'text/plain' });
      createReadStream(file).pipe(res);
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${server.address().port}/page.html`);
      const text = () => page.evaluate(() => document.querySelector('iw-practice-card').shadowRoot.textContent);
      await page.waitForFunction(() => document.querySelector('iw-practice-card')?.shadowRoot?.querySelector('[part="title"]'));
      assert.match(await text(), /Read more/);
      const supported = await page.evaluate(() => window.IntegrationWidgets.supportedLocales);
      assert.ok(supported.includes('pt'));
      await page.evaluate(() => window.IntegrationWidgets.setLocale('pt'));
      await page.waitForFunction(() => document.querySelector('iw-practice-card').shadowRoot.textContent.includes('Ler mais'), null, { timeout: 10000 });
      assert.equal(await page.evaluate(() => window.IntegrationWidgets.getLocale()), 'pt');
      assert.match(await text(), /Áustria/);
      assert.equal(await page.evaluate(() => document.querySelector('iw-practice-card').shadowRoot.querySelector('[part="base"]').lang), 'pt');
    } finally {
      await browser.close();
    }
  });
});
