/**
 * A page of many separate cards: what they ask the data core for, and what they draw first.
 * Requests are counted with a spy on `fetch` (the data core's only way out in these tests).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { allPractices, resetData, settled, shadow, textOf } from './helpers.js';
import '../src/elements/practice-card/practice-card.js';
import type { IwPracticeCard } from '../src/elements/practice-card/practice-card.js';
import { WHOLE_LIST_FROM } from '../src/data/store.js';

/** Calls `fetch` through `respond` while `fn` runs; returns the paths asked for under /data/. */
async function watchFetch<T>(fn: () => Promise<T>, respond?: (url: string) => Response | undefined): Promise<{ result: T; asked: string[] }> {
  const asked: string[] = [];
  const real = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    const path = new URL(url, location.href).pathname;
    if (path.includes('/data/')) asked.push(path.replace(/^.*\/data\//, ''));
    return Promise.resolve(respond?.(url) ?? real(input, init));
  };
  try {
    return { result: await fn(), asked };
  } finally {
    window.fetch = real;
  }
}

/** Cards for these ids, added to the page in one go, as a page's HTML would have them. */
async function cards(ids: string[]): Promise<IwPracticeCard[]> {
  const page = await fixture<HTMLDivElement>(html`<div>${ids.map((id) => html`<iw-practice-card variant="compact" practice=${id}></iw-practice-card>`)}</div>`);
  const all = [...page.querySelectorAll('iw-practice-card')];
  await Promise.all(all.map((el) => settled(el)));
  return all;
}

const title = (el: IwPracticeCard) => shadow(el, '[part="title"]')?.textContent?.trim();

describe('many <iw-practice-card> elements on one page', () => {
  beforeEach(() => resetData());
  afterEach(() => resetData());

  it(`loads the whole list once, not a file per card, when ${WHOLE_LIST_FROM} or more cards ask at once`, async () => {
    const all = await allPractices();
    const ids = all.slice(0, 30).map((p) => p.id);
    const { result: els, asked } = await watchFetch(() => cards(ids));
    expect(els.map(title)).to.deep.equal(all.slice(0, 30).map((p) => p.title));
    expect(asked.filter((p) => p.startsWith('practice/')), 'requests for single practices').to.deep.equal([]);
    expect(asked.filter((p) => p === 'practices.json')).to.have.length(1);
  });

  it('loads only their own small files when a few cards ask', async () => {
    const ids = (await allPractices()).slice(0, 3).map((p) => p.id);
    const { asked } = await watchFetch(() => cards(ids));
    expect(asked.filter((p) => p !== 'sources.json').sort()).to.deep.equal(ids.map((id) => `practice/${id}.json`).sort());
  });

  it('says which id is unknown among many cards, without asking for a file that does not exist', async () => {
    const ids = [...(await allPractices()).slice(0, 30).map((p) => p.id), 'no-such-practice'];
    const { result: els, asked } = await watchFetch(() => cards(ids));
    expect(textOf(els.at(-1))).to.contain('there is no practice with the id "no-such-practice"');
    expect(els.slice(0, -1).every((el) => title(el))).to.equal(true);
    expect(asked).to.not.include('practice/no-such-practice.json');
  });

  it('draws a card whose data comes quickly at once, with no loading state before it', async () => {
    // Every data file answered at once from memory, so the data comes well within the first draw's wait.
    const files = new Map<string, unknown>([['practices.json', await allPractices()]]);
    files.set('sources.json', await (await fetch(new URL('/dist/data/sources.json', location.href))).json());
    const record = (await allPractices()).find((p) => p.id === 'startwien-vienna')!;
    files.set('practice/startwien-vienna.json', record);
    const respond = (url: string) => {
      const name = new URL(url).pathname.replace(/^.*\/data\//, '');
      return files.has(name) ? new Response(JSON.stringify(files.get(name)), { headers: { 'content-type': 'application/json' } }) : undefined;
    };
    const seen: string[] = [];
    await watchFetch(async () => {
      const el = document.createElement('iw-practice-card');
      el.setAttribute('practice', 'startwien-vienna');
      document.body.append(el);
      // Everything the card ever draws, from its first update on.
      const observer = new MutationObserver(() => seen.push(el.shadowRoot!.querySelector('[data-kind="loading"]') ? 'loading' : title(el) ? 'card' : 'other'));
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      await el.updateComplete;
      expect(title(el), 'drawn when updateComplete resolves').to.equal('STARTwien');
      observer.disconnect();
      el.remove();
    }, respond);
    expect(seen).to.not.include('loading');
  });
});
