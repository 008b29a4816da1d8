/**
 * The built script on a dark page that sets only its colours (no `color-scheme`, as many sites
 * do): every field, menu, dialog, progress track and focus ring must stay readable, because the
 * widgets derive their colours from the page's text colour instead of a fixed white or `Canvas`.
 * axe's colour-contrast rule runs over everything, dialogs open.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { SNIPPETS, addScript, closePages, insert, loadBuild, openPage, ready, type PageWindow } from './embed-snippets.js';
import { backgroundOf, contrast, contrastAround, ratio, rgba } from './contrast.js';

type AxeResult = { violations: { id: string; nodes: { target: unknown; failureSummary?: string }[] }[] };
type AxeWindow = PageWindow & { axe: { run(context: Document, options: object): Promise<AxeResult> } };

const byTag = (els: HTMLElement[], tag: string) => els.find((e) => e.localName === tag)!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

/** The contrast of a focused control's ring: against what is around it, or against the control for a ring drawn inside. */
function ring(el: HTMLElement): number {
  const style = getComputedStyle(el);
  expect(style.outlineStyle, `outline of <${el.localName}>`).to.equal('solid');
  return parseFloat(style.outlineOffset) < 0 ? ratio(rgba(style.outlineColor), backgroundOf(el)) : contrastAround(style.outlineColor, el);
}

/** Focuses a control as the keyboard does (so `:focus-visible` applies). */
function focus(el: HTMLElement): void {
  el.focus();
  expect(el.matches(':focus-visible'), `<${el.localName}> shows keyboard focus`).to.equal(true);
}

describe('on a dark host page', () => {
  let win: AxeWindow;
  let els: HTMLElement[];

  before(async () => {
    win = (await openPage('/test/pages/dark/dark.html', 1000)) as AxeWindow;
    els = insert(win);
    await loadBuild(win, 'esm');
    await Promise.all(els.map((el, i) => ready(el, SNIPPETS[i].shows)));
    await addScript(win, '/node_modules/axe-core/axe.min.js');
  });
  after(closePages);

  it('the page really is dark, and says nothing about it to the browser (no color-scheme)', () => {
    expect(getComputedStyle(win.document.documentElement).backgroundColor).to.equal('rgb(29, 35, 48)');
    expect(getComputedStyle(win.document.documentElement).colorScheme).to.equal('normal');
  });

  it('the explorer\'s search box shows typed text readably (4.5:1), with a visible border (3:1)', async () => {
    const list = byTag(els, 'iw-practice-list');
    const box = $<HTMLInputElement>(list, 'input[type="search"]');
    box.value = 'refugees';
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await (list as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(contrast(box), 'typed text').to.be.at.least(4.5);
    expect(contrastAround(getComputedStyle(box).borderTopColor, box), 'border').to.be.at.least(3);
    focus(box);
    expect(ring(box), 'focus ring').to.be.at.least(3);
  });

  it('the order menu and its options are readable', () => {
    const select = $<HTMLSelectElement>(byTag(els, 'iw-practice-list'), 'select');
    expect(contrast(select), 'menu').to.be.at.least(4.5);
    for (const option of select.options) {
      expect(rgba(getComputedStyle(option).backgroundColor)[3], 'an opaque option background').to.equal(1);
      expect(contrast(option), `option "${option.text}"`).to.be.at.least(4.5);
    }
  });

  it('the 0 % progress track reads as empty: a visible outline (3:1), not a light bar', () => {
    const progress = $<HTMLProgressElement>(byTag(els, 'iw-benchmark-checklist'), 'progress');
    expect(progress.value).to.equal(0);
    const style = getComputedStyle(progress);
    expect(style.appearance, 'drawn by the widget, not by the browser').to.equal('none');
    expect(contrastAround(style.borderTopColor, progress), 'track outline').to.be.at.least(3);
    expect(contrastAround(style.backgroundColor, progress), 'track fill, close to the page').to.be.below(1.3);
  });

  it('focus rings keep 3:1 against the page: buttons, filters, answer tiles, checkboxes, links', () => {
    const list = byTag(els, 'iw-practice-list');
    const checklist = byTag(els, 'iw-benchmark-checklist');
    const picker = byTag(els, 'iw-context-picker');
    const panel = byTag(els, 'iw-info-panel');
    const controls: [HTMLElement, HTMLElement][] = [
      [$(list, '[part~="open-button"]'), $(list, '[part~="open-button"]')],
      [$(list, '[part="filter"] > summary'), $(list, '[part="filter"] > summary')],
      [$(checklist, '.choices input'), $<HTMLElement>(checklist, '.choices input').closest('label')!],
      [$(checklist, '[part="toolbar"] button'), $(checklist, '[part="toolbar"] button')],
      [$(picker, 'input[type="checkbox"]'), $(picker, 'input[type="checkbox"]')],
      [$(panel, '[part~="language-button"]'), $(panel, '[part~="language-button"]')],
    ];
    for (const [control, ringed] of controls) {
      focus(control);
      expect(ring(ringed), `ring of ${ringed.localName}.${ringed.className}`).to.be.at.least(3);
    }
    // The current language is filled with the accent: its ring is inside, in the colour of its text.
    const current = $(panel, '[part~="language-button"][aria-pressed="true"]');
    focus(current);
    expect(ring(current), 'ring of the current language').to.be.at.least(3);
  });

  it('the practice dialog is readable: an opaque background and 4.5:1 text; axe finds no contrast problem', async () => {
    const list = byTag(els, 'iw-practice-list');
    $<HTMLButtonElement>(list, '[part~="open-button"]').click();
    const dialog = $<HTMLDialogElement>(list, 'dialog');
    await waitUntil(() => dialog.open && dialog.querySelector('iw-practice-card')?.shadowRoot?.querySelector('[part="title"]'), 'the dialog did not open');
    const full = dialog.querySelector('iw-practice-card')!;
    await ready(full);
    expect(rgba(getComputedStyle(dialog).backgroundColor)[3], 'opaque').to.equal(1);
    expect(contrast(dialog)).to.be.at.least(4.5);
    for (const el of full.shadowRoot!.querySelectorAll('p, h2, dd, dt, li, summary, button')) {
      expect(contrast(el), `${el.localName}.${el.className} "${el.textContent!.trim().slice(0, 30)}"`).to.be.at.least(4.5);
    }
    const { violations } = await win.axe.run(win.document, { runOnly: ['color-contrast'] });
    expect(violations.flatMap((v) => v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary}`))).to.deep.equal([]);
    dialog.close();
  });

  it('the checklist\'s confirmation dialog is readable, its main button too', async () => {
    const checklist = byTag(els, 'iw-benchmark-checklist');
    [...checklist.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="toolbar"] button')].at(-1)!.click();
    const dialog = $<HTMLDialogElement>(checklist, 'dialog');
    await waitUntil(() => dialog.open, 'the dialog did not open');
    expect(rgba(getComputedStyle(dialog).backgroundColor)[3], 'opaque').to.equal(1);
    expect(contrast(dialog.querySelector('p')!)).to.be.at.least(4.5);
    const primary = dialog.querySelector<HTMLButtonElement>('.primary')!;
    expect(contrast(primary), 'text on the accent').to.be.at.least(4.5);
    focus(primary);
    expect(ring(primary), 'its focus ring').to.be.at.least(3);
    const { violations } = await win.axe.run(win.document, { runOnly: ['color-contrast'] });
    expect(violations.flatMap((v) => v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary}`))).to.deep.equal([]);
    dialog.querySelectorAll('button')[1].click();
  });
});
