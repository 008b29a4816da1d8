/**
 * How <iw-practice-list> keeps its cards while the visitor searches and filters: a card is drawn
 * once and moved in and out of the list, drawn again only when the language changes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { allPractices, resetData, settled, shadow } from './helpers.js';
import '../src/elements/practice-list/practice-list.js';
import type { IwPracticeList } from '../src/elements/practice-list/practice-list.js';
import { practiceIndex, queryTerms, score } from '../src/data/search.js';
import { countryName } from '../src/i18n/format.js';

const items = (el: IwPracticeList) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="list"] > [part~="item"]')];
const ids = (el: IwPracticeList) => items(el).map((li) => li.dataset.id!);

async function list(template: ReturnType<typeof html>): Promise<IwPracticeList> {
  const el = await fixture<IwPracticeList>(template);
  await settled(el);
  await el.updateComplete;
  return el;
}

async function search(el: IwPracticeList, text: string): Promise<void> {
  const box = shadow<HTMLInputElement>(el, 'input[type="search"]')!;
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function toggle(el: IwPracticeList, theme: string): Promise<void> {
  shadow<HTMLInputElement>(el, `details[data-facet="themes"] input[value="${theme}"]`)!.click();
  await el.updateComplete;
}

/** Every node in the element's shadow root, comments and text included. */
function nodeCount(el: IwPracticeList): number {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ALL);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

describe('<iw-practice-list> cards while searching and filtering', () => {
  afterEach(() => resetData());

  it('brings back the same card nodes when a filter is removed', async () => {
    const el = await list(html`<iw-practice-list limit="1000"></iw-practice-list>`);
    const before = new Map(items(el).map((li) => [li.dataset.id, li]));
    expect(before.size).to.equal((await allPractices()).length);
    await toggle(el, 'health');
    expect(items(el).length).to.be.below(before.size);
    await toggle(el, 'health');
    const after = items(el);
    expect(after).to.have.length(before.size);
    expect(after.every((li) => before.get(li.dataset.id) === li), 'every card is the node drawn first').to.equal(true);
  });

  it('does not grow its shadow root over many filter changes', async () => {
    const el = await list(html`<iw-practice-list limit="1000"></iw-practice-list>`);
    await toggle(el, 'housing');
    await toggle(el, 'housing');
    const start = nodeCount(el);
    for (const theme of ['health', 'housing', 'education', 'employment', 'language', 'health', 'housing', 'education']) {
      await toggle(el, theme);
      await toggle(el, theme);
    }
    expect(nodeCount(el)).to.equal(start);
  });

  it('shows the matches best first after every keystroke, however the cards move', async () => {
    const el = await list(html`<iw-practice-list limit="1000"></iw-practice-list>`);
    const { records } = practiceIndex(await allPractices(), (c) => countryName(c, 'en'));
    for (const text of ['y', 'yo', 'you', 'youth', 'w', 'wo', 'women', 'in', 'integ', 'integration', '']) {
      await search(el, text);
      const terms = queryTerms(text);
      const expected = records
        .map((r) => ({ id: r.practice.id, order: r.order, s: terms.length ? score(r, terms) : 1 }))
        .filter((r) => r.s > 0)
        .sort((a, b) => b.s - a.s || a.order - b.order)
        .map((r) => r.id);
      expect(ids(el), `after "${text}"`).to.deep.equal(expected);
    }
  });

  it('draws the cards it kept in the new language when the language changes', async () => {
    const el = await list(html`<iw-practice-list limit="1000"></iw-practice-list>`);
    await toggle(el, 'health');
    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    await settled(el);
    await toggle(el, 'health');
    const themes = items(el).flatMap((li) => [...li.querySelectorAll('[part="themes"] li')].map((t) => t.textContent!.trim()));
    expect(themes).to.include('Santé');
    expect(themes).to.not.include('Health');
    expect(themes).to.not.include('Housing and urban planning');
  });
});
