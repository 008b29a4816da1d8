/**
 * The page locale: overlapping `setLocale()` calls end on the last one (a language menu clicked
 * twice), and a `lang` change re-renders only the elements whose language it changes.
 * Slow locale loads are made by wrapping the generated loaders, one locale per test.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { settled, textOf } from './helpers.js';
import '../src/elements/practice-card/practice-card.js';
import type { IwPracticeCard } from '../src/elements/practice-card/practice-card.js';
import '../src/elements/info-panel/info-panel.js';
import { getLocale, isLoaded, setLocale } from '../src/i18n/locale.js';
import { localeLoaders } from '../src/generated/locale-loaders.js';

/** Makes the first load of a locale's strings take `ms` milliseconds. */
function slow(locale: string, ms = 300): void {
  expect(isLoaded(locale), `${locale} is already loaded`).to.equal(false);
  const load = localeLoaders[locale];
  localeLoaders[locale] = () => new Promise((r) => setTimeout(r, ms)).then(load);
}

const base = (el: Element) => el.shadowRoot!.querySelector('[part="base"]');

/** Counts the updates of an element from now on. */
function updates(el: HTMLElement): { count: number } {
  const counter = { count: 0 };
  const self = el as unknown as { update(changed: unknown): void };
  const update = self.update.bind(el);
  self.update = (changed) => {
    counter.count++;
    update(changed);
  };
  return counter;
}

describe('the page locale', () => {
  afterEach(() => setLocale(null));

  it("setLocale('fr') then setLocale('en') ends in English, although French loads last", async () => {
    slow('fr');
    const card = await fixture<IwPracticeCard>(html`<iw-practice-card practice="startwien-vienna"></iw-practice-card>`);
    await settled(card);
    await Promise.all([setLocale('fr'), setLocale('en')]);
    expect(getLocale()).to.equal('en');
    await card.updateComplete;
    expect(base(card)!.getAttribute('lang')).to.equal('en');
    expect(textOf(card)).to.contain('Read more');
  });

  it("setLocale('uk') then setLocale(null) follows the page again", async () => {
    slow('uk');
    const page = await fixture<HTMLElement>(html`<div lang="de"><iw-practice-card practice="startwien-vienna"></iw-practice-card></div>`);
    const card = page.firstElementChild as IwPracticeCard;
    await settled(card);
    await Promise.all([setLocale('uk'), setLocale(null)]);
    expect(getLocale()).to.equal('en');
    await card.updateComplete;
    expect(base(card)!.getAttribute('lang')).to.equal('de');
  });

  it("setLocale('ar'), setLocale('nl'), setLocale('es'): the last call wins whichever load ends first", async () => {
    slow('ar', 200);
    slow('nl', 400);
    await Promise.all([setLocale('ar'), setLocale('nl'), setLocale('es')]);
    expect(getLocale()).to.equal('es');
  });

  it('a lang change elsewhere on the page does not re-render elements whose language stays the same', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <iw-practice-card practice="startwien-vienna"></iw-practice-card>
      <p>Other content</p>
      <iw-info-panel topic="about-values"></iw-info-panel>
    </div>`);
    const [card, p, panel] = [...page.children] as HTMLElement[];
    await settled(card);
    await settled(panel);
    const seen = updates(card);
    p.lang = 'fr';
    // The panel switching its own language is another such change.
    panel.setAttribute('lang', 'it');
    await waitUntil(() => base(panel)?.getAttribute('lang') === 'it', 'the panel did not switch');
    await new Promise((r) => setTimeout(r, 50));
    expect(seen.count).to.equal(0);
    // A change that does reach the card re-renders it.
    page.lang = 'fr';
    await waitUntil(() => base(card)?.getAttribute('lang') === 'fr', 'the card did not follow its parent');
    expect(seen.count).to.be.greaterThan(0);
  });
});
