/**
 * What the ES module build loads on demand: the data checks (validator and schemas) are not in
 * the main module; they come once, with the first data file, and serve every later check (here,
 * records set by script).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { closePages, openPage, type PageWindow } from './embed-snippets.js';
import type { Practice } from '../src/data/types.js';

const scripts = (win: Window) =>
  win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/dist/') && !p.startsWith('/dist/data/') && p.endsWith('.js'));

const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function cardPage(): Promise<PageWindow> {
  const win = await openPage('/test/pages/esm.html');
  const card = win.document.querySelector('iw-practice-card')!;
  await waitUntil(() => card.shadowRoot?.querySelector('[part="title"]'), 'the card did not render', { timeout: 10000 });
  return win;
}

describe('the ES module build, code on demand', () => {
  afterEach(closePages);

  it('keeps the data checks out of the main module and loads them once for a card page', async () => {
    const win = await cardPage();
    const loaded = scripts(win);
    expect(loaded[0]).to.equal('/dist/integration-widgets.js');
    expect(loaded.slice(1)).to.have.length(1);
    expect(loaded[1]).to.match(/^\/dist\/elements\/check-[\w-]+\.js$/);
    const main = await (await fetch('/dist/integration-widgets.js')).text();
    expect(main.includes('additionalProperties'), 'schemas in the main module').to.equal(false);
  });

  it('checks records set by script with the same checks, loaded once, and refuses an invalid one', async () => {
    const win = await cardPage();
    const record = (await (await fetch('/dist/data/practice/startwien-vienna.json')).json()) as Practice;
    const good = win.document.createElement('iw-practice-card');
    good.practice = { ...record, id: 'by-script', title: 'Set by script' };
    const bad = win.document.createElement('iw-practice-card');
    bad.practice = { ...record, countries: ['Austria'] } as unknown as Practice;
    win.document.body.append(good, bad);
    await waitUntil(() => text(good).includes('Set by script') && text(bad).includes('not valid'), 'the records were not checked', { timeout: 10000 });
    const loaded = scripts(win).filter((p) => p !== '/dist/integration-widgets.js');
    expect(loaded).to.have.length(1);
    expect(loaded[0]).to.match(/^\/dist\/elements\/check-[\w-]+\.js$/);
  });

  it('loads the information panel\'s code only when the page gets a panel', async () => {
    const win = await cardPage();
    const main = await (await fetch('/dist/integration-widgets.js')).text();
    expect(main.includes('language-button'), 'the panel\'s template in the main module').to.equal(false);
    expect(scripts(win).some((p) => p.includes('/info-panel-')), 'panel code loaded by a card page').to.equal(false);
    const panel = win.document.createElement('iw-info-panel');
    panel.setAttribute('topic', 'about-benchmarks');
    win.document.body.append(panel);
    await waitUntil(() => panel.shadowRoot?.querySelector('[part="title"]'), 'the panel did not render', { timeout: 10000 });
    expect(scripts(win).filter((p) => /^\/dist\/elements\/info-panel-[\w-]+\.js$/.test(p))).to.have.length(1);
  });
});
