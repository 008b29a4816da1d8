// Real clients of the packed package (`npm pack`, installed here from the tarball): a React 19
// app and a Vue 3 app built with Vite, pages bundled with Rollup, esbuild and webpack, driven in
// headless Chromium as a user would; the shipped types checked with tsc and vue-tsc against the
// README's examples (which are these apps' files); publint and attw on the tarball.
// Run with `npm run test:clients` (after `npm ci --prefix test/clients`).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { here, installed, launch, listTitles, open, packAndInstall, serve, textOf, waitForText } from './lib.mjs';

let browser;
let tarball;
const servers = [];
const bin = (name) => join(here, 'node_modules', '.bin', name);
/** Runs a command; on failure, the error gives its output (the end of it: minified code is long). */
function run(cmd, args, cwd = here) {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    throw new Error(`${[cmd, ...args].join(' ')} failed:\n${`${e.stdout}\n${e.stderr}`.trim().slice(-3000)}`);
  }
}

before(async () => {
  // IW_CLIENTS_REUSE=path/to.tgz skips packing and installing again (while working on the tests).
  tarball = process.env.IW_CLIENTS_REUSE || packAndInstall();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const s of servers) s.server.close();
});

async function served(dir, mounts) {
  const s = await serve(dir, mounts);
  servers.push(s);
  return s.url;
}

async function viteBuild(app) {
  const { build } = await import('vite');
  const dir = join(here, app);
  await build({ root: dir, logLevel: 'warn', build: { outDir: join(dir, 'dist'), emptyOutDir: true } });
  return served(join(dir, 'dist'));
}

const FIVE = [
  ['iw-practice-card', 'STARTwien'],
  ['iw-practice-list', '2 practices'],
  ['iw-benchmark-checklist', 'questions answered'],
  ['iw-context-picker', 'Local context'],
  ['iw-info-panel', 'About the VALUES project'],
];
const SAVED = [{ id: 'economy', effect: 'hinders', note: 'Few jobs' }];

/** The checks every framework app passes: the same page, the same user actions. */
function appChecks(name, base, query = '') {
  const url = async (more = '') => `${await base()}/?${[query, more].filter(Boolean).join('&')}`;
  it(`${name}: every element shows its data, with no error in the console`, async () => {
    const { page, problems, requests } = await open(browser, await url());
    for (const [tag, text] of FIVE) await waitForText(page, tag, text);
    assert.deepEqual(problems, []);
    assert.ok(!requests.some((r) => r.endsWith('.json')), `the data came as modules of the bundle, not fetched JSON: ${requests.filter((r) => r.endsWith('.json'))}`);
    await page.close();
  });

  it(`${name}: an array property set before the list is defined (ids), then changed after`, async () => {
    const { page } = await open(browser, await url());
    await waitForText(page, 'iw-practice-list', '2 practices');
    assert.deepEqual((await listTitles(page)).map((t) => t.split(' ')[0]), ['MARO', 'STARTwien']);
    assert.equal(await page.evaluate(() => !!document.querySelector('iw-practice-list').shadowRoot.querySelector('input[type="search"]')), false, 'no-controls hides the search');
    await page.locator('main > button', { hasText: 'Only Ostend' }).click();
    await waitForText(page, 'iw-practice-list', '1 practice');
    assert.deepEqual((await listTitles(page)).map((t) => t.split(' ')[0]), ['MARO']);
    await page.close();
  });

  it(`${name}: the checklist keeps a context set before it is defined`, async () => {
    const { page } = await open(browser, await url());
    await waitForText(page, 'iw-benchmark-checklist', 'questions answered');
    // Read from the assessment, which is the element's own state (an own property set before the
    // upgrade would shadow the accessor and give back the value it was never given).
    assert.deepEqual(await page.evaluate(() => document.querySelector('iw-benchmark-checklist').assessment?.context), SAVED);
    await page.close();
  });

  it(`${name}: the picker shows its value property, and a user's change reaches the app (iw-context-change)`, async () => {
    const { page } = await open(browser, await url());
    await waitForText(page, 'iw-context-picker', 'Local context');
    assert.equal(await page.locator('iw-context-picker input[type="radio"][data-id="economy"][value="hinders"]').isChecked(), true);
    await page.locator('iw-context-picker input[type="checkbox"][data-id="city-budget"]').check();
    await waitForText(page, '#context', 'Context: economy (hinders), city-budget (both)');
    await page.close();
  });

  it(`${name}: a user's answer reaches the app (iw-assessment-change)`, async () => {
    const { page } = await open(browser, await url());
    await waitForText(page, 'iw-benchmark-checklist', 'questions answered');
    // The first key factor is open: answer its first question.
    await page.locator('iw-benchmark-checklist input[name="values-common-kf1-q1"][value="yes"]').check();
    await waitForText(page, '#answered', 'Answered: 1');
    await page.close();
  });

  it(`${name}: an unknown practice id reaches the app as iw-error`, async () => {
    const { page } = await open(browser, await url('practice=no-such-practice'));
    await waitForText(page, '[role="alert"]', 'There is no practice with the id "no-such-practice"');
    await page.close();
  });

  it(`${name}: setLocale('fr') switches the widgets to French`, async () => {
    const { page, problems } = await open(browser, await url());
    await waitForText(page, 'iw-practice-card', 'STARTwien');
    await page.locator('main > button', { hasText: 'Français' }).click();
    await waitForText(page, 'iw-practice-card', 'Autriche');
    await waitForText(page, 'iw-benchmark-checklist', 'Réponses à 0 questions sur 12');
    assert.deepEqual(problems, []);
    await page.close();
  });
}

/** The app under Vite's dev server (which pre-bundles the package with its data and locales). */
async function viteDev(app) {
  const { createServer } = await import('vite');
  const server = await createServer({
    root: join(here, app),
    logLevel: 'warn',
    // Its own cache per app, made afresh: the installed tarball changes without the lockfile.
    cacheDir: join(here, 'node_modules', '.vite', app),
    optimizeDeps: { force: true },
    server: { host: '127.0.0.1', port: 0 },
  });
  await server.listen();
  servers.push({ server: { close: () => server.close() } });
  return server.resolvedUrls.local[0].replace(/\/$/, '');
}

describe('React 19 app built with Vite', () => {
  let url;
  before(async () => {
    url = await viteBuild('react');
  });
  appChecks('React', () => url);
  appChecks('React, elements loaded before the first render', () => url, 'preload');
});

describe('Vue 3 app built with Vite', () => {
  let url;
  before(async () => {
    url = await viteBuild('vue');
  });
  appChecks('Vue', () => url);
});

describe('React 19 and Vue 3 apps under the Vite dev server', () => {
  let react;
  let vue;
  before(async () => {
    react = await viteDev('react');
    vue = await viteDev('vue');
  });
  appChecks('React (dev)', () => react);
  appChecks('Vue (dev)', () => vue);
});

describe('a page bundled with Rollup, esbuild or webpack', () => {
  const out = join(here, 'bundlers', 'dist');
  const main = join(here, 'bundlers', 'main.js');
  const page = (dir, script) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), readFileSync(join(here, 'bundlers', 'index.html'), 'utf8').replace('<!-- BUNDLE -->', script));
  };
  const bundlers = {
    async rollup(dir, entry = main) {
      const { rollup } = await import('rollup');
      const { nodeResolve } = await import('@rollup/plugin-node-resolve');
      const bundle = await rollup({ input: entry, plugins: [nodeResolve()], onwarn: (w) => assert.fail(`rollup: ${w.message}`) });
      await bundle.write({ dir, format: 'es', entryFileNames: 'main.js' });
      page(dir, '<script type="module" src="./main.js"></script>');
    },
    async esbuild(dir, entry = main) {
      const esbuild = await import('esbuild');
      await esbuild.build({ entryPoints: [entry], bundle: true, splitting: true, format: 'esm', minify: true, outdir: dir, entryNames: 'main', logLevel: 'error' });
      page(dir, '<script type="module" src="./main.js"></script>');
    },
    async webpack(dir, entry = main) {
      const { default: webpack } = await import('webpack');
      const stats = await new Promise((resolve, reject) =>
        webpack({ mode: 'production', entry, output: { path: dir, filename: 'main.js' }, performance: { hints: false } }, (e, s) => (e ? reject(e) : resolve(s))),
      );
      const { errors, warnings } = stats.toJson({ all: false, errors: true, warnings: true });
      assert.deepEqual([...errors, ...warnings].map((w) => w.message), []);
      page(dir, '<script defer src="./main.js"></script>');
    },
  };

  before(() => rmSync(out, { recursive: true, force: true }));

  for (const [name, bundle] of Object.entries(bundlers)) {
    it(`${name}: a card and a lazily loaded list show their data, setLocale('fr') works, nothing copied`, async () => {
      const dir = join(out, name);
      await bundle(dir);
      const { page, problems, requests } = await open(browser, await served(dir));
      await waitForText(page, 'iw-practice-card', 'STARTwien');
      await waitForText(page, 'iw-practice-list', '2 practices');
      await page.locator('#fr').click();
      await waitForText(page, 'iw-practice-card', 'Autriche');
      assert.deepEqual(problems, []);
      assert.ok(!requests.some((r) => r.endsWith('.json')), `no JSON fetched: ${requests}`);
      await page.close();
    });
  }

  it('esbuild, with the data and locales hosted elsewhere: configure({ dataUrl, localeUrl })', async () => {
    const dir = join(out, 'esbuild-hosted');
    await bundlers.esbuild(dir, join(here, 'bundlers', 'hosted.js'));
    const { page, problems, requests } = await open(browser, await served(dir, { '/hosted/': join(installed, 'dist') }));
    await waitForText(page, 'iw-practice-card', 'STARTwien');
    await page.locator('#fr').click();
    await waitForText(page, 'iw-practice-card', 'Autriche');
    assert.deepEqual(problems, []);
    assert.ok(requests.includes('/hosted/data/practice/startwien-vienna.json'), `${requests}`);
    assert.ok(requests.includes('/hosted/locales/fr.js'), `${requests}`);
    await page.close();
  });
});

describe('types and package checks', () => {
  it('the React app and the JSX types check (tsc, 0 errors; refused props are refused)', () => {
    run(bin('tsc'), ['-p', join(here, 'react', 'tsconfig.json')]);
  });

  it('the Vue app and the template types check (vue-tsc, 0 errors; refused props are refused)', () => {
    run(bin('vue-tsc'), ['-p', join(here, 'vue', 'tsconfig.json')]);
  });

  it('a page script next to the classic build checks with its global types (tsc, Node module resolution)', () => {
    run(bin('tsc'), ['-p', join(here, 'types', 'tsconfig.json')]);
  });

  it('publint --strict finds nothing in the tarball', () => {
    const out = run(bin('publint'), ['--strict', tarball]);
    assert.match(out, /All good/);
  });

  it('attw finds no problem in the tarball (for node10, node16 and bundlers; the package is ESM only, so CommonJS must import() it)', () => {
    assert.match(run(bin('attw'), [tarball, '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'ascii']), /No problems found/);
  });
});

describe('server-side rendering', () => {
  it('ssr/render.mjs imports the package in Node without harm, and the page it renders comes alive in the browser', async () => {
    const out = run(process.execPath, ['--input-type=module', '-e', "const { page } = await import('./ssr/render.mjs'); console.log(page);"], here);
    assert.match(out, /<iw-practice-card practice="startwien-vienna">/);
    const dir = join(here, 'ssr', 'dist');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), out);
    const { page, problems } = await open(browser, await served(dir, { '/integration-widgets/': join(installed, 'dist') }));
    await waitForText(page, 'iw-practice-card', 'STARTwien');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
