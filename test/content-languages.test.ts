/**
 * Dataset text in the reader's language (issue 14): a Whole-COMM and a VALUES checklist in Italian
 * and Ukrainian, a practice list and a card in Arabic and Ukrainian. No axe violation, and no
 * English left except text marked `lang="en"` (a marked fallback): every text node a reader meets
 * outside such an element is in the page language, checked by script for Ukrainian and Arabic and
 * against the English rendering for Italian.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { allPractices, resetData, settled, shadow, textOf } from './helpers.js';
import '../src/elements/benchmark-checklist/benchmark-checklist.js';
import '../src/elements/practice-list/practice-list.js';
import '../src/elements/practice-card/practice-card.js';
import '../src/elements/context-picker/context-picker.js';

interface Seen {
  text: string;
  /** The language it is marked in: the nearest `lang`, across shadow roots. */
  lang: string;
  where: string;
}

/** The element above a node, across shadow roots. */
const parentOf = (n: Node): Element | null => n.parentElement ?? ((n.parentNode ?? n.getRootNode()) as ShadowRoot).host ?? null;

function langOf(n: Node): { lang: string; marked?: Element } {
  for (let e = n instanceof Element ? n : parentOf(n); e; e = parentOf(e)) if (e.hasAttribute('lang')) return { lang: e.getAttribute('lang')!, marked: e };
  return { lang: '' };
}

/** Every text a reader meets in an element (text nodes and accessible names), with its language. */
function readable(host: Element): Seen[] {
  const out: Seen[] = [];
  const visit = (root: ShadowRoot | Element) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n instanceof Element) {
        if (n.localName === 'style' || n.localName === 'script' || n.localName === 'template') continue;
        if (n.shadowRoot) visit(n.shadowRoot);
        for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
          const v = n.getAttribute(a)?.trim();
          if (v) out.push({ text: v, lang: langOf(n).lang, where: `<${n.localName} ${a}>` });
        }
      } else {
        const p = n.parentElement;
        if (p && (p.localName === 'style' || p.localName === 'script')) continue;
        const text = n.textContent!.replace(/\s+/g, ' ').trim();
        if (text) out.push({ text, lang: langOf(n).lang, where: `<${p?.localName}${p?.getAttribute('part') ? ` part=${p.getAttribute('part')}` : ''}>` });
      }
    }
  };
  visit(host.shadowRoot ?? host);
  return out;
}

/** Elements marked as English that do not state their direction (`dir`, SVG `direction`, or a `<bdi>`). */
function undirected(host: Element): string[] {
  const out: string[] = [];
  const visit = (root: ShadowRoot) => {
    for (const e of root.querySelectorAll('*')) {
      if (e.getAttribute('lang') === 'en' && !e.hasAttribute('dir') && !e.hasAttribute('direction') && e.localName !== 'bdi') out.push(`<${e.localName} class="${e.getAttribute('class') ?? ''}">`);
      if (e.shadowRoot) visit(e.shadowRoot);
    }
  };
  visit(host.shadowRoot!);
  return out;
}

const LETTER = /\p{L}/u;
const SCRIPT: Record<string, RegExp> = { uk: /\p{Script=Cyrillic}/u, ar: /\p{Script=Arabic}/u };
/**
 * Latin-script words that stay as they are in any language: programme and project names,
 * acronyms, file formats. A text node of Latin letters in a Ukrainian or Arabic page must be made
 * of these only.
 */
const NAMES = /^(?:IncluCities|VALUES|Whole-COMM|YOUMIG|CSV|JSON|EU|URL|[A-Z]{2,}(?:-[A-Z]+)?|\d+|[\p{P}\p{S}\s\d]+)$/u;

const bare = (text: string) => text.replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');

/**
 * Text outside marked English that is not in the page's script (Ukrainian, Arabic), except
 * `names`: proper names kept as printed (organisations, practice titles the translator kept).
 */
function notInScript(host: Element, locale: string, names: Set<string> = new Set()): Seen[] {
  return readable(host).filter(
    (s) =>
      s.lang !== 'en' &&
      // zxx: no language at all (an id, a code).
      s.lang !== 'zxx' &&
      LETTER.test(s.text) &&
      !SCRIPT[locale].test(s.text) &&
      !names.has(bare(s.text)) &&
      !s.text.split(/[\s,;:()«»"“”/–—.]+/u).filter(Boolean).every((w) => NAMES.test(w)),
  );
}

/** Names that stay as printed in a locale: organisations, and practice titles its translator kept (not in its script). */
async function keptNames(locale: string): Promise<Set<string>> {
  const [bundle, practices] = await Promise.all([
    fetch(`/data/locales/${locale}/practices.json`).then((r) => r.json()) as Promise<{ entries: Record<string, { title?: string }> }>,
    allPractices(),
  ]);
  const titles = Object.values(bundle.entries).map((e) => e.title ?? '').filter((t) => !SCRIPT[locale].test(t));
  return new Set([...titles, ...practices.flatMap((p) => [...(p.organisations ?? []), ...(p.funding?.funders ?? [])])].map(bare));
}

async function render(template: TemplateResult, ready: (el: HTMLElement) => boolean): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(template);
  await settled(el);
  await waitUntil(() => ready(el), `<${el.localName}> did not show its translation`, { timeout: 10000 });
  return el;
}

const hasLang = (locale: string) => (el: HTMLElement) => !!el.shadowRoot?.querySelector(`[part="base"][lang="${locale}"]`) && !el.shadowRoot.querySelector('[data-kind="loading"]');
const noNotice = (el: HTMLElement) => !shadow(el, '[part~="translation-notice"], [part~="content-notice"]');

/** Text outside marked English that reads the same as in the English rendering of the same element (Italian). */
async function sameAsEnglish(el: HTMLElement, english: TemplateResult, sameWords: string[]): Promise<Seen[]> {
  const en = await render(english, (e) => hasLang('en')(e));
  const texts = new Set(readable(en).map((s) => s.text));
  en.remove();
  return readable(el).filter((s) => s.lang !== 'en' && LETTER.test(s.text) && texts.has(s.text) && !sameWords.includes(s.text) && !NAMES.test(s.text));
}

/** The element's dataset text has arrived (its first key factor title, or card title, is marked in the locale). */
const translated = (locale: string, selector: string) => (el: HTMLElement) =>
  hasLang(locale)(el) && [...el.shadowRoot!.querySelectorAll(selector)].some((t) => t.getAttribute('lang') === locale || langOf(t).lang === locale) && !el.shadowRoot!.querySelector(`${selector}[lang="en"]`);

describe('content in every language', () => {
  it('the checks below see English: unmarked English text is found, marked English is not', () => {
    const div = document.createElement('div');
    div.lang = 'uk';
    div.attachShadow({ mode: 'open' }).innerHTML = '<p>Привіт, IncluCities</p><p>Hello world</p><p lang="en" dir="ltr">Marked</p><p lang="en">Undirected</p>';
    document.body.append(div);
    try {
      expect(notInScript(div, 'uk').map((s) => s.text)).to.deep.equal(['Hello world']);
      expect(undirected(div)).to.deep.equal(['<p class="">']);
    } finally {
      div.remove();
    }
  });

  for (const benchmark of ['whole-comm-governance', 'values-theme-b']) {
    it(`a ${benchmark} checklist in Ukrainian: all in Ukrainian, no notice, accessible`, async () => {
      // With its printed report on screen, so that is checked too.
      const el = await render(html`<iw-benchmark-checklist lang="uk" benchmark=${benchmark} no-storage print-preview></iw-benchmark-checklist>`, translated('uk', '[part="factor-title"] bdi'));
      expect(noNotice(el), 'a fallback notice is shown').to.equal(true);
      expect(notInScript(el, 'uk')).to.deep.equal([]);
      expect(undirected(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it(`a ${benchmark} checklist in Italian: nothing left as in English, no notice, accessible`, async () => {
      const el = await render(html`<iw-benchmark-checklist lang="it" benchmark=${benchmark} no-storage print-preview></iw-benchmark-checklist>`, translated('it', '[part="factor-title"] bdi'));
      expect(noNotice(el), 'a fallback notice is shown').to.equal(true);
      // "No" (the answer) and "Governance" (the Whole-COMM policy area) are Italian words too.
      expect(await sameAsEnglish(el, html`<iw-benchmark-checklist lang="en" benchmark=${benchmark} no-storage print-preview></iw-benchmark-checklist>`, ['No', 'Governance'])).to.deep.equal([]);
      expect(undirected(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('a context picker for a benchmark in Ukrainian: factors, their descriptions and the benchmark\'s own wording in Ukrainian', async () => {
    const el = await render(html`<iw-context-picker lang="uk" benchmark="inclucities-0"></iw-context-picker>`, translated('uk', '[part="factor"] label bdi'));
    await waitUntil(() => [...el.shadowRoot!.querySelectorAll('[part="hint"] span')].every((h) => h.getAttribute('lang') === 'uk'), 'the benchmark wording is not in Ukrainian', { timeout: 10000 });
    expect(el.shadowRoot!.querySelectorAll('[part="hint"]').length).to.be.greaterThan(0);
    for (const d of el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('[part="details"]')) d.open = true;
    expect(notInScript(el, 'uk')).to.deep.equal([]);
    expect(undirected(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('the printed report of an Italian checklist names the chosen context factors in Italian', async () => {
    const el = await render(html`<iw-benchmark-checklist lang="it" benchmark="values-theme-b" no-storage print-preview></iw-benchmark-checklist>`, translated('it', '[part="factor-title"] bdi'));
    (el as HTMLElement & { context: unknown }).context = [{ id: 'data-availability', effect: 'helps' }];
    await waitUntil(() => el.shadowRoot!.querySelector('[part="report"] li bdi')?.textContent === 'Disponibilità di dati', 'the context factor is not named in Italian', { timeout: 10000 });
    expect(el.shadowRoot!.querySelector('[part="report"] li bdi')!.getAttribute('lang')).to.equal('it');
  });

  it('loads only the translations an element shows: a card its practice\'s, a checklist its benchmark\'s, a list its locale\'s practices', async () => {
    const loaded = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.includes('/data/locales/'));
    resetData();
    performance.clearResourceTimings();
    const card = await render(html`<iw-practice-card lang="uk" practice="startwien-vienna"></iw-practice-card>`, translated('uk', '[part="summary"]'));
    expect(loaded()).to.deep.equal(['/dist/data/locales/uk/practice/startwien-vienna.json']);
    card.remove();
    performance.clearResourceTimings();
    const checklist = await render(html`<iw-benchmark-checklist lang="it" benchmark="whole-comm-health" no-storage></iw-benchmark-checklist>`, translated('it', '[part="factor-title"] bdi'));
    expect(loaded()).to.deep.equal(['/dist/data/locales/it/benchmarks/whole-comm-health.json']);
    checklist.remove();
    performance.clearResourceTimings();
    await render(html`<iw-practice-list lang="ar" limit="3"></iw-practice-list>`, translated('ar', '[part="summary"]'));
    expect(loaded()).to.deep.equal(['/dist/data/locales/ar/practices.json']);
  });

  it('dataset text without a translation (a custom dataset) shows in English, every piece of it marked', async () => {
    const src = '/dist/data/dataset.json';
    const el = await render(html`<iw-benchmark-checklist lang="it" src=${src} benchmark="values-theme-b" no-storage></iw-benchmark-checklist>`, hasLang('it'));
    expect(shadow(el, '[part="factor-title"] bdi')!.getAttribute('lang')).to.equal('en');
    expect(await sameAsEnglish(el, html`<iw-benchmark-checklist lang="en" src=${src} benchmark="values-theme-b" no-storage></iw-benchmark-checklist>`, ['No'])).to.deep.equal([]);
    expect(undirected(el)).to.deep.equal([]);
  });

  it('an Arabic practice list: titles, summaries, places in Arabic; accessible', async () => {
    const el = await render(html`<iw-practice-list lang="ar" limit="24"></iw-practice-list>`, translated('ar', '[part="summary"]'));
    expect(el.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(24);
    expect(noNotice(el), 'a fallback notice is shown').to.equal(true);
    expect(notInScript(el, 'ar', await keptNames('ar'))).to.deep.equal([]);
    // A text node with some Arabic passes the check above: the place lines mix nothing English either.
    const places = [...el.shadowRoot!.querySelectorAll('[part="kind"] .place')].map((p) => p.textContent!);
    expect(places.filter((p) => /\p{Script=Latin}/u.test(p))).to.deep.equal([]);
    expect(undirected(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('a Ukrainian card: title, summary, place and figure labels in Ukrainian; accessible', async () => {
    // A practice with key figures, in a city whose name Ukrainian writes its own way.
    const el = await render(html`<iw-practice-card lang="uk" practice="startwien-vienna"></iw-practice-card>`, translated('uk', '[part="summary"]'));
    const details = shadow<HTMLDetailsElement>(el, '[part="details"]')!;
    details.open = true;
    // The one notice is in "Read more", whose longer description is not translated (marked English).
    expect(el.shadowRoot!.querySelectorAll('[part="translation-notice"]').length).to.equal(1);
    expect(details.querySelector('[part="translation-notice"]')!.textContent).to.match(/\p{Script=Cyrillic}/u);
    expect([...details.querySelectorAll('p')].some((p) => p.getAttribute('lang') === 'en' && p.getAttribute('dir') === 'ltr')).to.equal(true);
    expect(textOf(shadow(el, '[part="kind"] .place'))).to.equal('Відень, Австрія');
    // The longer description is not translated: it is the one marked fallback.
    expect(notInScript(el, 'uk', await keptNames('uk'))).to.deep.equal([]);
    expect(undirected(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
