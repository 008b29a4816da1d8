/**
 * Where the built files find their data and locales. The ES module reaches them only through
 * literal relative import()s (data as ES modules), so they resolve next to the module wherever it
 * is served from, and bundlers can follow them (test/clients/ builds real apps with them);
 * `configure({ dataUrl, localeUrl })` moves them elsewhere. The pages live in test/pages/ while
 * the scripts live in dist/, so a path resolved against the page would fail.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { SNIPPETS, closePages, failed, insert, loadBuild, openPage, ready, textIn, type Build, type PageWindow } from './embed-snippets.js';
import type { IwErrorDetail } from '../src/core/events.js';

const card = SNIPPETS.find((s) => s.tag === 'iw-practice-card')!;
const requested = (win: Window, part: string) =>
  win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.includes(part));

async function pageWith(build: Build | string, configure?: Parameters<NonNullable<PageWindow['IntegrationWidgets']>['configure']>[0]) {
  const win = await openPage('/test/pages/hostile/blank.html');
  const errors: IwErrorDetail[] = [];
  win.document.addEventListener('iw-error', (e) => errors.push((e as CustomEvent<IwErrorDetail>).detail));
  if (build === 'esm' || build === 'iife' || build === 'all') await loadBuild(win, build);
  else {
    const script = Object.assign(win.document.createElement('script'), { type: 'module', src: build });
    win.document.head.append(script);
    await waitUntil(() => win.IntegrationWidgets, `${build} did not load`);
  }
  if (configure) win.IntegrationWidgets!.configure(configure);
  return { win, errors };
}

describe('data and locales of the built files', () => {
  afterEach(closePages);

  it('the ES module imports only the data modules a card needs, next to itself, and fetches no JSON', async () => {
    const { win } = await pageWith('esm');
    const [el] = insert(win, [card]);
    await ready(el, card.shows);
    expect(requested(win, '/data/').sort()).to.deep.equal(['/dist/data/practice/_index.js', '/dist/data/practice/startwien-vienna.js', '/dist/data/sources.js']);
  });

  it('the ES module switches language with setLocale("fr"), importing locales/fr.js next to itself', async () => {
    const { win } = await pageWith('esm');
    const [el] = insert(win, [card]);
    await ready(el, card.shows);
    await win.IntegrationWidgets!.setLocale('fr');
    await waitUntil(() => textIn(el).includes('Autriche'), `the card did not switch to French: "${textIn(el).slice(0, 100)}"`);
    expect(requested(win, '/locales/')).to.deep.equal(['/dist/locales/fr.js']);
  });

  it('every element of the ES module shows its data', async () => {
    const { win, errors } = await pageWith('esm');
    const els = insert(win);
    await Promise.all(els.map((el, i) => ready(el, SNIPPETS[i].shows)));
    expect(errors).to.deep.equal([]);
  });

  it('the ES module tells an unknown practice id without a failed request (no 404 in the console)', async () => {
    const { win, errors } = await pageWith('esm');
    // Resource timing lists imported modules but not failed fetches: record those too.
    const fetched: string[] = [];
    const fetch = win.fetch;
    win.fetch = (input, init) => (fetched.push(String(input)), fetch.call(win, input, init));
    const [unknown] = insert(win, [{ ...card, html: '<iw-practice-card practice="no-such-practice"></iw-practice-card>' }]);
    await failed(unknown);
    expect(textIn(unknown)).to.include('there is no practice with the id "no-such-practice"');
    expect(errors.map((e) => `${e.code}: ${e.message}`)).to.deep.equal(['not-found: There is no practice with the id "no-such-practice"']);
    expect([...requested(win, 'no-such-practice'), ...fetched.filter((u) => u.includes('no-such-practice'))]).to.deep.equal([]);
  });

  it('with configure({ dataUrl }) the ES module fetches the JSON files from there (a folder given without its final slash)', async () => {
    const { win } = await pageWith('esm', { dataUrl: '/slow/dist/data' });
    const [el] = insert(win, [card]);
    await ready(el, card.shows);
    expect(requested(win, '/data/').sort()).to.deep.equal(['/slow/dist/data/practice/startwien-vienna.json', '/slow/dist/data/sources.json']);
  });

  it('with configure({ localeUrl }) the ES module imports the locale from there', async () => {
    const { win } = await pageWith('esm', { localeUrl: '/slow/dist/locales/' });
    const [el] = insert(win, [card]);
    await ready(el, card.shows);
    await win.IntegrationWidgets!.setLocale('de');
    await waitUntil(() => textIn(el).includes('Österreich'), `the card did not switch to German: "${textIn(el).slice(0, 100)}"`);
    expect(requested(win, '/locales/')).to.deep.equal(['/slow/dist/locales/de.js']);
  });

  it('an ES module copied without its data says, in its iw-error, to point configure({ dataUrl }) at the data', async () => {
    const { win, errors } = await pageWith('/nodata/dist/integration-widgets.js');
    const [el] = insert(win, [card]);
    await failed(el);
    expect(errors).to.have.length(1);
    expect(errors[0].message).to.include('configure({ dataUrl })');
  });

  it('a dataUrl without the data files says, in its iw-error, to point configure({ dataUrl }) at the data', async () => {
    const { win, errors } = await pageWith('esm', { dataUrl: '/test/pages/' });
    const [el] = insert(win, [SNIPPETS.find((s) => s.tag === 'iw-info-panel')!]);
    await failed(el);
    expect(errors).to.have.length(1);
    expect(errors[0].code).to.equal('not-found');
    // The panel asks for its topic index and the sources at once: whichever 404 comes back first is reported.
    expect(errors[0].message).to.match(/\/test\/pages\/(topics|sources)\.json does not exist \(404\)/).and.include('configure({ dataUrl })');
  });

  it('the classic build fetches the JSON files and the locale next to the script', async () => {
    const { win } = await pageWith('iife');
    const [el] = insert(win, [card]);
    await ready(el, card.shows);
    await win.IntegrationWidgets!.setLocale('fr');
    await waitUntil(() => textIn(el).includes('Autriche'), 'the card did not switch to French');
    expect(requested(win, '/data/').sort()).to.deep.equal(['/dist/data/practice/startwien-vienna.json', '/dist/data/sources.json']);
    expect(requested(win, '/locales/')).to.deep.equal(['/dist/locales/fr.js']);
  });
});
