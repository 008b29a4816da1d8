/**
 * Built files on host pages that test the page-level state: two copies of the library (one API
 * and one page locale whatever loads first), Trusted Types, a frozen `Symbol`, properties set
 * before the lazily loaded checklist arrives, and a picker whose `for` names no checklist.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { BUILD_URL, SNIPPETS, closePages, insert, loadBuild, openPage, ready, textIn, type Build, type PageWindow } from './embed-snippets.js';
import type { IntegrationWidgetsApi } from '../src/index.js';
import type { Assessment } from '../src/data/assessment.js';

const clean = (win: PageWindow) => {
  expect(win.__probe.errors).to.deep.equal([]);
  expect(win.__probe.rejections).to.deep.equal([]);
};
/** The page-level API of the ES module in a page (the same module instance as its script tag). */
const esmApi = (win: PageWindow) => (win as unknown as { eval(code: string): Promise<IntegrationWidgetsApi> }).eval(`import('${BUILD_URL.esm}')`);
const els = (win: PageWindow) => [...win.document.querySelectorAll<HTMLElement>('#slot > *')];
/** Waits until every element draws its main part in `locale`. */
const inLocale = (elements: HTMLElement[], locale: string) =>
  Promise.all(
    elements.map((el) =>
      waitUntil(() => el.shadowRoot?.querySelector(`[lang="${locale}"]`), `<${el.localName}> did not switch to ${locale}`, { timeout: 10000 }),
    ),
  );

describe('host pages', () => {
  afterEach(closePages);

  describe('two copies on one page (ES module and classic script)', () => {
    it('ES module first: the classic script keeps its window.IntegrationWidgets, whose setLocale and configure reach the elements the classic script defined', async () => {
      const win = await openPage('/test/pages/two-copies/esm-iife.html');
      const elements = els(win);
      await Promise.all(elements.map((el, i) => ready(el, SNIPPETS[i].shows)));
      const esm = await esmApi(win);
      expect(win.IntegrationWidgets!.setLocale).to.equal(esm.setLocale);
      await win.IntegrationWidgets!.setLocale('fr');
      await inLocale(elements, 'fr');
      expect(win.IntegrationWidgets!.getLocale()).to.equal('fr');
      // The list was defined by the classic script (it inlines it); the timeout set through the module reaches it.
      win.IntegrationWidgets!.configure({ dataUrl: '/hang/dist/data/', timeout: 1000 });
      const list = insert(win, [{ tag: 'iw-practice-list', html: '<iw-practice-list src="/hang/dist/data/dataset.json"></iw-practice-list>', shows: '' }], '#other')[0];
      await waitUntil(() => list.shadowRoot?.querySelector('[data-kind="error"]'), 'the list is still waiting', { timeout: 8000 });
      expect(textIn(list)).to.contain('trop de temps');
      clean(win);
    });

    it('classic script first: the module\'s setLocale and configure reach the elements the classic script defined', async () => {
      const win = await openPage('/test/pages/two-copies/iife-esm.html');
      const elements = els(win);
      await Promise.all(elements.map((el, i) => ready(el, SNIPPETS[i].shows)));
      const esm = await esmApi(win);
      expect(win.IntegrationWidgets!.setLocale).not.to.equal(esm.setLocale);
      await esm.setLocale('de');
      await inLocale(elements, 'de');
      expect(win.IntegrationWidgets!.getLocale()).to.equal('de');
      await win.IntegrationWidgets!.setLocale('nl');
      await inLocale(elements, 'nl');
      expect(esm.getLocale()).to.equal('nl');
      esm.configure({ dataUrl: '/hang/dist/data/', timeout: 1000 });
      const card = insert(win, [{ tag: 'iw-practice-card', html: '<iw-practice-card practice="mechelen-inclusive-city-strategy"></iw-practice-card>', shows: '' }], '#other')[0];
      await waitUntil(() => card.shadowRoot?.querySelector('[data-kind="error"]'), 'the card is still waiting', { timeout: 8000 });
      clean(win);
    });

    for (const order of ['esm-iife', 'iife-esm']) {
      it(`under the Trusted Types policy README documents (${order}): every element renders, no violation`, async () => {
        const response = await fetch(`/tt/test/pages/two-copies/${order}.html`);
        const policy = response.headers.get('content-security-policy')!;
        expect(policy).to.contain('trusted-types lit-html');
        expect(await (await fetch('/README.md')).text()).to.contain(policy);
        const win = await openPage(`/tt/test/pages/two-copies/${order}.html`);
        const elements = els(win);
        await Promise.all(elements.map((el, i) => ready(el, SNIPPETS[i].shows)));
        expect(win.__probe.violations).to.deep.equal([]);
        clean(win);
      });
    }
  });

  describe('a host that froze Symbol (SES lockdown)', () => {
    for (const build of ['esm', 'iife', 'all'] as Build[]) {
      it(`the ${build} build renders every element`, async () => {
        const win = await openPage('/test/pages/hostile/blank.html');
        win.Object.freeze(win.Symbol);
        const elements = insert(win);
        await loadBuild(win, build);
        await Promise.all(elements.map((el, i) => ready(el, SNIPPETS[i].shows)));
        clean(win);
      });
    }
  });

  describe('properties set before the lazily loaded checklist arrives', () => {
    it('applies assessment and context set before its code loaded: on screen and in the export', async () => {
      const win = await openPage('/test/pages/hostile/blank.html');
      const [checklist] = insert(win, [SNIPPETS.find((s) => s.tag === 'iw-benchmark-checklist')!]) as (HTMLElement & {
        assessment?: Assessment;
        context?: unknown;
        exportJson(): string;
      })[];
      const now = new Date().toISOString();
      checklist.assessment = {
        format: 'iw-assessment', version: 1, benchmark: { id: 'values-common' }, created: now, updated: now,
        answers: { 'values-common-kf1-q2': { answer: 'partly' } }, factors: {}, context: [],
      };
      checklist.context = [{ id: 'national-policy', effect: 'hinders', note: 'From the server' }];
      await loadBuild(win, 'esm');
      await ready(checklist, 'questions answered');
      await waitUntil(() => checklist.shadowRoot!.querySelector<HTMLInputElement>('input[name="values-common-kf1-q2"][value="partly"]')?.checked, 'the answer set before loading is not shown');
      expect(textIn(checklist)).to.match(/(^|\D)1 of \d+ questions answered/);
      expect(Object.hasOwn(checklist, 'assessment') || Object.hasOwn(checklist, 'context')).to.equal(false);
      const exported = JSON.parse(checklist.exportJson()) as Assessment;
      expect(exported.answers).to.deep.equal({ 'values-common-kf1-q2': { answer: 'partly' } });
      expect(exported.context).to.deep.equal([{ id: 'national-policy', effect: 'hinders', note: 'From the server' }]);
      clean(win);
    });
  });

  describe('a picker whose for names no checklist, on a page without any', () => {
    it('reports invalid-attribute and shows its note', async () => {
      const win = await openPage('/test/pages/hostile/blank.html');
      const errors: { code: string; attribute?: string }[] = [];
      win.addEventListener('iw-error', (e) => errors.push((e as CustomEvent).detail));
      const [picker] = insert(win, [{ tag: 'iw-context-picker', html: '<iw-context-picker for="typo"></iw-context-picker>', shows: 'Local context' }]);
      await loadBuild(win, 'esm');
      await ready(picker, 'Local context');
      await waitUntil(() => picker.shadowRoot!.querySelector('[part~="notice"]'), 'no note about for');
      expect(textIn(picker)).to.contain('the checklist named in "for" was not found');
      expect(errors.filter((e) => e.code === 'invalid-attribute' && e.attribute === 'for')).to.have.length(1);
      clean(win);
    });
  });
});
