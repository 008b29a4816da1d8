#!/usr/bin/env node
// Takes a screenshot of a demo page in headless Chromium: node scripts/screenshot.mjs [path] [out.png] [width]
// (builds nothing: run `npm run build` first). Used for docs/demo.png and to look at changes.
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.mjs';

const [path = '/demo/', out = 'docs/demo.png', width = '1200', height = '900'] = process.argv.slice(2);
const server = await startServer({ port: 0 });
const { port } = server.address();
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
  await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
  console.log(`Saved ${out}`);
} finally {
  await browser.close();
  server.close();
}
