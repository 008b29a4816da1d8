import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { allPractices, capture, resetData, settled, shadow, textOf } from './helpers.js';
import '../src/elements/practice-card/practice-card.js';
import type { IwPracticeCard } from '../src/elements/practice-card/practice-card.js';
import type { Practice } from '../src/data/types.js';

const card = async (template: ReturnType<typeof html>) => {
  const el = await fixture<IwPracticeCard>(template);
  await settled(el);
  return el;
};

describe('<iw-practice-card>', () => {
  afterEach(() => resetData());

  describe('loaded', () => {
    it('shows a real practice from the bundled dataset', async () => {
      const el = await card(html`<iw-practice-card practice="startwien-vienna"></iw-practice-card>`);
      const title = shadow(el, '[part="title"]')!;
      expect(title.tagName).to.equal('H3');
      expect(title.textContent!.trim()).to.equal('STARTwien');
      const text = textOf(el);
      expect(text).to.contain('Vienna, Austria');
      expect(text).to.contain('Municipal Department 17 - Integration and Diversity (MA 17)');
      expect(text).to.contain('Newcomers');
      expect(text).to.contain('Language learning');
      expect(text).to.match(/Source: European and global good practice collection.*\(Institute for Economic Research.*2017\), 2\.1\.5, “STARTwien”/);
      await expect(el).to.be.accessible();
    });

    it('writes place and country names in the page language', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div lang="fr"><iw-practice-card practice="startwien-vienna"></iw-practice-card></div>`);
      const el = wrapper.querySelector('iw-practice-card')!;
      await settled(el);
      await waitUntil(() => textOf(shadow(el, '[part="kind"] .place')) === 'Vienne, Autriche', 'the place is not named in French', { timeout: 5000 });
    });

    it('hides the long description until the reader expands it', async () => {
      const el = await card(html`<iw-practice-card practice="startwien-vienna"></iw-practice-card>`);
      const details = shadow<HTMLDetailsElement>(el, 'details')!;
      expect(details.open).to.equal(false);
      expect(details.querySelector('summary')!.textContent).to.contain('Read more');
      details.querySelector('summary')!.click();
      expect(details.open).to.equal(true);
      expect(details.textContent).to.contain('Key figures');
      expect(details.textContent).to.match(/€300|300\s?€/);
      await expect(el).to.be.accessible();
    });

    it('links only to real http(s) addresses, in a new tab with a hint', async () => {
      const el = await card(html`<iw-practice-card practice="startwien-vienna"></iw-practice-card>`);
      const links = [...el.shadowRoot!.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['http://www.startwien.at/en/startcoaching', 'http://www.startwien.at/en/modul-themen']);
      links.forEach((a) => expect(a.rel).to.contain('noopener'));
      expect(links[0].textContent).to.contain('opens in a new tab');
    });

    it('follows heading-level so the card fits the page outline', async () => {
      const el = await card(html`<iw-practice-card practice="startwien-vienna" heading-level="5"></iw-practice-card>`);
      expect(shadow(el, '[part="title"]')!.tagName).to.equal('H5');
    });

    it('accepts a whole practice record as a property', async () => {
      const [record] = await allPractices();
      const el = await fixture<IwPracticeCard>(html`<iw-practice-card .practice=${{ ...record, title: 'Set by script' }}></iw-practice-card>`);
      await settled(el);
      expect(shadow(el, '[part="title"]')!.textContent!.trim()).to.equal('Set by script');
    });

    it('writes ages with the plural forms of the reader\'s language', async () => {
      const [record] = await allPractices();
      const withAges = { ...record, ageRange: { min: 15, max: 29 } };
      const en = await card(html`<iw-practice-card .practice=${withAges}></iw-practice-card>`);
      expect(textOf(en)).to.contain('15–29 years');
      const uk = await card(html`<iw-practice-card lang="uk" .practice=${{ ...withAges, ageRange: { min: 12 } }}></iw-practice-card>`);
      expect(textOf(uk)).to.contain('12 років');
    });

    it('renders a city dilemma with its question and result', async () => {
      const dilemma = (await allPractices()).find((p) => p.kind === 'dilemma' && p.dilemma?.result)!;
      const el = await card(html`<iw-practice-card practice=${dilemma.id}></iw-practice-card>`);
      expect(textOf(el)).to.contain('City dilemma');
      const details = shadow<HTMLDetailsElement>(el, 'details')!;
      expect(details.textContent).to.contain(dilemma.dilemma!.question);
      expect(details.textContent).to.contain(dilemma.dilemma!.result!);
      await expect(el).to.be.accessible();
    });
  });

  describe('compact', () => {
    it('shows kind, title, place, summary and themes only', async () => {
      const el = await card(html`<iw-practice-card practice="startwien-vienna" variant="compact"></iw-practice-card>`);
      expect(shadow(el, '[part="title"]')).to.exist;
      expect(shadow(el, '[part="summary"]')).to.exist;
      expect(shadow(el, '[part="themes"]')).to.exist;
      expect(shadow(el, '[part="facts"]')).to.equal(null);
      expect(shadow(el, 'details')).to.equal(null);
      expect(shadow(el, '[part="citation"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('loading', () => {
    it('says it is loading while the data is on its way', async () => {
      resetData({ dataUrl: new URL('/slow/dist/data/', location.href).href });
      const el = await fixture<IwPracticeCard>(html`<iw-practice-card practice="startwien-vienna"></iw-practice-card>`);
      const status = shadow(el, '[data-kind="loading"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.contain('Loading practice');
      await expect(el).to.be.accessible();
      await settled(el);
      expect(shadow(el, '[part="title"]')!.textContent!.trim()).to.equal('STARTwien');
    });
  });

  describe('bad input', () => {
    it('explains a missing practice attribute', async () => {
      const { result: el, errors, warnings } = await capture(() => card(html`<iw-practice-card></iw-practice-card>`));
      expect(shadow(el, '[role="alert"]')!.textContent).to.contain('No practice was chosen');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['missing-attribute']);
      expect(warnings).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('explains an unknown practice id', async () => {
      const { result: el, errors, warnings } = await capture(() => card(html`<iw-practice-card practice="no-such-practice"></iw-practice-card>`));
      expect(shadow(el, '[role="alert"]')!.textContent).to.contain('there is no practice with the id "no-such-practice"');
      expect(shadow(el, 'button')).to.equal(null);
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['not-found']);
      expect(errors[0].detail.element).to.equal('iw-practice-card');
      expect(warnings).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('treats a malformed id as unknown without fetching', async () => {
      const { result: el, errors } = await capture(() => card(html`<iw-practice-card practice="../../etc/passwd"></iw-practice-card>`));
      expect(shadow(el, '[role="alert"]')!.textContent).to.contain('there is no practice');
      expect(errors[0].detail.code).to.equal('not-found');
    });

    it('falls back to level 3 and says so for an out-of-range heading-level', async () => {
      const { result: el, errors, warnings } = await capture(() =>
        card(html`<iw-practice-card practice="startwien-vienna" heading-level="9"></iw-practice-card>`),
      );
      expect(shadow(el, '[part="title"]')!.tagName).to.equal('H3');
      expect(shadow(el, '[role="note"]')!.textContent).to.contain('heading level of this card is not valid');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-attribute']);
      expect(warnings).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('offers Try again when the data cannot be reached, and recovers', async () => {
      resetData({ dataUrl: new URL('/flaky/card-retry/dist/data/', location.href).href });
      const { result: el, errors, warnings } = await capture(() => card(html`<iw-practice-card practice="startwien-vienna"></iw-practice-card>`));
      expect(shadow(el, '[role="alert"]')!.textContent).to.contain('could not be loaded');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['network']);
      expect(warnings).to.have.length(1);
      await expect(el).to.be.accessible();
      shadow<HTMLButtonElement>(el, 'button[part="retry-button"]')!.click();
      await el.updateComplete;
      await settled(el);
      expect(textOf(el)).to.contain('STARTwien');
    });

    it('reports a network error (no server) with a retry button', async () => {
      resetData({ dataUrl: 'http://127.0.0.1:9/data/' });
      const { result: el, errors } = await capture(() => card(html`<iw-practice-card practice="startwien-vienna"></iw-practice-card>`));
      expect(shadow(el, 'button[part="retry-button"]')).to.exist;
      expect(errors[0].detail.code).to.equal('network');
    });

    it('gives up with a timeout message instead of spinning forever', async () => {
      resetData({ dataUrl: new URL('/hang/dist/data/', location.href).href, timeout: 300 });
      const { result: el, errors } = await capture(() => card(html`<iw-practice-card practice="startwien-vienna"></iw-practice-card>`));
      expect(shadow(el, '[role="alert"]')!.textContent).to.contain('taking too long');
      expect(errors[0].detail.code).to.equal('timeout');
    });

    it('rejects an invalid record set by script, naming the field', async () => {
      const [record] = await allPractices();
      const bad = { ...record, countries: ['Belgium'] } as unknown as Practice;
      const { result: el, errors } = await capture(async () => {
        const el = await fixture<IwPracticeCard>(html`<iw-practice-card .practice=${bad}></iw-practice-card>`);
        await settled(el);
        return el;
      });
      expect(shadow(el, '[role="alert"]')!.textContent).to.contain('data is not valid');
      expect(errors[0].detail.code).to.equal('invalid-data');
      expect(errors[0].detail.message).to.contain(`record "${record.id}", field "countries[0]"`);
      await expect(el).to.be.accessible();
    });

    it('rejects a custom dataset that does not follow the schema', async () => {

      const url = new URL('/test/pages/bad-dataset.json', location.href).href;

      const { result: el, errors } = await capture(() => card(html`<iw-practice-card practice="x" src=${url}></iw-practice-card>`));
      expect(shadow(el, '[role="alert"]')!.textContent).to.contain('not in the expected format');
      expect(errors[0].detail.code).to.equal('invalid-data');
      expect(errors[0].detail.message).to.match(/record "bad-one", field "practices\[0\]\.title" must be a string/);
    });

    it('fires iw-error as a bubbling, composed event', async () => {
      const el = document.createElement('iw-practice-card');
      const wait = oneEvent(document, 'iw-error');
      document.body.append(el);
      const event = (await wait) as CustomEvent;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.include({ code: 'missing-attribute', element: 'iw-practice-card' });
      el.remove();
    });
  });

  describe('id and snippet for curators', () => {
    /** Replaces navigator.clipboard for one test: `write` stands for the browser's writeText. */
    async function withClipboard<T>(write: ((text: string) => Promise<void>) | undefined, fn: () => Promise<T>): Promise<T> {
      const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: write ? { writeText: write } : undefined });
      try {
        return await fn();
      } finally {
        if (own) Object.defineProperty(navigator, 'clipboard', own);
        else delete (navigator as { clipboard?: unknown }).clipboard;
      }
    }

    it('the full card shows the practice id and a Copy snippet button; compact cards and records set by script do not', async () => {
      const el = await card(html`<iw-practice-card practice="startwien-vienna"></iw-practice-card>`);
      const embed = shadow(el, '[part="embed"]')!;
      expect(textOf(embed)).to.contain('Practice id: startwien-vienna');
      expect(embed.querySelector('[part="copy-button"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Copy snippet: STARTwien');
      await expect(el).to.be.accessible();
      const compact = await card(html`<iw-practice-card practice="startwien-vienna" variant="compact"></iw-practice-card>`);
      expect(!!shadow(compact, '[part="embed"]')).to.equal(false);
      const record = (await allPractices()).find((p) => p.id === 'startwien-vienna')!;
      const scripted = await card(html`<iw-practice-card .practice=${record}></iw-practice-card>`);
      expect(!!shadow(scripted, '[part="title"]')).to.equal(true);
      expect(!!shadow(scripted, '[part="embed"]')).to.equal(false);
    });

    it('copies the snippet and says so politely', async () => {
      const el = await card(html`<iw-practice-card practice="startwien-vienna"></iw-practice-card>`);
      const copied: string[] = [];
      await withClipboard(
        async (text) => void copied.push(text),
        async () => {
          shadow<HTMLButtonElement>(el, '[part="copy-button"]')!.click();
          await waitUntil(() => copied.length && shadow(el, '.copied')!.textContent!.trim(), 'nothing was copied');
        },
      );
      expect(copied).to.deep.equal(['<iw-practice-card practice="startwien-vienna"></iw-practice-card>']);
      const status = shadow(el, '.copied')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent!.trim()).to.equal('Snippet copied.');
    });

    it('without permission to copy, selects the snippet for the reader to copy, and says how', async () => {
      // A browser that refuses (no permission), and one without the Clipboard API (an insecure page).
      for (const write of [async () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')), undefined]) {
        const el = await card(html`<iw-practice-card practice="ostend-maro"></iw-practice-card>`);
        expect(!!shadow(el, '[part="snippet"]'), 'no field before a copy').to.equal(false);
        await withClipboard(write, async () => {
          shadow<HTMLButtonElement>(el, '[part="copy-button"]')!.click();
          await waitUntil(() => shadow(el, '[part="snippet"]'), 'the snippet was not shown');
          await el.updateComplete;
        });
        const field = shadow<HTMLInputElement>(el, '[part="snippet"]')!;
        expect(field.value).to.equal(`<iw-practice-card practice="${el.practice}"></iw-practice-card>`);
        expect(el.shadowRoot!.activeElement).to.equal(field);
        expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
        expect(shadow(el, '.copied')!.textContent).to.contain('press Ctrl+C');
        await expect(el).to.be.accessible();
      }
    });

    it('a custom dataset goes into the snippet too', async () => {
      const url = new URL('/test/pages/custom-dataset.json', location.href).href;
      const el = await card(html`<iw-practice-card practice="custom-one" src=${url}></iw-practice-card>`);
      const copied: string[] = [];
      await withClipboard(
        async (text) => void copied.push(text),
        async () => {
          shadow<HTMLButtonElement>(el, '[part="copy-button"]')!.click();
          await waitUntil(() => copied.length, 'nothing was copied');
        },
      );
      expect(copied).to.deep.equal([`<iw-practice-card practice="custom-one" src="${url}"></iw-practice-card>`]);
    });
  });

  describe('custom dataset', () => {
    it('shows a practice from a custom src dataset', async () => {
      const url = new URL('/test/pages/custom-dataset.json', location.href).href;
      const el = await card(html`<iw-practice-card practice="custom-one" src=${url}></iw-practice-card>`);
      expect(shadow(el, '[part="title"]')!.textContent!.trim()).to.equal('A custom practice');
      expect(textOf(el)).to.contain('Portugal');
    });
  });
});
