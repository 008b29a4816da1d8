#!/usr/bin/env node
// Prints the size of each build (raw and gzip -9); with --check, fails when a budget is exceeded.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { root } from './lib/dataset.mjs';

export const BUDGETS = {
  'dist/integration-widgets.js': 30 * 1024,
};

export const sizes = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

const files = ['dist/integration-widgets.js', 'dist/integration-widgets.iife.js', 'dist/integration-widgets.all.js'];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let failed = false;
console.log('file                                  raw        gzip       brotli     budget (gzip)');
for (const f of files) {
  const path = join(root, f);
  if (!existsSync(path)) {
    console.error(`${f} is missing: run npm run build first`);
    process.exit(1);
  }
  const s = sizes(readFileSync(path));
  const budget = BUDGETS[f];
  const over = budget !== undefined && s.gzip > budget;
  failed ||= over;
  console.log(
    `${f.padEnd(38)}${kb(s.raw).padEnd(11)}${kb(s.gzip).padEnd(11)}${kb(s.brotli).padEnd(11)}${budget ? `${kb(budget)} ${over ? 'OVER BUDGET' : 'ok'}` : '-'}`,
  );
}
if (process.argv.includes('--check') && failed) {
  console.error('A bundle is over its size budget.');
  process.exit(1);
}
