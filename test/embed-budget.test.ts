/**
 * The transfer budget of a page that shows one practice card, measured in a real page: every
 * file it requests from us (script, data, locale), at the size a server sends it gzipped
 * (computed server-side by the test middleware), at most 60 KB in every supported language.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { SNIPPETS, closePages, insert, loadBuild, openPage, ready } from './embed-snippets.js';
import { supportedLocales } from '../src/i18n/locale.js';

const BUDGET = 60 * 1024;
const card = SNIPPETS.find((s) => s.tag === 'iw-practice-card')!;
type Sizes = Record<string, { raw: number; gzip: number; brotli: number }>;

describe('transfer budget of a one-card page', () => {
  afterEach(closePages);

  for (const lang of supportedLocales) {
    it(`a page with one card in "${lang}" transfers at most 60 KB gzip from us`, async () => {
      const win = await openPage('/test/pages/hostile/blank.html');
      win.document.documentElement.lang = lang;
      const [el] = insert(win, [card]);
      await loadBuild(win, 'esm');
      await ready(el, card.shows);
      // The card's translation has arrived: its summary is in the page language.
      if (lang !== 'en') await waitUntil(() => el.shadowRoot?.querySelector('[part="summary"]') && !el.shadowRoot.querySelector('[part="summary"][lang]'), `the card is not translated into ${lang}`, { timeout: 10000 });
      const paths = [...new Set(win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname))].filter((p) => p.startsWith('/dist/'));
      expect(paths).to.include('/dist/integration-widgets.js');
      // The ES module imports data as modules: the practice folder's index, then the one practice.
      expect(paths).to.include.members(['/dist/data/practice/_index.js', '/dist/data/practice/startwien-vienna.js']);
      if (lang !== 'en') {
        expect(paths).to.include(`/dist/locales/${lang}.js`);
        // The card's own translation (its place names with it), never a whole language's.
        const translations = paths.filter((p) => p.startsWith('/dist/data/locales/'));
        expect(translations).to.deep.equal([`/dist/data/locales/${lang}/practice/_index.js`, `/dist/data/locales/${lang}/practice/startwien-vienna.js`]);
      }
      const query = paths.map((p) => `path=${encodeURIComponent(p)}`).join('&');
      const sizes: Sizes = await (await fetch(`/__sizes?${query}`)).json();
      const total = Object.values(sizes).reduce((n, s) => n + s.gzip, 0);
      console.log(`one-card page (${lang}): ${paths.length} files, ${(total / 1024).toFixed(1)} KB gzip of ${(BUDGET / 1024).toFixed(0)} KB: ${paths.map((p) => `${p.replace('/dist/', '')} ${(sizes[p].gzip / 1024).toFixed(1)}`).join(', ')}`);
      expect(total).to.be.greaterThan(10 * 1024);
      expect(total).to.be.at.most(BUDGET);
    });
  }
});
