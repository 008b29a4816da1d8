// Two tabs of one browser editing one self-assessment (attack report F1 and F5), with the built
// ES module in real pages (playwright-core, one context, so they share localStorage and get
// each other's storage events): they converge, no tab writes in a loop, no typed character is
// lost. Run by npm test after the build: node --test test/node/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium.mjs';
import { root } from '../../scripts/lib/dataset.mjs';
import { answer, converged, openTabs, shown, typeNote, writes } from '../../bench/two-tabs.mjs';

if (!existsSync(join(root, 'dist/integration-widgets.js'))) throw new Error('dist/ is missing: run npm run build first');

let server;
let browser;
let base;
before(async () => {
  server = await startServer({ port: 0 });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
});
after(async () => {
  await browser?.close();
  server?.close();
});

const Q1 = 'values-common-kf1-q1';
const Q2 = 'values-common-kf1-q2';

test('F1: a user changing their mind in two tabs ends with the last answer in both, and no write loop', { timeout: 60000 }, async () => {
  const context = await browser.newContext();
  try {
    const [a, b] = await openTabs(context, base);
    await answer(a, Q1, 'yes');
    await converged([a, b], { [Q1]: { answer: 'yes', note: '' } });
    await answer(b, Q1, 'no');
    await converged([a, b], { [Q1]: { answer: 'no', note: '' } });
    await answer(a, Q1, 'yes');
    await converged([a, b], { [Q1]: { answer: 'yes', note: '' } });
    const before = [await writes(a), await writes(b)];
    await new Promise((r) => setTimeout(r, 1500));
    const after = [await writes(a), await writes(b)];
    assert.deepEqual(after, before, `writes with nobody typing: ${after[0] - before[0]} in A, ${after[1] - before[1]} in B`);
    assert.deepEqual([a.errors, b.errors], [[], []]);
  } finally {
    await context.close();
  }
});

test('F5: typing in two tabs at once loses no character and scrambles nothing', { timeout: 90000 }, async () => {
  const context = await browser.newContext();
  try {
    const [a, b] = await openTabs(context, base);
    const alpha = 'alpha alpha alpha alpha alpha alpha';
    const bravo = 'bravo bravo bravo bravo bravo bravo';
    await Promise.all([typeNote(a, Q1, alpha), typeNote(b, Q2, bravo)]);
    await converged([a, b], { [Q1]: { note: alpha }, [Q2]: { note: bravo } });
    // And each tab's own field shows exactly what was typed there, with the caret at its end.
    const caret = (page, q) => page.evaluate(([tag, id]) => {
      const t = document.querySelector(tag).shadowRoot.querySelector(`textarea[data-id="${id}"]`);
      return [t.value.length, t.selectionStart];
    }, ['iw-benchmark-checklist', q]);
    assert.deepEqual(await caret(a, Q1), [alpha.length, alpha.length]);
    assert.deepEqual(await caret(b, Q2), [bravo.length, bravo.length]);
    const before = [await writes(a), await writes(b)];
    await new Promise((r) => setTimeout(r, 1500));
    assert.deepEqual([await writes(a), await writes(b)], before, 'a tab kept writing after the typing stopped');
    assert.deepEqual(await shown(a), await shown(b));
  } finally {
    await context.close();
  }
});

test('answers on different questions in two tabs all arrive in both, over many rounds', { timeout: 90000 }, async () => {
  const context = await browser.newContext();
  try {
    const [a, b] = await openTabs(context, base);
    const questions = ['values-common-kf1-q1', 'values-common-kf1-q2', 'values-common-kf1-q3', 'values-common-kf1-q4'];
    const values = ['yes', 'partly', 'no', 'unknown', 'na'];
    const expected = {};
    for (let round = 0; round < 6; round++) {
      const [qa, qb] = [questions[round % 2], questions[2 + (round % 2)]];
      const [va, vb] = [values[round % 5], values[(round + 2) % 5]];
      await Promise.all([answer(a, qa, va), answer(b, qb, vb)]);
      expected[qa] = { answer: va, note: '' };
      expected[qb] = { answer: vb, note: '' };
    }
    await converged([a, b], expected);
  } finally {
    await context.close();
  }
});
