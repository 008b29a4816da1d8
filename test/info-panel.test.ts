import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { capture, resetData, settled, shadow, textOf } from './helpers.js';
import '../src/elements/info-panel/info-panel.js';
import type { IwInfoPanel } from '../src/elements/info-panel/info-panel.js';
import { getLocale, setLocale } from '../src/i18n/locale.js';

/** A small dataset with translations of one topic (see test/fixtures/i18n-data/translations.json). */
const FIXTURE = new URL('/test/fixtures/i18n-data/', location.href).href;

const panel = async (template: ReturnType<typeof html>) => {
  const el = await fixture<IwInfoPanel>(template);
  await settled(el);
  return el;
};
const title = (el: Element) => shadow(el, '[part="title"]')!.textContent!.trim();
const notice = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="notice"]')].map((n) => n.textContent!.trim()).join(' ');
const languageButtons = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="language-button"]')];
const button = (el: Element, lang: string) => languageButtons(el).find((b) => b.lang === lang)!;
/** Waits until the panel shows `text` as its title. */
const titled = (el: Element, text: string) => waitUntil(() => shadow(el, '[part="title"]')?.textContent?.trim() === text, `the title did not become "${text}"`, { timeout: 5000 });

describe('<iw-info-panel>', () => {
  beforeEach(() => resetData({ dataUrl: FIXTURE }));
  afterEach(async () => {
    await setLocale(null);
    resetData();
  });

  describe('in English', () => {
    it('renders the topic as headings, paragraphs, lists and links, with its source', async () => {
      const el = await panel(html`<iw-info-panel topic="sample-topic"></iw-info-panel>`);
      expect(shadow(el, '[part="title"]')!.tagName).to.equal('H2');
      expect(title(el)).to.equal('A sample topic');
      const body = shadow(el, '[part="body"]')!;
      expect(body.querySelector('h3')!.textContent).to.equal('A heading inside');
      expect([...body.querySelectorAll('ol li')].map((li) => li.textContent)).to.deep.equal(['First step', 'Second step']);
      expect([...body.querySelectorAll('ul:not(.links) li')].map((li) => li.textContent)).to.deep.equal(['A point', 'Another point']);
      expect(textOf(shadow(el, '[part="citation"]'))).to.match(/^Source: European and global good practice collection.*\(Institute for Economic Research.*\), Introduction, “About”$/);
      expect(notice(el)).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('shows markup in the data as text, never as HTML', async () => {
      const el = await panel(html`<iw-info-panel topic="sample-topic"></iw-info-panel>`);
      expect(!!el.shadowRoot!.querySelector('img'), 'img').to.equal(false);
      expect(shadow(el, '[part="body"] p')!.textContent).to.contain('<img src=x onerror=alert(1)>');
    });

    it('links to the http(s) addresses of the data, in a new tab', async () => {
      const el = await panel(html`<iw-info-panel topic="sample-topic"></iw-info-panel>`);
      const links = [...el.shadowRoot!.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/project', 'https://example.org/second']);
      expect(links[0].rel).to.contain('noopener');
    });

    it('refuses a data file with a link that is not http(s): a message, never the link', async () => {
      resetData({ dataUrl: new URL('/test/fixtures/script-link-data/', location.href).href });
      const { result: el, errors } = await capture(() => panel(html`<iw-info-panel topic="script-link"></iw-info-panel>`));
      expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
      expect(textOf(el)).to.contain('not in the expected format');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-data']);
      expect(errors[0].detail.message).to.contain('field "topics[0].blocks[0].items[0].url" has an invalid format ("javascript:alert(1)")');
    });

    it('follows heading-level, with the headings of the text one level lower', async () => {
      const el = await panel(html`<iw-info-panel topic="sample-topic" heading-level="4"></iw-info-panel>`);
      expect(shadow(el, '[part="title"]')!.tagName).to.equal('H4');
      expect(shadow(el, '[part="body"] h5')!.textContent).to.equal('A heading inside');
    });
  });

  describe('language switcher', () => {
    it('lists English and the languages this topic is translated into, each by its own name', async () => {
      const el = await panel(html`<iw-info-panel topic="sample-topic"></iw-info-panel>`);
      const names = languageButtons(el).map((b) => `${b.lang}:${b.textContent!.trim()}`);
      expect(names).to.deep.equal(['en:English', 'ar:العربية', 'de:Deutsch', 'es:Español', 'fr:Français', 'nl:Nederlands']);
      expect(button(el, 'en').getAttribute('aria-pressed')).to.equal('true');
      expect(button(el, 'ar').dir).to.equal('rtl');
      expect(shadow(el, 'legend')!.textContent).to.equal('Read this text in');
    });

    it('shows no switcher for a topic that exists only in English', async () => {
      const el = await panel(html`<iw-info-panel topic="untranslated-topic"></iw-info-panel>`);
      expect(languageButtons(el)).to.have.length(0);
      expect(title(el)).to.equal('A topic nobody translated');
    });

    it('switches only this panel to the chosen language', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div>
        <iw-info-panel id="a" topic="sample-topic"></iw-info-panel><iw-info-panel id="b" topic="sample-topic"></iw-info-panel>
      </div>`);
      const [a, b] = [...wrapper.querySelectorAll('iw-info-panel')];
      await settled(a);
      await settled(b);
      setTimeout(() => button(a, 'fr').click());
      const event = await oneEvent(a, 'iw-language-change');
      expect(event.detail).to.deep.equal({ locale: 'fr', global: false });
      await titled(a, 'Un sujet d’exemple');
      expect(a.getAttribute('lang')).to.equal('fr');
      expect(shadow(a, '[part="body"]')!.getAttribute('lang')).to.equal('fr');
      expect(shadow(a, '[part="body"] h3')!.textContent).to.equal('Un intertitre');
      expect(button(a, 'fr').getAttribute('aria-pressed')).to.equal('true');
      expect(title(b)).to.equal('A sample topic');
      expect(getLocale()).to.equal('en');
      await expect(a).to.be.accessible();
    });

    it('with global-locale, switches every widget on the page', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div>
        <iw-info-panel topic="sample-topic" global-locale></iw-info-panel><iw-info-panel topic="sample-topic"></iw-info-panel>
      </div>`);
      const [a, b] = [...wrapper.querySelectorAll('iw-info-panel')];
      await settled(a);
      await settled(b);
      setTimeout(() => button(a, 'fr').click());
      const event = await oneEvent(a, 'iw-language-change');
      expect(event.detail).to.deep.equal({ locale: 'fr', global: true });
      await titled(a, 'Un sujet d’exemple');
      await titled(b, 'Un sujet d’exemple');
      expect(getLocale()).to.equal('fr');
      expect(a.hasAttribute('lang')).to.equal(false);
    });

    it('keeps the English addresses of links in a translation', async () => {
      const el = await panel(html`<iw-info-panel topic="sample-topic" lang="fr"></iw-info-panel>`);
      await titled(el, 'Un sujet d’exemple');
      const links = [...el.shadowRoot!.querySelectorAll('a')];
      expect(links.map((a) => [a.textContent!.replace(/\(.*\)/, '').trim(), a.getAttribute('href')])).to.deep.equal([
        ['Le site du projet', 'https://example.org/project'],
        ['Un lien de script', 'https://example.org/second'],
      ]);
    });
  });

  describe('right to left', () => {
    it('renders an Arabic translation right to left', async () => {
      const el = await panel(html`<iw-info-panel topic="sample-topic" lang="ar"></iw-info-panel>`);
      await titled(el, 'موضوع تجريبي');
      expect(shadow(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
      const body = shadow(el, '[part="body"]')!;
      expect([body.lang, body.dir]).to.deep.equal(['ar', 'rtl']);
      expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="citation"] li > bdi')].map((b) => b.lang)).to.deep.equal(['en']);
      expect(getComputedStyle(body.querySelector('ol')!).paddingRight).to.not.equal('0px');
      expect(notice(el)).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('keeps English text left to right inside an Arabic panel, with the notice', async () => {
      const el = await panel(html`<iw-info-panel topic="untranslated-topic" lang="ar" dir="rtl"></iw-info-panel>`);
      await waitUntil(() => notice(el) !== '', 'no notice', { timeout: 5000 });
      expect(shadow(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
      const body = shadow(el, '[part="body"]')!;
      expect([body.lang, body.dir]).to.deep.equal(['en', 'ltr']);
      expect(shadow(el, '[part="title"] bdi')!.getAttribute('lang')).to.equal('en');
      await expect(el).to.be.accessible();
    });
  });

  describe('fallback to English', () => {
    it('says so when the topic is not translated into the reader\'s language', async () => {
      const { result: el, errors } = await capture(async () => {
        const el = await panel(html`<iw-info-panel topic="sample-topic" lang="it"></iw-info-panel>`);
        await waitUntil(() => notice(el) !== '', 'no notice', { timeout: 5000 });
        return el;
      });
      expect(errors.map((e) => [e.detail.code, e.detail.locale])).to.deep.equal([['not-found', 'it']]);
      expect(notice(el)).to.equal('Questo testo non è ancora disponibile in italiano, quindi viene mostrato in inglese.');
      expect(title(el)).to.equal('A sample topic');
      expect(shadow(el, '[part="body"]')!.lang).to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('says so when only parts are translated, and marks each part with its language', async () => {
      const el = await panel(html`<iw-info-panel topic="sample-topic" lang="de"></iw-info-panel>`);
      await titled(el, 'Ein Beispielthema');
      await waitUntil(() => notice(el) !== '', 'no notice', { timeout: 5000 });
      expect(notice(el)).to.equal('Teile dieses Textes sind noch nicht auf Deutsch verfügbar und werden auf Englisch angezeigt.');
      expect(shadow(el, '[part="title"] bdi')!.lang).to.equal('de');
      expect(shadow(el, '[part="body"]')!.lang).to.equal('en');
    });

    it('ignores a translation whose blocks do not match the English text', async () => {
      const el = await panel(html`<iw-info-panel topic="sample-topic" lang="nl"></iw-info-panel>`);
      await titled(el, 'Een voorbeeldonderwerp');
      expect(shadow(el, '[part="body"] p')!.textContent).to.contain('The first paragraph');
      expect(notice(el)).to.equal('Delen van deze tekst zijn nog niet beschikbaar in het Nederlands en worden in het Engels getoond.');
    });

    it('reports a translation file that cannot be used and shows English', async () => {
      const { result: el, errors } = await capture(async () => {
        const el = await panel(html`<iw-info-panel topic="sample-topic" lang="es"></iw-info-panel>`);
        await waitUntil(() => notice(el) !== '', 'no notice', { timeout: 5000 });
        return el;
      });
      expect(notice(el)).to.equal('No se ha podido cargar la traducción, por lo que este texto se muestra en inglés.');
      expect(errors.map((e) => e.detail.code)).to.include('invalid-data');
      expect(title(el)).to.equal('A sample topic');
      await expect(el).to.be.accessible();
    });

    it('reports an unknown language and shows the text in the page language', async () => {
      const { result: el, errors, warnings } = await capture(() => panel(html`<iw-info-panel topic="sample-topic" lang="xx"></iw-info-panel>`));
      expect(notice(el)).to.equal('The language "xx" is not available here.');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-attribute']);
      expect(warnings).to.have.length(1);
      expect(title(el)).to.equal('A sample topic');
    });
  });

  describe('problems', () => {
    it('says so politely when the topic does not exist', async () => {
      const { result: el, errors } = await capture(() => panel(html`<iw-info-panel topic="no-such-topic"></iw-info-panel>`));
      expect(textOf(el)).to.contain('Sorry, there is no topic with the id "no-such-topic".');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['not-found']);
      await expect(el).to.be.accessible();
    });

    it('says so when no topic is given', async () => {
      const { result: el, errors } = await capture(() => panel(html`<iw-info-panel></iw-info-panel>`));
      expect(textOf(el)).to.contain('No topic was chosen for this panel.');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['missing-attribute']);
    });

    it('says so when the data cannot be found', async () => {
      resetData({ dataUrl: new URL('/no-such-folder/', location.href).href });
      const { result: el, errors } = await capture(() => panel(html`<iw-info-panel topic="sample-topic"></iw-info-panel>`));
      expect(textOf(el)).to.contain('The information could not be found.');
      expect(errors.map((e) => e.detail.code)).to.include('not-found');
      expect(shadow(el, '[part="retry-button"]')).to.not.equal(null);
    });
  });

  it('shows a topic of the shipped dataset', async () => {
    resetData();
    const el = await panel(html`<iw-info-panel topic="about-benchmarks"></iw-info-panel>`);
    expect(title(el)).to.equal('What a benchmark is and how to assess your city against it');
    expect(textOf(shadow(el, '[part="citation"]'))).to.contain('Source:');
    await expect(el).to.be.accessible();
  });
});
