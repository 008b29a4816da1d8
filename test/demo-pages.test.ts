/**
 * Every demo page as a visitor gets it, from the built files: no sideways scroll on phones and
 * tablets (WCAG 1.4.10 Reflow) in English and in Arabic, no layout shift while data arrives
 * (CLS under 0.05, from the Layout Instability API), and no axe violation of WCAG A/AA (colour
 * contrast on).
 * Pages load in an iframe whose width is the viewport's.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { addScript, closePages, type PageWindow } from './embed-snippets.js';

const PAGES = ['/demo/index.html', '/demo/explorer.html', '/demo/self-assessment.html', '/demo/languages.html', '/demo/embed.html'];
const WIDTHS = [320, 360, 375, 768];

type AxeWindow = PageWindow & { axe: { run(context: Document, options?: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } };

/** Opens a page in an iframe of the given viewport size; resolves once it has loaded. */
async function open(path: string, width: number, height = 800): Promise<{ frame: HTMLIFrameElement; win: PageWindow }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size: ${width}px; block-size: ${height}px; border: 0`;
  frame.src = path;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as PageWindow };
}

/** Every widget of a page, also those inside other widgets (the explorer's dialog card). */
const widgets = (doc: Document) => [...doc.querySelectorAll<HTMLElement>('*')].filter((e) => e.localName.startsWith('iw-'));

const drawn = (el: HTMLElement) => {
  const root = el.shadowRoot;
  return !!root && root.childElementCount > 0 && !root.querySelector('[data-kind="loading"]');
};

/** Waits until every widget of the page shows its content or its message, in `lang` when given. */
async function settled(win: PageWindow, lang?: string): Promise<void> {
  await waitUntil(
    () =>
      widgets(win.document).every(
        (el) =>
          drawn(el) &&
          (!lang || el.closest('[lang]') !== win.document.documentElement || !!el.shadowRoot!.querySelector(`[lang="${lang}"], [data-kind="error"]`)),
      ),
    `${win.location.pathname}: the widgets did not finish drawing`,
    { timeout: 20000 },
  );
  await Promise.all(widgets(win.document).map((el) => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
  await new Promise((r) => setTimeout(r, 300));
  await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
}

/** How far the page scrolls sideways: its scroll width beyond its viewport. */
const overflow = (win: PageWindow) => win.document.documentElement.scrollWidth - win.document.documentElement.clientWidth;

/** The ancestors of an element within its own tree (document or shadow root). */
function* ancestors(el: Element) {
  for (let n = el.parentElement; n; n = n.parentElement) yield n;
}

/** The widest element box of the page, to say what overflows. */
function culprit(win: PageWindow): string {
  const vw = win.document.documentElement.clientWidth;
  let worst = '';
  let max = vw;
  const walk = (root: Document | ShadowRoot, path: string) => {
    for (const el of root.querySelectorAll('*')) {
      // What a box clips (a visually hidden text, say) cannot widen the page.
      if ([...ancestors(el)].some((a) => getComputedStyle(a).overflowX !== 'visible')) continue;
      const r = el.getBoundingClientRect();
      const edge = Math.max(r.right, vw - r.left);
      if (edge > max + 0.5 && r.width > 0) {
        max = edge;
        worst = `${path}${el.localName}${el.className ? `.${String(el.className).replace(/\s+/g, '.')}` : ''} (${Math.round(r.left)}–${Math.round(r.right)} px)`;
      }
      if (el.shadowRoot) walk(el.shadowRoot, `${path}${el.localName} › `);
    }
  };
  walk(win.document, '');
  return worst || 'nothing visible';
}

describe('demo pages', function () {
  this.timeout(180000);
  afterEach(closePages);

  for (const path of PAGES) {
    describe(path, () => {
      for (const dir of ['ltr', 'rtl'] as const) {
        it(`${dir === 'rtl' ? 'in Arabic, right to left' : 'in English'}: no sideways scroll at ${WIDTHS.join(', ')} px`, async () => {
          const { frame, win } = await open(path, WIDTHS[0]);
          if (dir === 'rtl') {
            win.document.documentElement.lang = 'ar';
            win.document.documentElement.dir = 'rtl';
          }
          await settled(win, dir === 'rtl' ? 'ar' : undefined);
          for (const width of WIDTHS) {
            frame.style.inlineSize = `${width}px`;
            await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
            expect(overflow(win), `${width} px, ${dir}: the page scrolls sideways; widest: ${culprit(win)}`).to.equal(0);
          }
        });
      }

      it('shifts no layout while its data arrives (CLS < 0.05 on a 412 × 823 phone screen)', async () => {
        const { win } = await open(path, 412, 823);
        await settled(win);
        const shifts = await new Promise<{ value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]>((resolve) => {
          new win.PerformanceObserver((list, observer) => {
            observer.disconnect();
            resolve(list.getEntries() as never);
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve([]), 1000);
        });
        const counted = shifts.filter((s) => !s.hadRecentInput);
        // The sum of every shift is at least the CLS (its largest session window).
        const total = counted.reduce((sum, s) => sum + s.value, 0);
        const moved = counted.flatMap((s) => (s.sources ?? []).map((x) => (x.node as Element | undefined)?.localName ?? '?'));
        expect(total, `layout shifts of ${moved.join(', ')}`).to.be.below(0.05);
      });

      it('has no axe violation of WCAG 2.2 A and AA, colour contrast included', async () => {
        const { win } = await open(path, 1000);
        await settled(win);
        await addScript(win, '/node_modules/axe-core/axe.min.js');
        // The WCAG rules (README promises 2.1 AA); axe's best-practice rules would also judge the
        // demo pages' own outline (the bare embed page has no <main> on purpose).
        const { violations } = await (win as AxeWindow).axe.run(win.document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`)).to.deep.equal([]);
      });
    });
  }

  it('long unbroken ids and queries wrap at 320 px instead of widening the page (F18)', async () => {
    const long = `a${'b'.repeat(2000)}`;
    const { win } = await open('/test/pages/hostile/blank.html', 320);
    win.document.querySelector('#slot')!.innerHTML = `
      <iw-practice-card practice="${long}"></iw-practice-card>
      <iw-benchmark-checklist benchmark="${long}" no-storage></iw-benchmark-checklist>
      <iw-info-panel topic="${long}"></iw-info-panel>
      <iw-context-picker benchmark="${long}"></iw-context-picker>
      <iw-practice-list query="${long}" themes="${long}"></iw-practice-list>
      <iw-practice-list ids="${'x'.repeat(46)}" no-controls></iw-practice-list>`;
    await addScript(win, '/dist/integration-widgets.js', true);
    await settled(win);
    for (const dir of ['ltr', 'rtl']) {
      win.document.documentElement.dir = dir;
      await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
      expect(overflow(win), `${dir}: the page scrolls sideways; widest: ${culprit(win)}`).to.equal(0);
    }
  });
});
