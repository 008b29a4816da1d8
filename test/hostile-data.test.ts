/**
 * A custom dataset (`src`) whose every text field carries script-injection payloads, broken
 * Unicode, bidi overrides and absurd lengths (test/pages/hostile/make-payloads.mjs): nothing
 * executes, nothing is injected, the text shows as text, and no link leaves http(s).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { capture, resetData, settled, shadow, textOf } from './helpers.js';
import '../src/elements/practice-card/practice-card.js';
import type { IwPracticeCard } from '../src/elements/practice-card/practice-card.js';
import type { Dataset, Practice } from '../src/data/types.js';

const SRC = '/test/pages/hostile/payloads.json';
/** Tags the payloads try to smuggle in; none of them may appear in any shadow root. */
const SMUGGLED = ['script', 'img', 'svg', 'iframe', 'math', 'mtext', 'mglyph', 'table', 'style', 'circle', 'object', 'embed', 'link'];

type Pwnable = Window & { __pwned?: unknown };
let alerts = 0;
const realAlert = window.alert;

function assertInert(el: Element): void {
  const root = el.shadowRoot!;
  expect((window as Pwnable).__pwned, 'a payload ran').to.equal(undefined);
  expect(alerts, 'alert() was called').to.equal(0);
  expect([...root.querySelectorAll(SMUGGLED.join(','))].map((n) => n.localName), 'injected elements').to.deep.equal([]);
  for (const node of root.querySelectorAll('*')) {
    const handlers = [...node.attributes].filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value));
    expect(handlers.map((a) => `${node.localName}[${a.name}]`)).to.deep.equal([]);
  }
  for (const a of root.querySelectorAll('a')) expect(new URL(a.href).protocol, a.href).to.match(/^https?:$/);
}

describe('hostile data', () => {
  let dataset: Dataset;
  before(async () => {
    dataset = await (await fetch(SRC)).json();
    window.alert = window.confirm = window.prompt = () => void (alerts += 1) as never;
  });
  after(() => {
    window.alert = realAlert;
    resetData();
  });

  it('the payload dataset follows the schema, so the elements really render it', async () => {
    const el = await fixture<IwPracticeCard>(html`<iw-practice-card practice="hostile-0" src=${SRC}></iw-practice-card>`);
    await settled(el);
    expect(shadow(el, '[data-kind="error"]')).to.equal(null);
    expect(dataset.practices!.length).to.be.greaterThan(10);
  });

  it('renders every payload as inert text in <iw-practice-card>, both variants, expanded', async function () {
    this.timeout(60000);
    for (const p of dataset.practices as Practice[]) {
      for (const variant of ['full', 'compact']) {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 24em">
          <iw-practice-card practice=${p.id} src=${SRC} variant=${variant}></iw-practice-card>
        </div>`);
        const el = wrapper.firstElementChild as IwPracticeCard;
        await settled(el);
        shadow<HTMLDetailsElement>(el, 'details')?.setAttribute('open', '');
        await el.updateComplete;
        assertInert(el);
        // The payload is shown as the characters it is made of.
        expect(shadow(el, '[part="title"]')!.textContent!.trim()).to.equal(p.title.trim());
        if (variant === 'full') expect(textOf(el)).to.contain(p.organisations![0].replace(/\s+/g, ' ').trim());
        // Long words wrap inside the card instead of pushing the page sideways.
        const article = shadow(el, 'article')!;
        expect(article.scrollWidth, `${p.id} overflows`).to.be.at.most(article.clientWidth + 1);
        expect(el.getBoundingClientRect().width).to.be.at.most(wrapper.getBoundingClientRect().width + 1);
      }
    }
  });

  it('the link whose address carries markup stays one plain https link', async () => {
    const el = await fixture<IwPracticeCard>(html`<iw-practice-card practice="hostile-1" src=${SRC}></iw-practice-card>`);
    await settled(el);
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.href);
    expect(hrefs).to.have.length(2);
    expect(hrefs[0]).to.equal('https://example.org/%22%3E%3Cscript%3Etop.__pwned=%22href%22%3C/script%3E');
    assertInert(el);
  });

  it('keeps bidi overrides inside the dataset text (titles isolated with <bdi>, summaries a paragraph of their own)', async () => {
    const rlo = (dataset.practices as Practice[]).find((p) => p.title.includes('\u202e'))!;
    const el = await fixture<IwPracticeCard>(html`<iw-practice-card practice=${rlo.id} src=${SRC}></iw-practice-card>`);
    await settled(el);
    expect(shadow(el, '[part="title"] bdi')!.textContent).to.equal(rlo.title);
    // The summary is a block with the direction of its language: an override inside ends with it.
    const summary = shadow(el, '[part="summary"]')!;
    expect(getComputedStyle(summary).display).to.equal('block');
    expect(getComputedStyle(summary).direction).to.equal('ltr');
  });

  it('refuses a javascript: link set by script, with a readable reason, and never shows it', async () => {
    const bad = { ...(dataset.practices![0] as Practice), urls: [{ url: 'javascript:top.__pwned="prop"', label: 'Click' }] };
    const { errors, result: el } = await capture(async () => {
      const el = await fixture<IwPracticeCard>(html`<iw-practice-card .practice=${bad}></iw-practice-card>`);
      await settled(el);
      return el;
    });
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    expect(textOf(el)).to.contain('not valid');
    expect(errors[0].detail.code).to.equal('invalid-data');
    expect(errors[0].detail.message).to.match(/urls\[0\]\.url.*invalid format/);
    assertInert(el);
  });

  it('refuses a whole custom dataset with a javascript: link in it, with a message and only a retry button', async () => {
    const { errors, result: el } = await capture(async () => {
      const el = await fixture<IwPracticeCard>(html`<iw-practice-card practice="hostile-0" src="/test/pages/hostile/bad-link-dataset.json"></iw-practice-card>`);
      await settled(el);
      return el;
    });
    expect(textOf(el)).to.contain('not in the expected format');
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    expect([...el.shadowRoot!.querySelectorAll('button')].map((b) => b.getAttribute('part'))).to.deep.equal(['retry-button']);
    expect(errors[0].detail.code).to.equal('invalid-data');
    expect(errors[0].detail.message).to.match(/record "hostile-0", field "practices\[0\]\.urls\[0\]\.url" has an invalid format/);
    assertInert(el);
  });
});
