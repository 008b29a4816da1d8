/**
 * Elements in a real page with the built ES module: created before and after the script,
 * by markup and by script, moved, removed and re-added, attributes changed at run time.
 */
import { expect } from '@open-wc/testing';
import { SNIPPETS, closePages, insert, loadBuild, openPage, ready, textIn, type PageWindow } from './embed-snippets.js';

const clean = (win: PageWindow) => {
  expect(win.__probe.errors).to.deep.equal([]);
  expect(win.__probe.rejections).to.deep.equal([]);
};

describe('element lifecycle in a real page', () => {
  let win: PageWindow;
  beforeEach(async () => {
    win = await openPage('/test/pages/hostile/blank.html');
  });
  afterEach(closePages);

  it('upgrades elements that were on the page before the script loaded', async () => {
    const els = insert(win);
    expect(els.every((el) => !el.shadowRoot)).to.equal(true);
    await loadBuild(win, 'esm');
    await Promise.all(els.map((el, i) => ready(el, SNIPPETS[i].shows)));
    clean(win);
  });

  it('renders elements added after the script loaded, by markup and by createElement', async () => {
    await loadBuild(win, 'esm');
    const byMarkup = insert(win);
    const byScript = SNIPPETS.map((s) => {
      const tpl = win.document.createElement('template');
      tpl.innerHTML = s.html;
      const source = tpl.content.firstElementChild!;
      const el = win.document.createElement(s.tag);
      for (const a of source.attributes) el.setAttribute(a.name, a.value);
      win.document.querySelector('#other')!.append(el);
      return el;
    });
    await Promise.all([...byMarkup, ...byScript].map((el, i) => ready(el, SNIPPETS[i % SNIPPETS.length].shows)));
    clean(win);
  });

  it('keeps working when moved to another place in the page', async () => {
    await loadBuild(win, 'esm');
    const els = insert(win);
    await Promise.all(els.map((el, i) => ready(el, SNIPPETS[i].shows)));
    const other = win.document.querySelector('#other')!;
    els.forEach((el) => other.append(el));
    await Promise.all(els.map((el, i) => ready(el, SNIPPETS[i].shows)));
    els.forEach((el) => expect(el.parentElement).to.equal(other));
    clean(win);
  });

  it('shows its content again when removed and re-added', async () => {
    await loadBuild(win, 'esm');
    const els = insert(win);
    await Promise.all(els.map((el, i) => ready(el, SNIPPETS[i].shows)));
    els.forEach((el) => el.remove());
    await new Promise((r) => setTimeout(r, 50));
    const slot = win.document.querySelector('#slot')!;
    els.forEach((el) => slot.append(el));
    await Promise.all(els.map((el, i) => ready(el, SNIPPETS[i].shows)));
    clean(win);
  });

  it('follows attribute changes at run time (a new practice id shows the new practice)', async () => {
    await loadBuild(win, 'esm');
    const els = insert(win);
    await Promise.all(els.map((el, i) => ready(el, SNIPPETS[i].shows)));
    SNIPPETS.forEach((s, i) => {
      if (s.change) els[i].setAttribute(s.change[0], s.change[1]);
    });
    await Promise.all(SNIPPETS.map((s, i) => (s.change ? ready(els[i], s.change[2]) : null)));
    SNIPPETS.forEach((s, i) => {
      if (s.change) expect(textIn(els[i])).not.to.contain(s.shows);
    });
    clean(win);
  });

  it('changes attributes while detached, then shows the new content once attached', async () => {
    await loadBuild(win, 'esm');
    const els = insert(win);
    await Promise.all(els.map((el, i) => ready(el, SNIPPETS[i].shows)));
    SNIPPETS.forEach((s, i) => {
      els[i].remove();
      if (s.change) els[i].setAttribute(s.change[0], s.change[1]);
      win.document.querySelector('#other')!.append(els[i]);
    });
    await Promise.all(SNIPPETS.map((s, i) => ready(els[i], s.change?.[2] ?? s.shows)));
    clean(win);
  });
});
