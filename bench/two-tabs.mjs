// Two tabs of one browser (playwright-core pages in one context) on one self-assessment, as in
// the attack report's F1 and F5: what each tab shows, what storage holds, and how many times each
// tab writes. Used by test/node/two-tabs.test.mjs and by bench/run.mjs (convergence time).

export const PAGE = '/bench/pages/two-tabs.html';
export const CHECKLIST = 'iw-benchmark-checklist';

/** Opens `n` tabs of the two-tab page in one context (they share localStorage), each loaded. */
export async function openTabs(context, base, n = 2) {
  const tabs = [];
  for (let i = 0; i < n; i++) {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(base + PAGE);
    await page.locator(`${CHECKLIST} input[type="radio"]`).first().waitFor();
    tabs.push(Object.assign(page, { errors }));
  }
  return tabs;
}

/** What a tab shows and holds: the checked answer and the note of each question, as an object. */
export const shown = (page) =>
  page.evaluate((tag) => {
    const root = document.querySelector(tag).shadowRoot;
    const out = {};
    for (const q of root.querySelectorAll('fieldset.question')) {
      const radio = q.querySelector('input[type="radio"]');
      const answer = q.querySelector('input[type="radio"]:checked')?.value;
      const note = q.querySelector('textarea').value;
      if (answer || note) out[radio.name] = { answer, note };
    }
    return out;
  }, CHECKLIST);

/** The answers stored in the shared localStorage, in the same shape as `shown`. */
export const stored = (page) =>
  page.evaluate(() => {
    const raw = localStorage.getItem('iw-assessment:v1:values-common');
    const out = {};
    for (const [id, q] of Object.entries(raw ? JSON.parse(raw).answers : {})) out[id] = { answer: q.answer, note: q.note ?? '' };
    return out;
  });

export const writes = (page) => page.evaluate(() => window.__writes);

/** Clicks an answer to a question in a tab. */
export const answer = (page, question, value) => page.locator(`${CHECKLIST} input[name="${question}"][value="${value}"]`).click();

/** Types into the note of a question, key by key. */
export const typeNote = (page, question, text, delay = 15) =>
  page.locator(`${CHECKLIST} textarea[data-id="${question}"]`).pressSequentially(text, { delay });

/** Milliseconds until every tab shows the same answers as storage and `expected` (or `timeout`: then throws). */
export async function converged(tabs, expected, timeout = 10000) {
  const start = Date.now();
  const want = JSON.stringify(sorted(expected));
  for (;;) {
    const seen = await Promise.all([...tabs.map(shown), stored(tabs[0])]);
    if (seen.every((s) => JSON.stringify(sorted(s)) === want)) return Date.now() - start;
    if (Date.now() - start > timeout) throw new Error(`the tabs did not converge on ${want}: ${seen.map((s) => JSON.stringify(sorted(s))).join(' | ')}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
