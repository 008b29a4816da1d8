/**
 * The built files in real pages, as a webmaster embeds them: one script tag and one element.
 * The pages live in test/pages/ while the scripts live in dist/, so data and locale files must
 * be found from the script's own URL, not the page's.
 */
import { expect, waitUntil } from '@open-wc/testing';

async function openPage(path: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '800px';
  frame.style.blockSize = '900px';
  frame.src = path;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow!;
}

async function cardTitle(win: Window): Promise<string> {
  const card = win.document.querySelector('iw-practice-card')!;
  await waitUntil(() => card.shadowRoot?.querySelector('[part="title"]'), 'the card did not render', { timeout: 10000 });
  return card.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim();
}

const dataRequests = (win: Window) =>
  win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.includes('/data/'));

describe('built files in a real page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('the ES module build renders the card and loads only that practice\'s data', async () => {
    const win = await openPage('/test/pages/esm.html');
    expect(await cardTitle(win)).to.equal('STARTwien');
    // Data as ES modules (see test/embed-assets.test.ts): the practice folder's index, the practice, the sources.
    expect(dataRequests(win).sort()).to.deep.equal(['/dist/data/practice/_index.js', '/dist/data/practice/startwien-vienna.js', '/dist/data/sources.js']);
    expect((win as unknown as { IntegrationWidgets: { getLocale(): string } }).IntegrationWidgets.getLocale()).to.equal('en');
  });

  it('the classic-script (IIFE) build renders the card and exposes window.IntegrationWidgets', async () => {
    const win = await openPage('/test/pages/iife.html');
    expect(await cardTitle(win)).to.equal('STARTwien');
    const api = (win as unknown as { IntegrationWidgets: Record<string, unknown> }).IntegrationWidgets;
    expect(api.setLocale).to.be.a('function');
    expect(api.IwPracticeCard).to.be.a('function');
    expect(dataRequests(win)).to.include('/dist/data/practice/startwien-vienna.json');
  });

  it('the all-in-one build renders the card without loading any data file', async () => {
    const win = await openPage('/test/pages/all.html');
    expect(await cardTitle(win)).to.equal('STARTwien');
    expect(dataRequests(win)).to.deep.equal([]);
  });

  it('the all-in-one file of one language shows its content, and English marked as English for another language, loading no data file', async () => {
    const fr = (await (await fetch('/dist/data/locales/fr/practice/startwien-vienna.json')).json()) as { entries: Record<string, { summary: string }> };
    const de = (await (await fetch('/dist/data/locales/de/practice/startwien-vienna.json')).json()) as { entries: Record<string, { summary: string }> };
    const en = (await (await fetch('/dist/data/practice/startwien-vienna.json')).json()) as { summary: string };
    const win = await openPage('/test/pages/all-fr.html');
    const summary = (id: string) => win.document.getElementById(id)!.shadowRoot?.querySelector<HTMLElement>('[part="summary"]');
    await waitUntil(() => summary('fr')?.textContent?.trim() === fr.entries['startwien-vienna'].summary, 'the French card did not show its French summary', { timeout: 10000 });
    // German content is not in this file: the German card shows the English summary, marked, with the one notice.
    await waitUntil(() => summary('de')?.textContent?.trim() === en.summary, 'the German card did not show the English summary', { timeout: 10000 });
    expect(summary('de')!.textContent).not.to.include(de.entries['startwien-vienna'].summary);
    expect(summary('de')!.getAttribute('lang')).to.equal('en');
    // (Booleans: chai would describe an element of another window at length when failing.)
    const notice = (id: string) => !!win.document.getElementById(id)!.shadowRoot!.querySelector('[part="translation-notice"]');
    expect(notice('de'), 'the German card says its text is in English').to.equal(true);
    expect(notice('fr'), 'the French card has no English notice').to.equal(false);
    expect(dataRequests(win)).to.deep.equal([]);
  });

  it('loads the interface strings of another language lazily, next to the script', async () => {
    const win = await openPage('/test/pages/iife.html');
    await cardTitle(win);
    win.document.documentElement.lang = 'fr';
    const card = win.document.querySelector('iw-practice-card')!;
    await waitUntil(() => card.shadowRoot!.textContent!.includes('Autriche'), 'the card did not switch to French', { timeout: 10000 });
    const locales = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/dist/locales/'));
    expect(locales).to.deep.equal(['/dist/locales/fr.js']);
  });
});
