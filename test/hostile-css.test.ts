/**
 * The built script on a page whose CSS fights everything: `* { all: unset }`, a 62.5 % root
 * font size, `!important` link colours, a dark theme. Every element must stay readable
 * (sizes, contrast computed from the computed styles) and usable (links, buttons).
 */
import { expect } from '@open-wc/testing';
import { SNIPPETS, closePages, insert, loadBuild, openPage, ready, failed, type PageWindow } from './embed-snippets.js';
import { contrast } from './contrast.js';

const visuallyHidden = (el: Element) => {
  for (let n: Element | null = el; n && n.localName !== 'body'; n = n.parentElement) {
    const r = n.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) return true;
  }
  return false;
};

/** Elements of a shadow root that hold visible text of their own. */
const textElements = (root: ShadowRoot) =>
  [...root.querySelectorAll('*')].filter(
    (el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) && !visuallyHidden(el) && !el.closest('details:not([open]) > :not(summary)'),
  );

/** True when a click at the centre of the control reaches the control. */
function hittable(control: HTMLElement): boolean {
  control.scrollIntoView({ block: 'center' });
  const r = control.getBoundingClientRect();
  const root = control.getRootNode() as ShadowRoot;
  const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return !!hit && (hit === control || control.contains(hit));
}

describe('hostile page CSS', () => {
  let win: PageWindow;
  let els: HTMLElement[];

  before(async () => {
    win = await openPage('/test/pages/hostile/hostile-css.html');
    els = insert(win);
    await loadBuild(win, 'esm');
    await Promise.all(els.map((el, i) => ready(el, SNIPPETS[i].shows)));
  });
  after(closePages);

  it('the page really is hostile (the test would notice a harmless page)', () => {
    expect(getComputedStyle(win.document.documentElement).fontSize).to.equal('10px');
    expect(getComputedStyle(win.document.querySelector('header a')!).textDecorationLine).to.equal('none');
    expect(getComputedStyle(win.document.body).backgroundColor).to.equal('rgb(18, 18, 18)');
  });

  SNIPPETS.forEach((s, i) => {
    describe(`<${s.tag}>`, () => {
      it('keeps readable sizes: title at least 16 px, no text under 12 px', () => {
        const root = els[i].shadowRoot!;
        const title = root.querySelector('[part="title"]');
        if (title) expect(parseFloat(getComputedStyle(title).fontSize)).to.be.at.least(16);
        for (const el of textElements(root)) {
          expect(parseFloat(getComputedStyle(el).fontSize), `font size of ${el.localName}.${el.className}`).to.be.at.least(12);
        }
      });

      it('keeps text contrast of at least 4.5:1 on the dark theme', () => {
        const texts = textElements(els[i].shadowRoot!);
        expect(texts.length).to.be.greaterThan(3);
        for (const el of texts) {
          expect(contrast(el), `contrast of ${el.localName}.${el.className} "${el.textContent!.trim().slice(0, 30)}"`).to.be.at.least(4.5);
        }
      });

      it('keeps links visible: sized, underlined, contrasted', () => {
        for (const a of els[i].shadowRoot!.querySelectorAll('a')) {
          const r = a.getBoundingClientRect();
          expect(r.width * r.height, a.href).to.be.greaterThan(0);
          expect(getComputedStyle(a).textDecorationLine).to.contain('underline');
          expect(contrast(a)).to.be.at.least(4.5);
          expect(a.protocol).to.match(/^https?:$/);
        }
      });

      it('keeps its controls clickable', () => {
        // Controls the user can see now (those in a closed <details> are not shown yet).
        const controls = [...els[i].shadowRoot!.querySelectorAll<HTMLElement>('button, summary, a, input, select')].filter((c) => c.checkVisibility());
        for (const c of controls) expect(hittable(c), `<${c.localName}> "${c.textContent!.trim().slice(0, 30)}" is covered`).to.equal(true);
        const summary = els[i].shadowRoot!.querySelector<HTMLElement>('details > summary');
        if (summary) {
          const details = summary.parentElement as HTMLDetailsElement;
          const wasOpen = details.open;
          summary.click();
          expect(details.open).to.equal(!wasOpen);
          summary.click();
        }
      });
    });
  });

  it('keeps the retry button clickable and working', async () => {
    win.IntegrationWidgets!.configure({ dataUrl: `/flaky/hostile-${Date.now()}/dist/data/` });
    const [el] = insert(win, [SNIPPETS[0]], '#other');
    const problem = await failed(el);
    expect(contrast(problem.querySelector('p')!)).to.be.at.least(4.5);
    const button = problem.querySelector('button')!;
    expect(hittable(button)).to.equal(true);
    expect(contrast(button)).to.be.at.least(4.5);
    button.click();
    await ready(el, SNIPPETS[0].shows);
    expect(win.__probe.errors).to.deep.equal([]);
  });
});
