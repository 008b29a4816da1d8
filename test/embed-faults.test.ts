/**
 * The built ES module when the data is slow, fails once, never arrives, stops half way, or comes
 * from a mirror that serves the wrong JSON: a loading state, then the content; an error with a
 * working "Try again"; a message instead of an endless spinner, and never an uncaught exception.
 */
import { expect } from '@open-wc/testing';
import { SNIPPETS, closePages, failed, insert, isLoading, loadBuild, openPage, ready, shownSomething, state, textIn } from './embed-snippets.js';

async function pageWithData(dataUrl: string, timeout?: number) {
  const win = await openPage('/test/pages/hostile/blank.html');
  await loadBuild(win, 'esm');
  win.IntegrationWidgets!.configure({ dataUrl, ...(timeout ? { timeout } : {}) });
  return win;
}

describe('slow, failing and silent data servers', () => {
  afterEach(closePages);

  SNIPPETS.forEach((s) => {
    describe(`<${s.tag}>`, () => {
      it('shows a loading state while the data is slow, then the content', async () => {
        const win = await pageWithData('/slow/dist/data/');
        const [el] = insert(win, [s]);
        // Watch every 10 ms until the content shows: a loading state must have been visible on the way.
        let sawLoading = false;
        let sawStatus = false;
        for (let t = 0; t < 5000 && !(state(el) === 'ready' && textIn(el).includes(s.shows)); t += 10) {
          if (isLoading(el)) {
            sawLoading = true;
            sawStatus ||= !!el.shadowRoot!.querySelector('[role="status"]');
          }
          await new Promise((r) => setTimeout(r, 10));
        }
        expect(sawLoading).to.equal(true);
        expect(sawStatus).to.equal(true);
        await ready(el, s.shows);
        expect(win.__probe.errors).to.deep.equal([]);
      });

      it('shows an error with a "Try again" button when the data fails once, and the retry works', async () => {
        const win = await pageWithData(`/flaky/${s.tag}-${Date.now()}/dist/data/`);
        const [el] = insert(win, [s]);
        const problem = await failed(el);
        expect(problem.getAttribute('role')).to.equal('alert');
        expect(textIn(el)).to.match(/could not be loaded/i);
        problem.querySelector('button')!.click();
        await ready(el, s.shows);
        expect(win.__probe.errors).to.deep.equal([]);
        expect(win.__probe.rejections).to.deep.equal([]);
      });

      it('gives up after the configured timeout with a message, not an endless spinner', async () => {
        const win = await pageWithData('/hang/dist/data/', 500);
        const [el] = insert(win, [s]);
        const started = performance.now();
        await failed(el, 10000);
        expect(performance.now() - started).to.be.below(8000);
        expect(textIn(el)).to.match(/taking too long/i);
        expect(el.shadowRoot!.querySelector('[data-kind="error"] button')).to.exist;
        expect(!!el.shadowRoot!.querySelector('.spinner'), 'spinner').to.equal(false);
        expect(win.__probe.rejections).to.deep.equal([]);
      });

      it('gives up after the timeout when the body never ends (headers and a few bytes, then nothing)', async () => {
        const win = await pageWithData('/hang-body/dist/data/', 500);
        const [el] = insert(win, [s]);
        await failed(el, 10000);
        expect(textIn(el)).to.match(/taking too long/i);
        expect(win.__probe.errors).to.deep.equal([]);
        expect(win.__probe.rejections).to.deep.equal([]);
      });

      it('gives up after the timeout when the page\'s fetch ignores the abort signal', async () => {
        const win = await pageWithData('/dist/data/', 500);
        win.fetch = () => new Promise<Response>(() => undefined);
        const [el] = insert(win, [s]);
        await failed(el, 10000);
        expect(textIn(el)).to.match(/taking too long/i);
        expect(win.__probe.rejections).to.deep.equal([]);
      });

      for (const how of ['obj', 'null', 'minus']) {
        it(`checks what a mirror serves: files that are ${how === 'minus' ? 'records without their title' : how} give a message and a retry, never a throw`, async () => {
          const win = await pageWithData(`/mirror/${how}/`);
          const errors: string[] = [];
          win.addEventListener('iw-error', (e) => errors.push((e as CustomEvent).detail.code));
          const [el] = insert(win, [s]);
          const problem = await failed(el);
          expect(textIn(el)).to.match(/not in the expected format/);
          expect(problem.querySelector('[part="retry-button"]')).to.exist;
          expect(errors).to.include('invalid-data');
          expect(win.__probe.errors).to.deep.equal([]);
          expect(win.__probe.rejections).to.deep.equal([]);
        });
      }

      it('shows an answer, never a spinner or a throw, when a mirror serves an empty list for every file', async () => {
        const win = await pageWithData('/mirror/arr/');
        const [el] = insert(win, [s]);
        await shownSomething(el);
        expect(win.__probe.errors).to.deep.equal([]);
        expect(win.__probe.rejections).to.deep.equal([]);
      });
    });
  });
});
