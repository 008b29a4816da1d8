/**
 * Languages across elements: the page-level API (setLocale/getLocale), `lang` on one element,
 * `<html lang>`, right to left, and translated dataset text with its fallback notice.
 */
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { capture, DATA_URL, resetData, settled, shadow, textOf } from './helpers.js';
import * as api from '../src/index.js';
import type { IwInfoPanel, IwPracticeCard } from '../src/index.js';
import { getLocale, setLocale } from '../src/i18n/locale.js';
import { loadBundle, localesOf, translate } from '../src/i18n/content.js';
import type { ContentBundle, ContentIndex, Topic } from '../src/data/types.js';

const FIXTURE = new URL('/test/fixtures/i18n-data/', location.href).href;

/** A card and a panel, side by side, loaded. */
async function page(template = html`<div>
  <iw-practice-card practice="startwien-vienna"></iw-practice-card>
  <iw-info-panel topic="sample-topic"></iw-info-panel>
</div>`) {
  const wrapper = fixtureSync<HTMLDivElement>(template);
  const card = wrapper.querySelector<IwPracticeCard>('iw-practice-card')!;
  const panel = wrapper.querySelector<IwInfoPanel>('iw-info-panel')!;
  await settled(card);
  await settled(panel);
  return { card, panel };
}
const base = (el: Element) => shadow(el, '[part="base"]')!;
const inLocale = (el: Element, locale: string) =>
  waitUntil(() => el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang') === locale, `<${el.localName}> did not switch to ${locale}`, { timeout: 5000 });
const summary = (card: Element) => shadow(card, '[part="summary"]')!;
/** The language a reader's tools take for an element: its own `lang` or the nearest one above it. */
const langOf = (e: Element) => e.closest('[lang]')?.getAttribute('lang');
const cardNotice = (card: Element) => shadow(card, '[part="translation-notice"]')?.textContent?.trim() ?? '';

describe('languages', () => {
  beforeEach(() => resetData({ dataUrl: FIXTURE }));
  afterEach(async () => {
    await setLocale(null);
    document.documentElement.lang = 'en';
    resetData();
  });

  describe('page-level API', () => {
    it('offers setLocale and getLocale from the module and on window.IntegrationWidgets', () => {
      expect(api.setLocale).to.equal(setLocale);
      expect(api.getLocale).to.equal(getLocale);
      const global = window.IntegrationWidgets as { setLocale: unknown; getLocale: unknown };
      expect(global.setLocale).to.equal(setLocale);
      expect(global.getLocale).to.equal(getLocale);
      expect(api.supportedLocales).to.include.members(['en', 'ar', 'de', 'es', 'fr', 'it', 'nl', 'uk']);
    });

    it('setLocale re-renders every element already on the page', async () => {
      const { card, panel } = await page();
      expect(textOf(card)).to.contain('Vienna, Austria');
      await setLocale('fr');
      expect(getLocale()).to.equal('fr');
      await inLocale(card, 'fr');
      await inLocale(panel, 'fr');
      await waitUntil(() => textOf(card).includes('Vienna, Autriche'), 'country names did not switch');
      await waitUntil(() => shadow(panel, '[part="title"]')!.textContent!.trim() === 'Un sujet d’exemple', 'the panel did not switch');
      await waitUntil(() => summary(card).textContent === 'Un résumé traduit de STARTwien.', 'the summary did not switch');
      await setLocale('ar');
      await inLocale(card, 'ar');
      await inLocale(panel, 'ar');
      expect(base(card).dir).to.equal('rtl');
      expect(base(panel).dir).to.equal('rtl');
    });

    it('setLocale refuses an unknown locale and changes nothing', async () => {
      let error: unknown;
      await setLocale('xx').catch((e: unknown) => (error = e));
      expect(error).to.be.instanceOf(RangeError);
      expect(getLocale()).to.equal('en');
    });

    it('setLocale(null) lets the widgets follow the page again', async () => {
      const { card } = await page(html`<div lang="de"><iw-practice-card practice="startwien-vienna"></iw-practice-card><iw-info-panel topic="sample-topic"></iw-info-panel></div>`);
      await inLocale(card, 'de');
      await setLocale('fr');
      await inLocale(card, 'fr');
      await setLocale(null);
      await inLocale(card, 'de');
    });

    it('elements follow a change of <html lang>', async () => {
      const { card, panel } = await page();
      document.documentElement.lang = 'nl';
      await inLocale(card, 'nl');
      await inLocale(panel, 'nl');
      expect(textOf(card)).to.contain('Vienna, Oostenrijk');
      expect(getLocale()).to.equal('nl');
    });
  });

  describe('lang on one element', () => {
    it('affects only that element', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div>
        <iw-practice-card id="fr" lang="fr" practice="startwien-vienna"></iw-practice-card>
        <iw-practice-card id="en" practice="startwien-vienna"></iw-practice-card>
      </div>`);
      const [fr, en] = [...wrapper.querySelectorAll('iw-practice-card')];
      await settled(fr);
      await settled(en);
      await inLocale(fr, 'fr');
      expect(textOf(fr)).to.contain('Vienna, Autriche');
      expect(base(en).lang).to.equal('en');
      expect(textOf(en)).to.contain('Vienna, Austria');
    });

    it('wins over setLocale', async () => {
      const { card } = await page(html`<div><iw-practice-card lang="uk" practice="startwien-vienna"></iw-practice-card><iw-info-panel topic="sample-topic"></iw-info-panel></div>`);
      await setLocale('fr');
      await inLocale(card, 'uk');
      expect(textOf(card)).to.contain('Vienna, Австрія');
    });
  });

  describe('translated dataset text in the card', () => {
    it('shows the translated summary, marked with its language, without a notice beside it', async () => {
      const card = await fixture<IwPracticeCard>(html`<iw-practice-card lang="fr" practice="startwien-vienna"></iw-practice-card>`);
      await settled(card);
      await waitUntil(() => langOf(summary(card)) === 'fr', 'no French summary', { timeout: 5000 });
      expect(summary(card).textContent).to.equal('Un résumé traduit de STARTwien.');
      // The one notice says that the longer description, in "Read more", is in English.
      const notices = [...card.shadowRoot!.querySelectorAll('[part="translation-notice"]')];
      expect(notices.map((n) => !!n.closest('[part="details"]'))).to.deep.equal([true]);
      expect(notices[0].textContent).to.match(/anglais/);
      // The title is a name kept as printed: still marked as English.
      expect(shadow(card, '[part="title"] bdi')!.lang).to.equal('en');
    });

    it('shows the English summary with a notice when there is no translation', async () => {
      const card = await fixture<IwPracticeCard>(html`<iw-practice-card lang="it" practice="startwien-vienna"></iw-practice-card>`);
      await settled(card);
      await waitUntil(() => cardNotice(card) !== '', 'no notice', { timeout: 5000 });
      // Said in the reader's language (Italian), naming it.
      expect(cardNotice(card)).to.equal('Questo testo non è ancora disponibile in italiano, quindi viene mostrato in inglese.');
      expect([summary(card).lang, summary(card).dir]).to.deep.equal(['en', 'ltr']);
      await expect(card).to.be.accessible();
    });

    it('shows no notice in English', async () => {
      const card = await fixture<IwPracticeCard>(html`<iw-practice-card practice="startwien-vienna"></iw-practice-card>`);
      await settled(card);
      await new Promise((r) => setTimeout(r, 50));
      expect(cardNotice(card)).to.equal('');
    });
  });

  describe('right to left', () => {
    it('renders the card in Arabic right to left, with no axe violation', async () => {
      const card = await fixture<IwPracticeCard>(html`<iw-practice-card lang="ar" practice="startwien-vienna"></iw-practice-card>`);
      await settled(card);
      await waitUntil(() => langOf(summary(card)) === 'ar', 'no Arabic summary', { timeout: 5000 });
      expect(base(card).dir).to.equal('rtl');
      expect(getComputedStyle(summary(card)).direction).to.equal('rtl');
      expect(textOf(card)).to.contain('النمسا');
      // English references stay one isolated left-to-right run inside Arabic text.
      expect(shadow(card, '[part="citation"] bdi')!.lang).to.equal('en');
      // The "Read more" arrow is a corner drawn with logical borders (inline-end + block-end), so it
      // mirrors by itself; the rotation makes it point to the inline end when closed and down when
      // open. sin(angle) < 0: turned counter-clockwise (LTR closed, RTL open); > 0: clockwise.
      const english = await fixture<IwPracticeCard>(html`<iw-practice-card practice="startwien-vienna"></iw-practice-card>`);
      await settled(english);
      const turn = (el: Element) => Math.sign(Number(getComputedStyle(shadow(el, 'summary')!, '::before').transform.split(/[(,]/)[2]));
      const [borderLtr, borderRtl] = [english, card].map((el) => getComputedStyle(shadow(el, 'summary')!, '::before').borderRightStyle);
      expect([borderLtr, borderRtl]).to.deep.equal(['solid', 'none']);
      expect([turn(english), turn(card)]).to.deep.equal([-1, 1]);
      // Without its 0.15 s transition, which does not run in a background tab.
      const still = new CSSStyleSheet();
      still.replaceSync('summary::before { transition: none !important; }');
      for (const el of [card, english]) {
        el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, still];
        shadow<HTMLDetailsElement>(el, 'details')!.open = true;
      }
      expect([turn(english), turn(card)]).to.deep.equal([1, -1]);
      await expect(card).to.be.accessible();
    });

    it('renders both elements in an Arabic page right to left, with no axe violation', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div lang="ar" dir="rtl">
        <iw-practice-card practice="startwien-vienna"></iw-practice-card>
        <iw-info-panel topic="sample-topic"></iw-info-panel>
      </div>`);
      const card = wrapper.querySelector('iw-practice-card')!;
      const panel = wrapper.querySelector('iw-info-panel')!;
      await settled(card);
      await settled(panel);
      await inLocale(panel, 'ar');
      await waitUntil(() => shadow(panel, '[part="title"]')!.textContent!.trim() === 'موضوع تجريبي', 'no Arabic title', { timeout: 5000 });
      const panelBox = base(panel).getBoundingClientRect();
      const title = shadow(panel, '[part="title"] bdi')!.getBoundingClientRect();
      // Right-aligned: the title hugs the inline start, which is on the right.
      expect(panelBox.right - title.right).to.be.lessThan(title.left - panelBox.left);
      await expect(wrapper).to.be.accessible();
    });
  });

  describe('content lookup (src/i18n/content.ts)', () => {
    const topic: Topic = {
      id: 't', title: 'Title', provenance: [{ source: 's', section: '1' }],
      blocks: [{ type: 'paragraph', text: 'Text' }, { type: 'links', items: [{ text: 'Site', url: 'https://example.org/' }] }],
    };
    const bundle = (entries: ContentBundle['entries']): ContentBundle => ({
      meta: { locale: 'fr', kind: 'topics', translator: 'test', date: '2026-11-23' }, entries,
    });

    it('returns the translation with its language, or English', () => {
      expect(translate(topic, 'title', bundle({ t: { title: 'Titre' } }))).to.deep.equal({ text: 'Titre', lang: 'fr', translated: true });
      expect(translate(topic, 'title', bundle({}))).to.deep.equal({ text: 'Title', lang: 'en', translated: false });
      expect(translate(topic, 'title', undefined)).to.deep.equal({ text: 'Title', lang: 'en', translated: false });
      expect(translate(topic, 'title', bundle({ t: { title: '  ' } })).translated).to.equal(false);
    });

    it('uses translated blocks only when they match the English ones, and keeps English link addresses', () => {
      const good = translate(topic, 'blocks', bundle({ t: { blocks: [{ type: 'paragraph', text: 'Texte' }, { type: 'links', items: [{ text: 'Le site', url: 'https://evil.example/' }] }] } }));
      expect(good.translated).to.equal(true);
      expect(good.text).to.deep.equal([{ type: 'paragraph', text: 'Texte' }, { type: 'links', items: [{ text: 'Le site', url: 'https://example.org/' }] }]);
      const bad = translate(topic, 'blocks', bundle({ t: { blocks: [{ type: 'heading', text: 'Texte' }, { type: 'links', items: [] }] } }));
      expect(bad).to.deep.equal({ text: topic.blocks, lang: 'en', translated: false });
    });

    it('loads bundles through the data core: none for English or a locale without one', async () => {
      expect(await loadBundle('en', 'topics')).to.equal(undefined);
      expect(await loadBundle('it', 'topics')).to.equal(undefined);
      expect((await loadBundle('fr', 'topics'))!.entries['sample-topic'].title).to.equal('Un sujet d’exemple');
      expect(await localesOf('topics', 'sample-topic')).to.deep.equal(['en', 'ar', 'de', 'es', 'fr', 'nl']);
      expect(await localesOf('topics', 'untranslated-topic')).to.deep.equal(['en']);
    });

    it('rejects a bundle that does not follow the schema', async () => {
      let error: unknown;
      await loadBundle('es', 'topics').catch((e: unknown) => (error = e));
      expect((error as { code: string }).code).to.equal('invalid-data');
    });

    it('reports a translation file that cannot be loaded, and the card still shows English', async () => {
      const { result: card, errors } = await capture(async () => {
        const card = await fixture<IwPracticeCard>(html`<iw-practice-card lang="es" practice="startwien-vienna"></iw-practice-card>`);
        await settled(card);
        await waitUntil(() => cardNotice(card) !== '', 'no notice', { timeout: 5000 });
        return card;
      });
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['not-found']);
      expect(cardNotice(card)).to.equal('No se ha podido cargar la traducción, por lo que este texto se muestra en inglés.');
      expect(summary(card).lang).to.equal('en');
    });
  });

  describe('the real translation bundles (data/locales/, when present)', () => {
    it('every topic translation listed in the built data shows in the panel, in its language', async () => {
      resetData();
      const index = (await (await fetch(`${DATA_URL}translations.json`)).json()) as ContentIndex;
      expect(index).to.be.an('object');
      for (const [locale, kinds] of Object.entries(index)) {
        if (!kinds.topics) continue;
        const bundle = (await (await fetch(`${DATA_URL}locales/${locale}/topics.json`)).json()) as ContentBundle;
        // `true`: every topic is translated.
        for (const id of kinds.topics === true ? Object.keys(bundle.entries) : kinds.topics) {
          const panel = await fixture<IwInfoPanel>(html`<iw-info-panel lang=${locale} topic=${id}></iw-info-panel>`);
          await settled(panel);
          await waitUntil(() => shadow(panel, '[part="title"]')!.textContent!.trim() === bundle.entries[id].title, `${locale}/${id}: the title is not the translated one`, { timeout: 5000 });
          const body = shadow(panel, '[part="body"]')!;
          if (bundle.entries[id].blocks) expect(body.lang, `${locale}/${id}: the blocks do not match the English ones`).to.equal(locale);
        }
      }
    });
  });

  describe('the all-in-one build', () => {
    it('shows the panel in the page language from inlined translations, without loading any data file', async () => {
      resetData();
      const index = (await (await fetch(`${DATA_URL}translations.json`)).json()) as ContentIndex;
      const frame = document.createElement('iframe');
      frame.style.inlineSize = '800px';
      frame.style.blockSize = '900px';
      const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
      frame.src = '/test/pages/i18n-all.html';
      document.body.append(frame);
      try {
        await loaded;
        const win = frame.contentWindow!;
        const panel = win.document.querySelector('iw-info-panel')!;
        await waitUntil(() => panel.shadowRoot?.querySelector('[part="title"]'), 'the panel did not render', { timeout: 10000 });
        const has = (ids: string[] | true | undefined) => ids === true || !!ids?.includes('about-benchmarks');
        const expected = ['en', ...Object.keys(index).filter((l) => has(index[l].topics)).sort()];
        const buttons = () => [...panel.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="language-button"]')].map((b) => b.lang);
        expect(buttons()).to.deep.equal(expected.length > 1 ? expected : []);
        if (expected.includes('fr')) {
          const fr = (await (await fetch(`${DATA_URL}locales/fr/topics.json`)).json()) as ContentBundle;
          await waitUntil(() => panel.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim() === fr.entries['about-benchmarks'].title, 'not in French', { timeout: 5000 });
        } else {
          await waitUntil(() => panel.shadowRoot!.querySelector('[part="notice"]'), 'no notice', { timeout: 5000 });
        }
        const requests = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.includes('/data/'));
        expect(requests).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });
});
