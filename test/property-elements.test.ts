/**
 * Property-based tests in the browser (fast-check): random records set by script and random
 * attribute values never make an element throw; it shows either the content or a polite
 * message, and its verdict on a record is the validator's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { arbitraries } from './node/arbitraries.mjs';
import { capture, failOnUncaught, resetData, settled, shadow } from './helpers.js';
import { SNIPPETS, closePages, insert, loadBuild, openPage, shownSomething } from './embed-snippets.js';
import { schemas } from '../src/generated/schemas.js';
import { validate } from '../src/data/validate.js';
import '../src/elements/practice-card/practice-card.js';
import type { IwPracticeCard } from '../src/elements/practice-card/practice-card.js';
import type { Practice } from '../src/data/types.js';

const arb = arbitraries(fc, schemas['common.schema.json'].$defs as Record<string, { enum?: unknown[] }>);
// The seed web-test-runner.config.mjs chose (fixed unless PROPERTY_SEED says otherwise), so a failure repeats.
const seed = (window as { __PROPERTY_SEED__?: number }).__PROPERTY_SEED__;
fc.configureGlobal({ seed });
console.log(`property-elements: fast-check seed ${seed}`);

describe('property-based: elements never throw', () => {
  failOnUncaught();
  after(() => resetData());

  it('<iw-practice-card> shows a record set by script exactly when the validator accepts it', async function () {
    this.timeout(60000);
    await fc.assert(
      fc.asyncProperty(arb.practiceRecord, async (record) => {
        const { result: el, errors } = await capture(async () => {
          const el = await fixture<IwPracticeCard>(html`<iw-practice-card .practice=${record as Practice}></iw-practice-card>`);
          await settled(el);
          return el;
        });
        const valid = validate(record, 'practice.schema.json').length === 0;
        if (valid) {
          expect(shadow(el, '[part="title"]')!.textContent!.trim()).to.equal(String((record as Practice).title).trim());
          expect(errors).to.deep.equal([]);
        } else {
          expect(shadow(el, '[data-kind="error"]')!.textContent).to.contain('not valid');
          expect(errors).to.have.length(1);
          expect(errors[0].detail.code).to.equal('invalid-data');
          expect(errors[0].detail.message).to.match(/^The practice record is not valid: (record ".*", )?field ".+" \S/);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('<iw-practice-card> survives any attribute values, showing content or a message', async function () {
    this.timeout(60000);
    const attrs = fc.record({
      practice: fc.oneof(fc.constantFrom('startwien-vienna', 'mechelen-inclusive-city-strategy', '', ' ', '../practices', 'STARTWIEN'), arb.anyText),
      level: fc.oneof(fc.constantFrom('2', '6', '7', '-1', '3.5', ''), arb.anyText),
      variant: fc.oneof(fc.constantFrom('full', 'compact'), arb.anyText),
      lang: fc.constantFrom('en', 'ar', 'uk', 'fr', 'xx', '', 'de-AT', '\u202e'),
      src: fc.constantFrom(undefined, '/test/pages/custom-dataset.json', '/test/pages/bad-dataset.json', '/test/pages/hostile/nope.json', 'javascript:alert(1)', ' ', 'http://[::1', 'https:javascript:x', 'http://127.0.0.1:99999/x.json'),
    });
    await fc.assert(
      fc.asyncProperty(attrs, async (a) => {
        const { result: el } = await capture(async () => {
          const wrapper = await fixture<HTMLDivElement>(html`<div lang=${a.lang}>
            <iw-practice-card practice=${a.practice} heading-level=${a.level} variant=${a.variant} src=${a.src ?? ''}></iw-practice-card>
          </div>`);
          const el = wrapper.firstElementChild as IwPracticeCard;
          if (a.src === undefined) el.removeAttribute('src');
          await settled(el);
          // Changed at run time as well.
          el.setAttribute('practice', a.variant);
          await el.updateComplete;
          await settled(el);
          return el;
        });
        const shown = shadow(el, '[part="title"]') ?? shadow(el, '[data-kind="error"]');
        expect(shown, `nothing shown for ${JSON.stringify(a)}`).to.exist;
      }),
      { numRuns: 30 },
    );
  });

  SNIPPETS.forEach((s) => {
    it(`<${s.tag}> from the built file survives random values of its attributes`, async function () {
      this.timeout(60000);
      const win = await openPage('/test/pages/hostile/blank.html');
      await loadBuild(win, 'esm');
      const names = [...new DOMParser().parseFromString(s.html, 'text/html').body.firstElementChild!.attributes].map((a) => a.name);
      const attrs = fc.record(Object.fromEntries([...names, 'lang', 'src', 'heading-level'].map((n) => [n, fc.option(arb.anyText, { nil: undefined })])));
      await fc.assert(
        fc.asyncProperty(attrs, async (values) => {
          const [el] = insert(win, [s]);
          for (const [name, value] of Object.entries(values)) if (value !== undefined) el.setAttribute(name, value as string);
          await shownSomething(el);
          el.remove();
          expect(win.__probe.errors).to.deep.equal([]);
          expect(win.__probe.rejections).to.deep.equal([]);
        }),
        { numRuns: 20 },
      );
      closePages();
    });
  });
});
