/**
 * Every element on a page that is not in English from the first render: the interface strings
 * of the locale load lazily, and nothing set before they arrive may be lost (heading levels, the
 * picker's `for`), notices are in the page language, and `updateComplete` means "drawn".
 * Each test uses a locale not loaded before in this file, so each goes through the lazy load.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { settled, shadow, textOf } from './helpers.js';
import '../src/elements/practice-card/practice-card.js';
import '../src/elements/practice-list/practice-list.js';
import '../src/elements/benchmark-checklist/benchmark-checklist.js';
import '../src/elements/context-picker/context-picker.js';
import '../src/elements/info-panel/info-panel.js';
import { isLoaded } from '../src/i18n/locale.js';
import type { IwContextPicker } from '../src/elements/context-picker/context-picker.js';
import type { IwBenchmarkChecklist } from '../src/elements/benchmark-checklist/benchmark-checklist.js';

/** Warnings of the development build about `msg()` called outside an update (it would answer in English). */
const outsideUpdate: string[] = [];
const warn = console.warn;

const titleTag = (el: Element) => shadow(el, '[part~="title"]')?.tagName;

describe('a page in another language from the first render', () => {
  before(() => {
    console.warn = (...args: unknown[]) => {
      const text = args.join(' ');
      if (text.includes('outside an element update')) outsideUpdate.push(text);
      warn.apply(console, args);
    };
  });
  after(() => {
    console.warn = warn;
  });
  afterEach(() => expect(outsideUpdate).to.deep.equal([]));

  it('card in <div lang="fr"> with heading-level="2": a French card with an H2 title', async () => {
    expect(isLoaded('fr')).to.equal(false);
    const page = await fixture<HTMLElement>(html`<div lang="fr"><iw-practice-card practice="startwien-vienna" heading-level="2"></iw-practice-card></div>`);
    const card = page.firstElementChild as HTMLElement;
    await settled(card);
    expect(textOf(card)).to.contain('Lire la suite');
    expect(titleTag(card)).to.equal('H2');
  });

  it('info panel with lang="uk" heading-level="4": a Ukrainian panel with an H4 title and H5 headings inside', async () => {
    expect(isLoaded('uk')).to.equal(false);
    const panel = await fixture<HTMLElement>(html`<iw-info-panel topic="about-values" lang="uk" heading-level="4"></iw-info-panel>`);
    await settled(panel);
    expect(textOf(panel)).to.contain('Читати цей текст мовою');
    expect(titleTag(panel)).to.equal('H4');
    const sub = panel.shadowRoot!.querySelector('[part~="subheading"]');
    if (sub) expect(sub.tagName).to.equal('H5');
  });

  it('list in a Spanish page with limit, sort and heading-level: all of them honoured', async () => {
    expect(isLoaded('es')).to.equal(false);
    const page = await fixture<HTMLElement>(html`<div lang="es"><iw-practice-list themes="health" limit="2" sort="title" heading-level="4"></iw-practice-list></div>`);
    const list = page.firstElementChild as HTMLElement;
    await settled(list);
    expect(textOf(list)).to.match(/Se muestran 2 de \d+ prácticas/);
    expect(list.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(2);
    expect(titleTag(list)).to.equal('H4');
    expect(shadow<HTMLSelectElement>(list, 'select')!.value).to.equal('title');
  });

  it('picker bound with for to the real checklist on a German page: the checklist keeps what the user ticks', async () => {
    expect(isLoaded('de')).to.equal(false);
    const page = await fixture<HTMLElement>(html`<div lang="de">
      <iw-context-picker for="german-checklist" benchmark="values-common"></iw-context-picker>
      <iw-benchmark-checklist id="german-checklist" benchmark="values-common" heading-level="3" no-storage></iw-benchmark-checklist>
    </div>`);
    const picker = page.querySelector('iw-context-picker') as IwContextPicker;
    const checklist = page.querySelector('iw-benchmark-checklist') as IwBenchmarkChecklist;
    await settled(picker);
    await settled(checklist);
    expect(textOf(picker)).to.contain('Lokaler Kontext');
    expect(textOf(checklist)).to.contain('Exportieren (JSON)');
    expect(titleTag(checklist)).to.equal('H3');
    const box = shadow<HTMLInputElement>(picker, 'input[type="checkbox"]')!;
    box.click();
    await waitUntil(() => checklist.context.length === 1, 'the checklist did not receive the ticked factor');
    expect(checklist.context[0].id).to.equal(box.dataset.id);
  });

  it('picker notices are in the page language (a "for" naming no checklist, German)', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="de"><iw-context-picker for="no-such-checklist"></iw-context-picker></div>`);
    const picker = page.firstElementChild as IwContextPicker;
    await settled(picker);
    await waitUntil(() => shadow(picker, '[part~="notice"]'), 'no notice');
    expect(textOf(shadow(picker, '[part~="notice"]'))).to.contain('Hinweis für die Webredaktion');
  });

  it('picker notices are in the page language (a value that does not fit, Italian)', async () => {
    expect(isLoaded('it')).to.equal(false);
    const picker = document.createElement('iw-context-picker');
    picker.value = [{ id: 'economy', effect: 'helps' }, { id: 'economy', effect: 'sometimes' as 'helps' }];
    const page = await fixture<HTMLElement>(html`<div lang="it"></div>`);
    page.append(picker);
    await settled(picker);
    expect(textOf(shadow(picker, '[part~="notice"]'))).to.contain('Non è stato possibile mostrare alcuni fattori di contesto salvati');
    expect(picker.value).to.deep.equal([{ id: 'economy', effect: 'helps' }]);
  });

  it('await updateComplete leaves the element drawn, in the page language (Dutch)', async () => {
    expect(isLoaded('nl')).to.equal(false);
    const page = await fixture<HTMLElement>(html`<div lang="nl"></div>`);
    const card = document.createElement('iw-practice-card');
    card.setAttribute('practice', 'mechelen-inclusive-city-strategy');
    const panel = document.createElement('iw-info-panel');
    panel.setAttribute('topic', 'about-youmig');
    const checklist = document.createElement('iw-benchmark-checklist');
    checklist.setAttribute('benchmark', 'values-common');
    checklist.toggleAttribute('no-storage', true);
    const list = document.createElement('iw-practice-list');
    list.setAttribute('limit', '3');
    const picker = document.createElement('iw-context-picker');
    page.append(card, panel, checklist, list, picker);
    for (const el of [card, panel, checklist, list, picker] as HTMLElement[] as (HTMLElement & { updateComplete: Promise<boolean> })[]) {
      await el.updateComplete;
      expect(el.shadowRoot!.childElementCount, el.localName).to.be.greaterThan(0);
    }
    // Drawn in Dutch, even when the first thing drawn is the loading message.
    expect(textOf(card)).to.match(/Praktijk wordt geladen|Lees meer/);
  });
});
