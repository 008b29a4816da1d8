#!/usr/bin/env node
/**
 * Visual regression: every scenario of test/visual/scenarios.mjs (each element as a webmaster
 * pastes it) × light and dark host page × left to right (English) and right to left (Arabic) ×
 * 1280 and 360 px, drawn from the built dist/ in headless Chromium and compared with the
 * reference images in test/visual/reference/.
 *
 *   npm run test:visual                    compare; exit 1 when an image differs too much
 *   npm run visual:update                  (re)write every reference image
 *   node scripts/visual.mjs --only list    only the shots whose name contains "list"
 *
 * Each run writes test/visual/output/: the new shots, a diff image per differing shot (changed
 * pixels in red) and index.html, a sheet with reference, new shot and diff side by side: open it
 * and look. VISUAL_MAX_DIFF (default 0.5) is the share of pixels, in %, that may differ.
 * Builds nothing: run `npm run build` first.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { startServer } from './serve.mjs';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.mjs';
import { root } from './lib/dataset.mjs';
import { DIRS, SCENARIOS, THEMES, WIDTHS } from '../test/visual/scenarios.mjs';

const args = process.argv.slice(2);
const update = args.includes('--update');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const maxDiff = Number(process.env.VISUAL_MAX_DIFF ?? 0.5);
const MAX_HEIGHT = 2400;

const referenceDir = join(root, 'test/visual/reference');
const outputDir = join(root, 'test/visual/output');
if (!existsSync(join(root, 'dist/integration-widgets.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(2);
}
rmSync(outputDir, { recursive: true, force: true });
mkdirSync(outputDir, { recursive: true });
mkdirSync(referenceDir, { recursive: true });

/** Every iw-* element of the page, also those inside other elements' shadow roots. */
const allReady = () => {
  const found = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('iw-')) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return (
    found.length > 0 &&
    found.every((el) => customElements.get(el.localName) && el.shadowRoot?.childElementCount && !el.shadowRoot.querySelector('[data-kind="loading"]'))
  );
};

/** Waits until no request has been in flight for `quiet` ms, then for two frames. */
async function settle(page, inflight, quiet = 300) {
  let since = Date.now();
  while (Date.now() - since < quiet) {
    await page.waitForTimeout(50);
    if (inflight.size) since = Date.now();
  }
  await page.waitForFunction(allReady, undefined, { timeout: 15000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function shoot(browser, port, scenario, theme, dir, width) {
  const name = `${scenario.name}-${theme}-${dir}-${width}`;
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const inflight = new Set();
  page.on('request', (r) => inflight.add(r));
  page.on('requestfinished', (r) => inflight.delete(r));
  page.on('requestfailed', (r) => inflight.delete(r));
  try {
    await page.goto(`http://127.0.0.1:${port}/test/visual/page.html?theme=${theme}&dir=${dir}`, { waitUntil: 'load' });
    await page.evaluate((html) => {
      document.querySelector('#slot').innerHTML = html;
    }, scenario.html);
    await page.waitForFunction(allReady, undefined, { timeout: 15000 });
    await settle(page, inflight);
    if (scenario.setup) {
      await scenario.setup(page);
      await settle(page, inflight);
    }
    // Keyboard focus is not part of a scenario: no focus ring and no caret in the pictures.
    await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (el && el.localName !== 'dialog' && !el.closest?.('dialog')) el.blur?.();
    });
    if (!scenario.viewport) {
      // A viewport as tall as the page, so lazily drawn content (content-visibility) is drawn.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width, height: Math.min(height, MAX_HEIGHT) });
      await settle(page, inflight, 100);
    }
    const png = scenario.element ? await page.locator(scenario.element).screenshot({ animations: 'disabled' }) : await page.screenshot({ animations: 'disabled' });
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return { name, png };
  } finally {
    await page.close();
  }
}

function compare(name, png) {
  const refPath = join(referenceDir, `${name}.png`);
  writeFileSync(join(outputDir, `${name}.png`), png);
  if (update) {
    writeFileSync(refPath, png);
    return { name, status: 'written' };
  }
  if (!existsSync(refPath)) return { name, status: 'missing', message: 'no reference image (run `npm run visual:update`)' };
  const ref = PNG.sync.read(readFileSync(refPath));
  const now = PNG.sync.read(png);
  if (ref.width !== now.width || ref.height !== now.height) {
    return { name, status: 'failed', message: `size changed from ${ref.width}×${ref.height} to ${now.width}×${now.height}` };
  }
  const diff = new PNG({ width: ref.width, height: ref.height });
  const n = pixelmatch(ref.data, now.data, diff.data, ref.width, ref.height, { threshold: 0.1 });
  const share = (100 * n) / (ref.width * ref.height);
  if (n) writeFileSync(join(outputDir, `${name}.diff.png`), PNG.sync.write(diff));
  return {
    name,
    status: share > maxDiff ? 'failed' : 'ok',
    share,
    message: n ? `${share.toFixed(2)} % of pixels differ (${n})` : 'identical',
  };
}

function writeSheet(results) {
  const rows = results
    .map((r) => {
      const ref = relative(outputDir, join(referenceDir, `${r.name}.png`));
      const cell = (src, alt) => (src ? `<td><a href="${src}"><img src="${src}" alt="${alt}" loading="lazy"></a></td>` : '<td></td>');
      return `<tr class="${r.status}"><th>${r.name}<br><small>${r.status}: ${r.message ?? ''}</small></th>${cell(update ? '' : ref, 'reference')}${cell(`${r.name}.png`, 'new')}${cell(r.share ? `${r.name}.diff.png` : '', 'diff')}</tr>`;
    })
    .join('\n');
  writeFileSync(
    join(outputDir, 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>Visual regression</title>
<style>body{font:14px system-ui;margin:1em}table{border-collapse:collapse}td,th{border:1px solid #ccc;vertical-align:top;padding:4px;text-align:start}
img{max-width:420px;max-height:600px}.failed th,.missing th{background:#fdd}</style>
<h1>Visual regression: reference, new shot, diff</h1><table><tr><th>shot</th><th>reference</th><th>new</th><th>diff</th></tr>${rows}</table>`,
  );
}

const server = await startServer({ port: 0 });
const { port } = server.address();
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--hide-scrollbars', '--force-color-profile=srgb', '--font-render-hinting=none'] });
const results = [];
try {
  for (const scenario of SCENARIOS) {
    for (const theme of THEMES) {
      for (const dir of DIRS) {
        for (const width of WIDTHS) {
          const name = `${scenario.name}-${theme}-${dir}-${width}`;
          if (only && !name.includes(only)) continue;
          try {
            const shot = await shoot(browser, port, scenario, theme, dir, width);
            results.push(compare(name, shot.png));
          } catch (e) {
            results.push({ name, status: 'failed', message: `could not be drawn: ${e.message.split('\n')[0]}` });
          }
          const r = results.at(-1);
          console.log(`${r.status.padEnd(7)} ${name}${r.message ? `: ${r.message}` : ''}`);
        }
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
writeSheet(results);
const bad = results.filter((r) => r.status === 'failed' || r.status === 'missing');
console.log(`\n${results.length} shots, ${bad.length} failed. Look at them: ${relative(process.cwd(), join(outputDir, 'index.html'))}`);
if (update) console.log(`References written to ${relative(process.cwd(), referenceDir)}/.`);
if (bad.length) {
  console.log(`\nDiffering by more than ${maxDiff} % (or missing):\n${bad.map((r) => `  ${r.name}: ${r.message}`).join('\n')}`);
  console.log('\nIf the change is intended, look at the diffs, then run `npm run visual:update` and commit test/visual/reference/.');
  process.exit(1);
}
