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
const bundle = (locale, kind, entries, extra = {}) => JSON.stringify({ meta: { locale, kind, ...extra, translator: 'test', date: '2026-11-23' }, entries });
const readJson = (dir, f) => JSON.parse(read(dir, f));
const writeJson = (dir, f, value) => write(dir, f, `${JSON.stringify(value, null, 2)}\n`);

/**
 * A translator's folder (TRANSLATING.md, "Translating a whole language at once") made from the
 * English that npm run i18n:export writes: every field of one benchmark and the title of one topic,
 * each "[fr] " + English.
 */
function translatorFolder(dir, locale) {
  const english = join(dir, 'drafts', 'en');
  const r = npmRun(dir, 'i18n:export', english);
  assert.equal(r.status, 0, r.out);
  const folder = join(dir, 'drafts', locale);
  const mark = (v) => (Array.isArray(v) ? v.map(mark) : `[${locale}] ${v}`);
  const records = readJson(english, 'benchmarks/values-common.json');
  for (const fields of Object.values(records)) for (const [f, v] of Object.entries(fields)) fields[f] = mark(v);
  writeJson(folder, 'benchmarks/values-common.json', records);
  const topic = readJson(english, 'topics.json')['about-benchmarks'];
  writeJson(folder, 'topics.json', { 'about-benchmarks': { title: mark(topic.title) } });
  assert.ok(readJson(english, 'places.json').includes('Vienna'));
  writeJson(folder, 'places.json', { Vienna: locale === 'fr' ? 'Vienne' : `[${locale}] Vienna` });
  writeJson(folder, 'glossary.json', { 'key factor': { term: 'facteur clé', forms: ['facteur clé', 'facteurs clés'] } });
  return { folder, english, fields: Object.values(records).reduce((n, r) => n + Object.keys(r).length, 0) };
}
const git = (dir, ...args) => {
  const r = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
};
/** Runs an npm script of the copy exactly as TRANSLATING.md tells a translator to. */
function npmRun(dir, script, ...args) {
  const r = spawnSync('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

describe('translator workflow', () => {
  let dir;
  let fields;
  before(() => {
    dir = copyProject();
    const drafts = translatorFolder(dir, 'fr');
    fields = drafts.fields;
    const r = npmRun(dir, 'i18n:import', drafts.folder, `--english=${drafts.english}`, '--date=2026-11-23');
    assert.equal(r.status, 0, r.out);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('i18n:import wraps a translator folder into bundles: drafts with the hash of the English they were made from', () => {
    const b = readJson(dir, 'data/locales/fr/benchmarks/values-common.json');
    assert.deepEqual(b.meta, { locale: 'fr', kind: 'benchmarks', benchmark: 'values-common', translator: b.meta.translator, date: '2026-11-23' });
    const kf = b.entries['values-common-kf1'];
    assert.equal(kf.status, 'draft');
    assert.match(kf.why, /^\[fr\] /);
    assert.match(kf.en.why, /^[0-9a-f]{12}$/);
    assert.notEqual(kf.en.why, kf.en.title);
    assert.deepEqual(readJson(dir, 'data/locales/fr/places.json').entries.Vienna.name, 'Vienne');
    assert.equal(readJson(dir, 'data/locales/fr/glossary.json').terms['key factor'].term, 'facteur clé');
    // Importing the same folder again changes nothing.
    const before = read(dir, 'data/locales/fr/benchmarks/values-common.json');
    assert.equal(npmRun(dir, 'i18n:import', join(dir, 'drafts', 'fr'), '--date=2026-12-31').status, 0);
    assert.equal(read(dir, 'data/locales/fr/benchmarks/values-common.json'), before);
  });

  it('i18n:import refuses a folder with a wrong shape and writes nothing', () => {
    const folder = join(dir, 'drafts', 'bad');
    writeJson(folder, 'topics.json', { 'about-benchmarks': { title: 'Titre', blocks: [] }, 'no-such-topic': { title: 'x' } });
    const r = npmRun(dir, 'i18n:import', folder, '--locale=de');
    assert.equal(r.status, 1);
    assert.match(r.out, /Nothing imported/);
    assert.match(r.out, /"about-benchmarks"\.blocks: expected \d+ items as in English, found 0/);
    assert.match(r.out, /"no-such-topic" is not a record of topics/);
    assert.ok(!existsSync(join(dir, 'data', 'locales', 'de')));
  });

  it('i18n:extract writes xliff/<locale>.xlf and a MISSING.md report per locale', () => {
    const r = run(dir, 'scripts/i18n-extract.mjs');
    assert.equal(r.status, 0, r.out);
    for (const l of ['ar', 'de', 'es', 'fr', 'it', 'nl', 'uk']) assert.ok(existsSync(join(dir, 'xliff', `${l}.xlf`)), `${l}.xlf`);
    assert.match(read(dir, 'xliff/fr.xlf'), /<source>Read more<\/source>/);
    const missing = read(dir, 'data/locales/fr/MISSING.md');
    assert.match(missing, /## Interface: \d+ of \d+ strings/);
    assert.match(missing, /`s[0-9a-f]+` Read more _\(Expander of the longer description\)_/);
    // The title of one topic is translated: its blocks are still missing, the title is not.
    assert.match(missing, /- `about-benchmarks` blocks:/);
    assert.doesNotMatch(missing, /- `about-benchmarks` title:/);
    assert.doesNotMatch(missing, /### values-common/);
    assert.match(missing, /### values-theme-b: \d+ of \d+ fields \(data\/locales\/fr\/benchmarks\/values-theme-b\.json\)/);
  });

  it('i18n:check prints coverage per locale, by kind and by benchmark, with draft/reviewed counts, and passes without errors', () => {
    translateUnit(dir, 'fr', 'Read more', 'Lire la suite');
    translateUnit(dir, 'fr', 'Sorry, there is no practice with the id "<x id="0" equiv-text="${id}"/>".', 'Désolé, aucune pratique n’a l’identifiant « <x id="0" equiv-text="${id}"/> ».');
    const r = npmRun(dir, 'i18n:check');
    assert.equal(r.status, 0, r.out);
    assert.match(r.out, /locale\s+interface\s+benchmarks\s+practices\s+context-factors\s+topics\s+places/);
    assert.match(r.out, new RegExp(`\\nfr\\s+\\d+(\\.\\d)?% \\(2/\\d+\\)\\s+\\d+(\\.\\d)?% \\(${fields}/\\d+\\)\\s+0% \\(0/\\d+\\)\\s+0% \\(0/\\d+\\)\\s+5% \\(1/20\\)\\s+1/\\d+ names`));
    assert.match(r.out, /\nit\s+0% \(0\/\d+\)/);
    assert.match(r.out, /fr benchmarks: values-common complete/);
    assert.match(r.out, /fr entries: \d+ draft, 0 reviewed; stale fields: 0; missing fields: benchmarks \d+, practices \d+/);
  });

  it('--require-interface and --require-content fail until the translations are complete', () => {
    const ui = run(dir, 'scripts/i18n-check.mjs', '--require-interface=100');
    assert.equal(ui.status, 1);
    assert.match(ui.out, /fr: interface [\d.]+% < required 100%/);
    const ok = run(dir, 'scripts/i18n-check.mjs', '--require-content=fr:benchmarks/values-common');
    assert.equal(ok.status, 0, ok.out);
    const missing = run(dir, 'scripts/i18n-check.mjs', '--require-content=*:topics');
    assert.equal(missing.status, 1);
    assert.match(missing.out, /fr: topics 5% < required 100% \(19 missing, 0 stale\)/);
    assert.match(missing.out, /uk: topics 0% < required 100%/);
  });

  it('a changed English text makes its translation stale: reported, shipped in English, stamped only once revised or confirmed', () => {
    const path = 'data/locales/fr/benchmarks/values-common.json';
    git(dir, 'init', '-q');
    git(dir, 'add', 'data');
    git(dir, 'commit', '-q', '-m', 'translations');
    const english = readJson(dir, 'data/benchmarks/values-common.json');
    english.keyFactors[0].why += ' It also needs a named contact person.';
    english.keyFactors[1].title += ' (revised)';
    writeJson(dir, 'data/benchmarks/values-common.json', english);
    const [kf1, kf2] = english.keyFactors.map((k) => k.id);

    const check = npmRun(dir, 'i18n:check');
    assert.equal(check.status, 0, check.out);
    assert.match(check.out, /fr benchmarks: values-common [\d.]+% \(2 stale\)/);
    assert.match(check.out, /fr entries: \d+ draft, 0 reviewed; stale fields: 2;/);
    assert.match(check.out, new RegExp(`stale: data/locales/fr/benchmarks/values-common\\.json "${kf1}"\\.why`));
    // The build ships current translations only: the stale ones show in English.
    assert.equal(run(dir, 'scripts/build-data.mjs').status, 0);
    const shipped = readJson(dir, 'dist/data/locales/fr/benchmarks/values-common.json').entries;
    assert.equal(shipped[kf1].why, undefined);
    assert.match(shipped[kf1].title, /^\[fr\] /);
    assert.equal(shipped[kf2].title, undefined);
    const strict = run(dir, 'scripts/i18n-check.mjs', '--no-stale');
    assert.equal(strict.status, 1);
    assert.match(strict.out, /fr: 2 stale field\(s\) \(--no-stale\)/);
    assert.equal(run(dir, 'scripts/i18n-extract.mjs').status, 0);
    assert.match(read(dir, 'data/locales/fr/MISSING.md'), new RegExp(`## Stale: 2 translated fields[\\s\\S]*\`${kf1}\` why: .*named contact person`));

    // Stamping without revising leaves both stale.
    const before = read(dir, path);
    const idle = npmRun(dir, 'i18n:stamp', 'fr');
    assert.equal(idle.status, 0, idle.out);
    assert.match(idle.out, /2 stale field\(s\) whose translation is unchanged since HEAD were left stale/);
    assert.equal(read(dir, path), before);

    // The translator revises one, then stamps: that one is current again, the other stays stale.
    const b = readJson(dir, path);
    b.entries[kf1].why += ' Elle a aussi besoin d’une personne de contact.';
    writeJson(dir, path, b);
    const stamp = npmRun(dir, 'i18n:stamp', path, '--date=2026-12-01');
    assert.equal(stamp.status, 0, stamp.out);
    assert.match(stamp.out, /Stamped 1 field\(s\) in 1 file\(s\)/);
    const after = run(dir, 'scripts/i18n-check.mjs');
    assert.match(after.out, /stale fields: 1;/);
    assert.match(after.out, new RegExp(`stale: .*"${kf2}"\\.title`));
    assert.equal(readJson(dir, path).meta.date, '2026-12-01');

    // A reviewer confirms the other still says what the new English says, and marks it reviewed.
    const confirm = npmRun(dir, 'i18n:stamp', path, `--confirm=${kf2}.title`, '--status=reviewed', '--reviewer=R. Viewer');
    assert.equal(confirm.status, 0, confirm.out);
    const done = readJson(dir, path);
    assert.equal(done.entries[kf2].status, 'reviewed');
    assert.equal(done.meta.reviewer, 'R. Viewer');
    const clean = run(dir, 'scripts/i18n-check.mjs', '--no-stale');
    assert.equal(clean.status, 0, clean.out);
    assert.match(clean.out, /fr entries: \d+ draft, 1 reviewed; stale fields: 0;/);
  });

  it('i18n:stamp stamps a translation added by hand', () => {
    const path = 'data/locales/fr/topics.json';
    const b = readJson(dir, path);
    b.entries['about-values'] = { title: 'À propos de VALUES' };
    writeJson(dir, path, b);
    const unstamped = run(dir, 'scripts/i18n-check.mjs');
    assert.equal(unstamped.status, 1);
    assert.match(unstamped.out, /data\/locales\/fr\/topics\.json: \/entries\/about-values must have required property 'status'/);
    assert.equal(npmRun(dir, 'i18n:stamp', path).status, 0);
    const entry = readJson(dir, path).entries['about-values'];
    assert.equal(entry.status, 'draft');
    assert.match(entry.en.title, /^[0-9a-f]{12}$/);
    assert.equal(run(dir, 'scripts/i18n-check.mjs').status, 0);
  });

  it('i18n:check fails on invalid XLIFF, broken placeholders, stale units and bad bundles', () => {
    const xml = read(dir, 'xliff/fr.xlf');
    try {
      write(dir, 'xliff/de.xlf', read(dir, 'xliff/de.xlf').replace('</body>', '<trans-unit id="s0000000000000000"><source>Gone</source><target>Weg</target></trans-unit></body>'));
      write(dir, 'xliff/it.xlf', read(dir, 'xliff/it.xlf').replace('</file>', ''));
      translateUnit(dir, 'nl', 'Sorry, there is no practice with the id "<x id="0" equiv-text="${id}"/>".', 'Er is geen praktijk met de id "${id}".');
      translateUnit(dir, 'es', 'Showing <x id="0" equiv-text="${shown}"/> of <x id="1" equiv-text="${all}"/> practices', 'Se muestran <x id="1" equiv-text="${all}"/> prácticas');
      const hash = (f) => ({ status: 'draft', en: { [f]: '0123456789ab' } });
      write(dir, 'data/locales/uk/topics.json', bundle('uk', 'topics', { 'no-such-topic': { ...hash('title'), title: 'Тема' }, 'about-benchmarks': { status: 'draft', en: { blocks: '0123456789ab' }, blocks: [{ type: 'paragraph', text: 'Один' }] }, 'about-values': { status: 'draft', en: {}, title: 'Про VALUES' } }));
      write(dir, 'data/locales/uk/benchmarks/values-common.json', bundle('uk', 'benchmarks', { 'values-theme-b': { ...hash('title'), title: 'Тема Б' } }, { benchmark: 'values-common' }));
      write(dir, 'data/locales/uk/benchmarks.json', bundle('uk', 'benchmarks', {}));
      write(dir, 'data/locales/ar/practices.json', JSON.stringify({ meta: { locale: 'ar' }, entries: {} }));
      write(dir, 'data/locales/pt/topics.json', bundle('pt', 'topics', {}));
      const r = run(dir, 'scripts/i18n-check.mjs');
      assert.equal(r.status, 1, r.out);
      assert.match(r.out, /xliff\/it\.xlf: not valid XLIFF/);
      assert.match(r.out, /xliff\/de\.xlf: unit s0000000000000000 no longer exists in the sources/);
      assert.match(r.out, /xliff\/nl\.xlf: unit s[0-9a-f]+ \("Sorry, there is no practice.*types a placeholder as text/);
      assert.match(r.out, /xliff\/es\.xlf: unit s[0-9a-f]+ .*placeholders \[\$\{all\}\] differ from the source's \[\$\{all\}, \$\{shown\}\]/);
      assert.match(r.out, /data\/locales\/uk\/topics\.json: "no-such-topic" is not a record of topics/);
      assert.match(r.out, /data\/locales\/uk\/topics\.json: "about-benchmarks"\.blocks: expected \d+ items as in English, found 1/);
      assert.match(r.out, /data\/locales\/uk\/topics\.json: "about-values"\.title has no hash of its English \(en\.title\): run npm run i18n:stamp/);
      assert.match(r.out, /data\/locales\/uk\/benchmarks\/values-common\.json: "values-theme-b" belongs to benchmark values-theme-b, not values-common/);
      assert.match(r.out, /data\/locales\/uk\/benchmarks\.json: benchmarks are translated one file per benchmark/);
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
    // A partial translation of the content passes the documented check, which reports its coverage.
    assert.equal(npmRun(dir, 'i18n:import', translatorFolder(dir, 'pt').folder).status, 0);
    const check = npmRun(dir, 'i18n:check');
    assert.equal(check.status, 0, check.out);
    assert.match(check.out, /\npt\s+[\d.]+% \(1\/\d+\)\s+[\d.]+% \(\d+\/\d+\)/);
    assert.match(check.out, /pt benchmarks: values-common complete/);
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
