/**
 * How the elements lay out in right-to-left text and on narrow screens, from the sources: names
 * isolated and listed in the locale's way, markers that point the right way, English text in an
 * Arabic element aligned with it, and the checklist's form without dead space. (Pictures of every
 * element in Arabic, light and dark, are in the visual regression test: scripts/visual.mjs.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DATA_URL, resetData, settled, shadow } from './helpers.js';
import '../src/elements/practice-card/practice-card.js';
import '../src/elements/practice-list/practice-list.js';
import '../src/elements/context-picker/context-picker.js';
import '../src/elements/benchmark-checklist/benchmark-checklist.js';
import type { IwPracticeCard } from '../src/elements/practice-card/practice-card.js';
import type { IwPracticeList } from '../src/elements/practice-list/practice-list.js';
import type { IwContextPicker } from '../src/elements/context-picker/context-picker.js';
import type { IwBenchmarkChecklist } from '../src/elements/benchmark-checklist/benchmark-checklist.js';

async function drawn<T extends HTMLElement>(template: ReturnType<typeof html>, tag: string): Promise<T> {
  const host = await fixture<HTMLElement>(template);
  const el = (host.localName === tag ? host : host.querySelector(tag)!) as T & { updateComplete: Promise<unknown> };
  await settled(el);
  await el.updateComplete;
  return el;
}

/** The fact (`<dd>`) after the label `label` of a full card. */
const fact = (el: Element, label: string) => [...el.shadowRoot!.querySelectorAll('dt')].find((dt) => dt.textContent!.trim() === label)!.nextElementSibling!;

/** What an isolated list looks like: each name isolated (in a `<bdi>`, or between FSI and PDI in plain text) as [name], and the text between them. */
const isolated = (el: Element) =>
  [...el.childNodes]
    .filter((n) => n.nodeType !== Node.COMMENT_NODE)
    .map((n) => (n instanceof HTMLElement && n.localName === 'bdi' ? `[${n.textContent}]` : n.textContent))
    .join('')
    .replace(/\u2068/g, '[')
    .replace(/\u2069/g, ']')
    .replace(/\s+/g, ' ')
    .trim();

describe('right to left and narrow screens', () => {
  afterEach(() => resetData());

  describe('<iw-practice-card>', () => {
    it('lists organisations in the locale\'s way, each name isolated: "A and B" in English, "A وB" in Arabic', async () => {
      const en = await drawn<IwPracticeCard>(html`<iw-practice-card practice="bilbao-anti-rumour-strategy"></iw-practice-card>`, 'iw-practice-card');
      expect(isolated(fact(en, 'Organisations'))).to.equal('[Bilbao City Council] and [Asociación de Mediación de Euskadi]');
      const ar = await drawn<IwPracticeCard>(html`<div lang="ar" dir="rtl"><iw-practice-card practice="bilbao-anti-rumour-strategy"></iw-practice-card></div>`, 'iw-practice-card');
      expect(isolated(fact(ar, 'المنظمات'))).to.equal('[Bilbao City Council] و[Asociación de Mediación de Euskadi]');
    });

    it('isolates each part of the place, after the locale\'s comma (Arabic "،")', async () => {
      const ar = await drawn<IwPracticeCard>(html`<div lang="ar" dir="rtl"><iw-practice-card practice="bilbao-anti-rumour-strategy"></iw-practice-card></div>`, 'iw-practice-card');
      // The card draws its record at once and its translated place names when they arrive (later on a busy machine).
      const place = () => isolated(shadow(ar, '.place')!);
      await waitUntil(() => place().startsWith('[بلباو]'), `the place names were not translated: ${place()}`, { timeout: 10000 });
      expect(place()).to.equal('[بلباو]، [إقليم الباسك]، [إسبانيا]');
      const en = await drawn<IwPracticeCard>(html`<iw-practice-card practice="startwien-vienna"></iw-practice-card>`, 'iw-practice-card');
      expect(isolated(shadow(en, '.place')!)).to.equal('[Vienna], [Austria]');
    });

    it('keeps the English citation left to right inside Arabic text', async () => {
      const ar = await drawn<IwPracticeCard>(html`<div lang="ar" dir="rtl"><iw-practice-card practice="bilbao-anti-rumour-strategy"></iw-practice-card></div>`, 'iw-practice-card');
      const cited = shadow(ar, '[part="citation"] bdi')!;
      expect([cited.getAttribute('lang'), cited.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
      expect(cited.textContent).to.match(/\.$/);
    });

    it('an English notice in an Arabic card keeps its full stop at its end (its own paragraph direction)', async () => {
      const ar = await drawn<IwPracticeCard>(html`<div lang="ar" dir="rtl"><iw-practice-card practice="startwien-vienna" heading-level="9"></iw-practice-card></div>`, 'iw-practice-card');
      const notices = [...ar.shadowRoot!.querySelectorAll<HTMLElement>('.notice')];
      expect(notices.length).to.be.greaterThan(0);
      for (const n of notices) expect(getComputedStyle(n).unicodeBidi).to.equal('plaintext');
    });
  });

  describe('<iw-practice-list>', () => {
    it('filter chevrons point down (up when open) in both directions, not sideways in Arabic', async () => {
      const arrow = (el: IwPracticeList) => {
        const summary = shadow(el, '[part="filter"] > summary')!;
        const s = getComputedStyle(summary, '::after');
        return { right: s.borderRightWidth !== '0px', bottom: s.borderBottomWidth !== '0px', left: s.borderLeftWidth !== '0px', transform: s.transform };
      };
      const ltr = await drawn<IwPracticeList>(html`<iw-practice-list></iw-practice-list>`, 'iw-practice-list');
      const rtl = await drawn<IwPracticeList>(html`<div lang="ar" dir="rtl"><iw-practice-list></iw-practice-list></div>`, 'iw-practice-list');
      expect(getComputedStyle(shadow(rtl, '[part="base"]')!).direction).to.equal('rtl');
      expect(arrow(ltr)).to.deep.include({ right: true, bottom: true, left: false });
      expect(arrow(rtl)).to.deep.equal(arrow(ltr));
    });

    it('long search text wraps in its chip at 320 px', async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="inline-size: 320px"><iw-practice-list query=${'x'.repeat(300)}></iw-practice-list></div>`);
      const el = wrap.querySelector('iw-practice-list')!;
      await settled(el);
      await el.updateComplete;
      const chip = shadow(el, '[part="chip"]')!;
      expect(chip.getBoundingClientRect().width).to.be.at.most(320);
      expect(el.shadowRoot!.querySelector('[part="base"]')!.scrollWidth).to.be.at.most(320);
    });
  });

  describe('<iw-context-picker>', () => {
    it('in Arabic, an English factor name that wraps stays on the side of its checkbox', async () => {
      const el = await drawn<IwContextPicker>(html`<div lang="ar" dir="rtl" style="inline-size: 240px"><iw-context-picker></iw-context-picker></div>`, 'iw-context-picker');
      const name = shadow(el, '.check bdi')!;
      expect(name.getBoundingClientRect().height, 'the name wraps at this width').to.be.greaterThan(30);
      expect(getComputedStyle(name).textAlign).to.equal('right');
    });

    it('quotes each wording of the benchmark on its own line, isolated in its own language and direction', async () => {
      const el = await drawn<IwContextPicker>(html`<div lang="ar" dir="rtl"><iw-context-picker benchmark="inclucities-0"></iw-context-picker></div>`, 'iw-context-picker');
      const quotes = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="hint"] bdi')];
      expect(quotes.length).to.be.greaterThan(1);
      for (const q of quotes) {
        expect([q.dir, getComputedStyle(q).display]).to.deep.equal([q.lang === 'ar' ? 'rtl' : 'ltr', 'block']);
        expect(q.textContent).to.match(/^“.*”$/);
      }
    });
  });

  describe('<iw-benchmark-checklist>', () => {
    const open = () => drawn<IwBenchmarkChecklist>(html`<iw-benchmark-checklist benchmark="values-common" no-storage></iw-benchmark-checklist>`, 'iw-benchmark-checklist');

    it('leaves no empty space under a text box: each field is as tall as its label and box', async () => {
      const el = await open();
      for (const field of el.shadowRoot!.querySelectorAll<HTMLElement>('.form .field')) {
        const box = field.querySelector('textarea, input')!;
        const label = field.querySelector('label')!;
        const room = field.getBoundingClientRect().height - box.getBoundingClientRect().height - label.getBoundingClientRect().height;
        expect(room, `room left in the field of ${label.textContent}`).to.be.below(12);
      }
    });

    it('marks every section that opens with a chevron that turns when it opens, mirrored in Arabic', async () => {
      const marker = (summary: Element) => getComputedStyle(summary, '::before');
      const ltr = await open();
      const [first, second] = [...ltr.shadowRoot!.querySelectorAll<HTMLElement>('[part="factor"] > summary')];
      expect((first.parentElement as HTMLDetailsElement).open).to.equal(true);
      expect((second.parentElement as HTMLDetailsElement).open).to.equal(false);
      expect(marker(second).content).to.equal('""');
      expect(marker(second).borderRightWidth).to.not.equal('0px');
      expect(marker(first).transform).to.not.equal(marker(second).transform);
      for (const summary of ltr.shadowRoot!.querySelectorAll('summary')) expect(marker(summary).content, summary.textContent!).to.equal('""');
      const rtl = await drawn<IwBenchmarkChecklist>(html`<div lang="ar" dir="rtl"><iw-benchmark-checklist benchmark="values-common" no-storage></iw-benchmark-checklist></div>`, 'iw-benchmark-checklist');
      const closed = rtl.shadowRoot!.querySelectorAll<HTMLElement>('[part="factor"] > summary')[1];
      expect(marker(closed).transform, 'closed, pointing the other way').to.not.equal(marker(second).transform);
    });

    it('adds no room to the page for its summary table, which only screen readers get', async () => {
      // A table grows to its content whatever its box says: squeezed into the 1 px of a visually
      // hidden box, it was thousands of pixels tall, an empty tail the page could scroll into.
      for (const width of [320, 1280]) {
        const el = await drawn<IwBenchmarkChecklist>(html`<div style="inline-size: ${width}px"><iw-benchmark-checklist benchmark="whole-comm-employment" no-storage></iw-benchmark-checklist></div>`, 'iw-benchmark-checklist');
        const table = shadow(el, '[part="summary"] table')!;
        expect(table.textContent, 'the table is there for screen readers').to.contain('Status');
        // The page (the element is all the test page holds) scrolls no further than the element's end.
        const box = el.getBoundingClientRect();
        const page = document.documentElement;
        expect(page.scrollHeight, `${width} px: the page is no taller than the element`).to.be.at.most(Math.max(innerHeight, Math.ceil(box.bottom + scrollY) + 20));
        expect(page.scrollWidth, `${width} px: nor wider than the window`).to.be.at.most(Math.max(innerWidth, width + 20));
      }
    });

    it('keeps a long question inside its frame: the legend is laid out within the fieldset', async () => {
      const el = await drawn<IwBenchmarkChecklist>(html`<div style="inline-size: 320px"><iw-benchmark-checklist benchmark="values-common" no-storage></iw-benchmark-checklist></div>`, 'iw-benchmark-checklist');
      const question = shadow(el, '[part="question"]')!;
      const legend = question.querySelector('legend')!;
      expect(legend.getBoundingClientRect().height, 'the question wraps').to.be.greaterThan(30);
      expect(legend.getBoundingClientRect().top).to.be.at.least(question.getBoundingClientRect().top + parseFloat(getComputedStyle(question).borderTopWidth));
    });

    it('writes the chart\'s key factors and statuses at a readable size, whole, at 320 and at 1280 px', async () => {
      const names = (await (await fetch(`${DATA_URL}benchmark/inclucities-0.json`)).json()).keyFactors.map((kf: { number?: string; title: string }) => kf.title);
      for (const width of [320, 1280]) {
        const el = await drawn<IwBenchmarkChecklist>(html`<div style="inline-size: ${width}px"><iw-benchmark-checklist benchmark="inclucities-0" no-storage></iw-benchmark-checklist></div>`, 'iw-benchmark-checklist');
        const chart = shadow(el, '[part="chart"]')!;
        const labels = [...chart.querySelectorAll<HTMLElement>('.kf, .st')];
        expect(labels.length).to.equal(names.length * 2);
        for (const label of labels) {
          // The drawn height of one line of text: an SVG's text shrank with its viewBox to 5–6 px at 320 px.
          const lines = label.getClientRects();
          expect(lines[0].height, `${width} px: "${label.textContent}"`).to.be.at.least(14);
        }
        chart.querySelectorAll('.kf').forEach((label, i) => expect(label.textContent, 'the whole name, not cut').to.contain(names[i]));
        expect(chart.getBoundingClientRect().width).to.be.at.most(width);
      }
    });

    it('in Arabic, an English introduction (a custom dataset has no translation) reads as an English paragraph, left to right', async () => {
      const rtl = await drawn<IwBenchmarkChecklist>(html`<div lang="ar" dir="rtl"><iw-benchmark-checklist benchmark="proto" src="/test/pages/prototype-ids.json" no-storage></iw-benchmark-checklist></div>`, 'iw-benchmark-checklist');
      const intro = shadow(rtl, '.intro')!;
      expect([intro.lang, intro.dir, getComputedStyle(intro).direction]).to.deep.equal(['en', 'ltr', 'ltr']);
    });

    it('shows keyboard focus on the whole answer tile, not only on the small radio', async () => {
      const el = await open();
      const radio = shadow<HTMLInputElement>(el, '[part="question"] input[type="radio"]')!;
      radio.focus();
      await sendKeys({ press: 'ArrowRight' });
      const focused = el.shadowRoot!.activeElement as HTMLInputElement;
      expect(focused.matches(':focus-visible')).to.equal(true);
      expect(getComputedStyle(focused.closest('label')!).outlineStyle).to.equal('solid');
    });
  });
});
