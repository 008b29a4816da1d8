/**
 * The built ES module when the data is slow, fails once, or never arrives: a loading state,
 * then the content; an error with a working "Try again"; a timeout message instead of an
 * endless spinner.
 */
import { expect } from '@open-wc/testing';
import { SNIPPETS, closePages, failed, insert, isLoading, loadBuild, openPage, ready, state, textIn } from './embed-snippets.js';

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
    });
  });
});
