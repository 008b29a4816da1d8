/**
 * Hostile or faulty data never breaks a widget: malformed `src` URLs (B5/F7), a topic block
 * without its items (F8), duplicate ids (F21), `configure({ timeout })` values that are not
 * one (F17), and a failed load that must not drop a newer one from the cache.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { capture, failOnUncaught, resetData, settled, shadow, textOf } from './helpers.js';
import { configureData, loadFile, peekPractice, peekSources } from '../src/data/store.js';
import { validate, formatIssue } from '../src/data/validate.js';
import '../src/elements/practice-card/practice-card.js';
import '../src/elements/practice-list/practice-list.js';
import '../src/elements/benchmark-checklist/benchmark-checklist.js';
import '../src/elements/context-picker/context-picker.js';
import '../src/elements/info-panel/info-panel.js';

/** Every element that takes a custom dataset, given a `src`. */
const ELEMENTS = [
  (src: string) => html`<iw-practice-card practice="custom-one" src=${src}></iw-practice-card>`,
  (src: string) => html`<iw-practice-list src=${src}></iw-practice-list>`,
  (src: string) => html`<iw-benchmark-checklist benchmark="custom" src=${src} no-storage></iw-benchmark-checklist>`,
  (src: string) => html`<iw-context-picker src=${src}></iw-context-picker>`,
  (src: string) => html`<iw-info-panel topic="custom" src=${src}></iw-info-panel>`,
];

describe('hostile data never breaks a widget', () => {
  failOnUncaught();
  beforeEach(() => resetData());

  describe('a malformed src (B5, F7)', () => {
    for (const src of ['http://[::1', 'https:javascript:x', 'http://127.0.0.1:99999/data.json']) {
      it(`every element says the src ${src} cannot be used, once, without throwing`, async () => {
        for (const make of ELEMENTS) {
          const { result: el, errors } = await capture(async () => {
            const el = (await fixture<HTMLElement>(make(src))) as HTMLElement;
            await settled(el);
            return el;
          });
          expect(textOf(shadow(el, '[data-kind="error"]')), el.localName).to.contain('The address of the data (the src attribute) is not valid.');
          expect(errors.map((e) => e.detail.code), el.localName).to.deep.equal(['invalid-attribute']);
        }
      });
    }

    it('replaces a card shown before with the message when its src becomes malformed at run time', async () => {
      const el = await fixture<HTMLElement>(html`<iw-practice-card practice="custom-one" src="/test/pages/custom-dataset.json"></iw-practice-card>`);
      await settled(el);
      expect(textOf(shadow(el, '[part="title"]'))).to.equal('A custom practice');
      const { errors } = await capture(async () => {
        el.setAttribute('src', 'http://[::1');
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        await settled(el);
      });
      expect(!!shadow(el, '[part="title"]'), 'the old title').to.equal(false);
      expect(textOf(el)).to.contain('is not valid');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-attribute']);
    });

    it('peeks at nothing, never throws, for a src that is not a URL', () => {
      expect(peekPractice('custom-one', 'http://[::1')).to.equal(undefined);
      expect(peekSources('http://[::1')).to.equal(undefined);
    });
  });

  describe('schema-valid shapes that an element could not draw (F8)', () => {
    it('refuses a topic with a list or links block that has no items, naming the field, and the panel says so', async () => {
      for (const type of ['list', 'links']) {
        const dataset = { topics: [{ id: 't-b', title: 'T', blocks: [{ type }], provenance: [{ source: 's', section: '1' }] }] };
        const issues = validate(dataset, 'dataset.schema.json');
        expect(issues.map(formatIssue)).to.deep.equal([`record "t-b", field "topics[0].blocks[0]" is missing the required field "items"`]);
      }
      const { result: el, errors } = await capture(async () => {
        const el = await fixture<HTMLElement>(html`<iw-info-panel topic="t-b" src="/test/pages/topic-without-items.json"></iw-info-panel>`);
        await settled(el);
        return el;
      });
      expect(textOf(el)).to.contain('not in the expected format');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-data']);
      expect(errors[0].detail.message).to.contain('is missing the required field "items"');
    });
  });

  describe('duplicate ids (F21)', () => {
    it('refuses a dataset whose context factors, questions or practices repeat an id, naming both', async () => {
      const cases: [ReturnType<typeof html>, string][] = [
        [html`<iw-context-picker src="/test/pages/duplicate-ids.json"></iw-context-picker>`, 'field "contextFactors[1].id" repeats the id of contextFactors[0]'],
        [html`<iw-benchmark-checklist benchmark="dup" src="/test/pages/duplicate-ids.json" no-storage></iw-benchmark-checklist>`, 'field "benchmarks[0].keyFactors[0].questions[1].id" repeats the id of benchmarks[0].keyFactors[0].questions[0]'],
        [html`<iw-practice-list src="/test/pages/duplicate-ids.json"></iw-practice-list>`, 'field "practices[1].id" repeats the id of practices[0]'],
      ];
      for (const [template, why] of cases) {
        resetData();
        const { result: el, errors } = await capture(async () => {
          const el = await fixture<HTMLElement>(template);
          await settled(el);
          return el;
        });
        expect(textOf(el), el.localName).to.contain('not in the expected format');
        expect(errors.map((e) => e.detail.code), el.localName).to.deep.equal(['invalid-data']);
        expect(errors[0].detail.message, el.localName).to.contain(why);
      }
    });
  });

  describe('configure({ timeout }) (F17)', () => {
    it('refuses a timeout that is not a number of milliseconds above 0, and keeps loading', async () => {
      for (const timeout of [0, -1, NaN, '5000' as unknown as number]) {
        const warnings: string[] = [];
        const warn = console.warn;
        console.warn = (...a: unknown[]) => void warnings.push(a.join(' '));
        try {
          configureData({ timeout });
        } finally {
          console.warn = warn;
        }
        expect(warnings, String(timeout)).to.have.length(1);
        expect(warnings[0]).to.contain('configure({ timeout }) takes a number of milliseconds above 0');
        const el = await fixture<HTMLElement>(html`<iw-practice-card practice="startwien-vienna"></iw-practice-card>`);
        await settled(el);
        expect(!!shadow(el, '[part="title"]'), String(timeout)).to.equal(true);
      }
    });

    it('treats Infinity or a huge timeout as "wait as long as a timer can", not as "fail at once"', async () => {
      for (const timeout of [Infinity, 2 ** 40]) {
        configureData({ timeout });
        const el = await fixture<HTMLElement>(html`<iw-practice-card practice="mechelen-inclusive-city-strategy"></iw-practice-card>`);
        await settled(el);
        expect(!!shadow(el, '[part="title"]'), String(timeout)).to.equal(true);
      }
    });
  });

  describe('the cache', () => {
    it('keeps a newer load when an older one for the same file fails after configure()', async () => {
      configureData({ dataUrl: new URL('/hang/dist/data/', location.href).href, timeout: 200 });
      const older = loadFile('sources.json');
      configureData({ dataUrl: new URL('/hang/dist/data/', location.href).href, timeout: 15000 });
      const newer = loadFile('sources.json');
      newer.catch(() => undefined);
      const error = await older.then(() => undefined, (e: unknown) => e);
      expect((error as { code?: string }).code).to.equal('timeout');
      expect(loadFile('sources.json'), 'the same request, not a second one').to.equal(newer);
      resetData();
    });
  });
});
