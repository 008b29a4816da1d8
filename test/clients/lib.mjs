// Helpers of the real-client tests: pack and install the package, build apps, serve them, and
// read what a user sees in headless Chromium.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createReadStream, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium.mjs';

export const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');

/** `npm pack` of the project (which builds it), installed here from the tarball as an app would. */
export function packAndInstall() {
  const dir = mkdtempSync(join(tmpdir(), 'iw-pack-'));
  execFileSync('npm', ['pack', '--pack-destination', dir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz')));
  // --no-save: the tarball changes with every build, so it stays out of the committed lockfile.
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], { cwd: here, stdio: ['ignore', 'ignore', 'inherit'] });
  return tarball;
}

/** The installed package's folder (what the apps import). */
export const installed = join(here, 'node_modules', 'integration-widgets');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.css': 'text/css' };

/** Serves `dir` on 127.0.0.1 (a free port), and `mounts` (URL prefix → folder); `/` is index.html. */
export function serve(dir, mounts = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/favicon.ico') return res.writeHead(204).end();
    const [prefix, base] = Object.entries(mounts).find(([p]) => path.startsWith(p)) ?? ['/', dir];
    const file = normalize(join(base, path.slice(prefix.length) || 'index.html'));
    let ok = file.startsWith(base);
    try {
      ok &&= statSync(file).isFile();
    } catch {
      ok = false;
    }
    if (!ok) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('Not found');
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

export const launch = () => chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });

/**
 * Opens a page and records what went wrong in it (uncaught errors, console errors, Vue warnings)
 * and every URL it requested.
 */
export async function open(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  const requests = [];
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    // A failed request is reported below, with its URL (the console message has none).
    if (m.text().startsWith('Failed to load resource')) return;
    if (m.type() === 'error' || m.text().includes('[Vue warn]')) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(url);
  return { page, problems, requests };
}

/** The text a user reads in an element (its shadow root, else its light DOM), whitespace collapsed. */
export const textOf = (page, selector) =>
  page.evaluate((s) => {
    const el = document.querySelector(s);
    return ((el?.shadowRoot ?? el)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }, selector);

/** Waits until the element's text includes `text`; the error tells what it showed instead. */
export async function waitForText(page, selector, text, timeout = 15000) {
  try {
    await page.waitForFunction(
      ([s, t]) => {
        const el = document.querySelector(s);
        return ((el?.shadowRoot ?? el)?.textContent ?? '').replace(/\s+/g, ' ').includes(t);
      },
      [selector, text],
      { timeout, polling: 100 },
    );
  } catch {
    throw new Error(`${selector} did not show "${text}"; it shows "${(await textOf(page, selector)).slice(0, 200)}"`);
  }
}

/** The titles of the cards a list shows, in order. */
export const listTitles = (page, selector = 'iw-practice-list') =>
  page.evaluate((s) => [...(document.querySelector(s)?.shadowRoot?.querySelectorAll('[part~="title"]') ?? [])].map((t) => t.textContent.trim()), selector);
