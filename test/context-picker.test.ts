import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { capture, DATA_URL, resetData, settled, shadow, textOf } from './helpers.js';
import '../src/elements/context-picker/context-picker.js';
import type { IwContextPicker } from '../src/elements/context-picker/context-picker.js';
import type { ContextSelection } from '../src/data/assessment-types.js';
import type { ContextFactor } from '../src/data/types.js';

/**
 * A stand-in for `<iw-benchmark-checklist>` (built elsewhere), with only the side of the
 * contract the picker uses: a `context` property, and the `iw-assessment-load` /
 * `iw-assessment-change` events it fires when its assessment is loaded or changed.
 */
class FakeChecklist extends HTMLElement {
  /** Every assignment the picker makes, as the real checklist would save each one. */
  sets: ContextSelection[][] = [];
  private saved: ContextSelection[] = [];
  get context(): ContextSelection[] {
    return this.saved;
  }
  set context(value: ContextSelection[]) {
    this.saved = value;
    this.sets.push(value);
  }
  /** What the checklist does after loading an assessment (storage, import, another tab) or changing it. */
  load(context: ContextSelection[], type = 'iw-assessment-load'): void {
    this.saved = context;
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail: {} }));
  }
}
if (!customElements.get('iw-benchmark-checklist')) customElements.define('iw-benchmark-checklist', FakeChecklist);

let vocabulary: ContextFactor[];
const factors = async () => (vocabulary ??= await (await fetch(`${DATA_URL}context-factors.json`)).json());

const picker = async (template: ReturnType<typeof html>) => {
  const host = await fixture<HTMLElement>(template);
  const el = host.localName === 'iw-context-picker' ? (host as IwContextPicker) : host.querySelector('iw-context-picker')!;
  await settled(el);
  return el;
};

const checkbox = (el: IwContextPicker, id: string) => shadow<HTMLInputElement>(el, `input[type="checkbox"][data-id="${id}"]`)!;
const radio = (el: IwContextPicker, id: string, effect: string) => shadow<HTMLInputElement>(el, `input[type="radio"][data-id="${id}"][value="${effect}"]`)!;
const note = (el: IwContextPicker, id: string) => shadow<HTMLTextAreaElement>(el, `textarea[data-id="${id}"]`)!;
const titles = (el: IwContextPicker) => [...el.shadowRoot!.querySelectorAll('.check')].map((l) => l.textContent!.trim());

/** Types into a textarea the way the browser reports it. */
const type = (area: HTMLTextAreaElement, text: string) => {
  area.value = text;
  area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
};

/** Collects `iw-context-change` events. */
const changes = (el: HTMLElement) => {
  const seen: ContextSelection[][] = [];
  el.addEventListener('iw-context-change', (e) => seen.push(e.detail.value));
  return seen;
};

describe('<iw-context-picker>', () => {
  afterEach(() => resetData());

  describe('showing factors', () => {
    it('lists every factor of the shared vocabulary, each a checkbox named by its title', async () => {
      const el = await picker(html`<iw-context-picker></iw-context-picker>`);
      const all = await factors();
      expect(titles(el)).to.deep.equal(all.map((f) => f.title));
      expect(shadow(el, 'legend')!.textContent).to.contain('Local context');
      expect(el.shadowRoot!.querySelectorAll('input[type="radio"]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('shows description and examples only when the reader opens them', async () => {
      const el = await picker(html`<iw-context-picker></iw-context-picker>`);
      const [first] = await factors();
      const details = shadow<HTMLDetailsElement>(el, '[part="factor"] details')!;
      expect(details.open).to.equal(false);
      expect(details.querySelector('summary')!.textContent).to.contain('What it means');
      details.querySelector('summary')!.click();
      expect(details.open).to.equal(true);
      expect(details.textContent).to.contain(first.description);
      expect(details.textContent).to.contain(first.examples![0]);
      await expect(el).to.be.accessible();
    });

    it('shows only the factors of one benchmark, with its printed wording as a hint', async () => {
      const el = await picker(html`<iw-context-picker benchmark="whole-comm-employment"></iw-context-picker>`);
      expect(titles(el)).to.deep.equal(['Demography and migrant population', 'Labour market and economic conditions']);
      const box = checkbox(el, 'economy');
      const hint = el.shadowRoot!.getElementById(box.getAttribute('aria-describedby')!)!;
      expect(hint.textContent).to.contain('In this benchmark:');
      expect(hint.textContent).to.contain('“Varied and unique regional challenges affecting employment conditions.”');
      await expect(el).to.be.accessible();
    });

    it('gives every wording a benchmark uses for one factor, and none that repeats the title', async () => {
      const el = await picker(html`<iw-context-picker benchmark="inclucities-0"></iw-context-picker>`);
      const hint = textOf(shadow(el, '#h-national-policy'));
      expect(hint).to.contain('“Distribution of competences and relations across levels of government”');
      expect(hint).to.contain('“National or regional policy framework');
      const values = await picker(html`<iw-context-picker benchmark="values-common"></iw-context-picker>`);
      expect(checkbox(values, 'data-availability').hasAttribute('aria-describedby')).to.equal(false);
    });

    it('shows all factors for a benchmark that lists none', async () => {
      const el = await picker(html`<iw-context-picker benchmark="inclucities-3"></iw-context-picker>`);
      expect(titles(el)).to.have.length((await factors()).length);
    });

    it('keeps a chosen factor visible even if the benchmark does not list it', async () => {
      const el = await picker(html`<iw-context-picker benchmark="whole-comm-employment" .value=${[{ id: 'eu-funding', effect: 'helps' }]}></iw-context-picker>`);
      expect(titles(el)).to.include('EU and international funding');
      expect(checkbox(el, 'eu-funding').checked).to.equal(true);
    });

    it('says it is loading while the factors are on their way', async () => {
      resetData({ dataUrl: new URL('/slow/dist/data/', location.href).href });
      const el = await fixture<IwContextPicker>(html`<iw-context-picker></iw-context-picker>`);
      await waitUntil(() => shadow(el, '[data-kind="loading"]'));
      expect(shadow(el, '[role="status"]')!.textContent).to.contain('Loading context factors');
      await expect(el).to.be.accessible();
      await settled(el);
      expect(titles(el).length).to.be.greaterThan(0);
    });
  });

  describe('choosing', () => {
    it('adds a ticked factor, then its effect and note, and fires iw-context-change each time', async () => {
      const el = await picker(html`<iw-context-picker></iw-context-picker>`);
      const seen = changes(el);
      checkbox(el, 'economy').click();
      expect(seen).to.deep.equal([[{ id: 'economy', effect: 'both' }]]);
      await el.updateComplete;
      const group = radio(el, 'economy', 'both').closest('fieldset')!;
      expect(group.querySelector('legend')!.textContent).to.match(/Effect on your city’s work\s*: Labour market and economic conditions/);
      expect(radio(el, 'economy', 'both').checked).to.equal(true);
      radio(el, 'economy', 'hinders').click();
      await el.updateComplete;
      type(note(el, 'economy'), 'Unemployment is high');
      await el.updateComplete;
      expect(seen).to.have.length(3);
      expect(seen[2]).to.deep.equal([{ id: 'economy', effect: 'hinders', note: 'Unemployment is high' }]);
      expect(el.value).to.deep.equal(seen[2]);
      await expect(el).to.be.accessible();
    });

    it('removes an unticked factor and brings back its effect and note when ticked again', async () => {
      const el = await picker(html`<iw-context-picker></iw-context-picker>`);
      const seen = changes(el);
      checkbox(el, 'civil-society').click();
      await el.updateComplete;
      radio(el, 'civil-society', 'helps').click();
      type(note(el, 'civil-society'), 'Strong NGOs');
      await el.updateComplete;
      checkbox(el, 'civil-society').click();
      await el.updateComplete;
      expect(el.value).to.deep.equal([]);
      expect(note(el, 'civil-society')).to.equal(null);
      checkbox(el, 'civil-society').click();
      await el.updateComplete;
      expect(el.value).to.deep.equal([{ id: 'civil-society', effect: 'helps', note: 'Strong NGOs' }]);
      expect(note(el, 'civil-society').value).to.equal('Strong NGOs');
      expect(seen).to.have.length(5);
    });

    it('drops an emptied note', async () => {
      const el = await picker(html`<iw-context-picker .value=${[{ id: 'economy', effect: 'helps', note: 'x' }]}></iw-context-picker>`);
      type(note(el, 'economy'), '');
      expect(el.value).to.deep.equal([{ id: 'economy', effect: 'helps' }]);
    });

    it('works with the keyboard alone', async () => {
      const el = await picker(html`<iw-context-picker></iw-context-picker>`);
      checkbox(el, 'national-policy').focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.value).to.deep.equal([{ id: 'national-policy', effect: 'both' }]);
      await sendKeys({ press: 'Tab' }); // the "What it means" expander
      await sendKeys({ press: 'Enter' });
      expect(shadow<HTMLDetailsElement>(el, 'details')!.open).to.equal(true);
      await sendKeys({ press: 'Tab' }); // the checked radio of the group
      expect(el.shadowRoot!.activeElement).to.equal(radio(el, 'national-policy', 'both'));
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Set by law' });
      await el.updateComplete;
      expect(el.value).to.deep.equal([{ id: 'national-policy', effect: 'hinders', note: 'Set by law' }]);
    });
  });

  describe('value property', () => {
    it('shows a value set by script and returns it, without firing iw-context-change', async () => {
      const el = await picker(html`<iw-context-picker></iw-context-picker>`);
      const seen = changes(el);
      const value: ContextSelection[] = [
        { id: 'economy', effect: 'hinders', note: 'High unemployment' },
        { id: 'civil-society', effect: 'helps' },
      ];
      el.value = value;
      await el.updateComplete;
      expect(el.value).to.deep.equal(value);
      expect(el.value).not.to.equal(value);
      expect(checkbox(el, 'economy').checked).to.equal(true);
      expect(radio(el, 'economy', 'hinders').checked).to.equal(true);
      expect(note(el, 'economy').value).to.equal('High unemployment');
      expect(radio(el, 'civil-society', 'helps').checked).to.equal(true);
      expect(checkbox(el, 'data-availability').checked).to.equal(false);
      expect(seen).to.have.length(0);
      el.value = [];
      await el.updateComplete;
      expect(checkbox(el, 'economy').checked).to.equal(false);
      expect(seen).to.have.length(0);
    });

    it('takes over a value set on the element before its definition loaded', async () => {
      const el = document.createElement('iw-context-picker');
      // What a page script leaves on a not-yet-upgraded element: an own data property.
      Object.defineProperty(el, 'value', { value: [{ id: 'economy', effect: 'helps' }], configurable: true, enumerable: true, writable: true });
      document.body.append(el);
      await settled(el);
      expect(checkbox(el, 'economy').checked).to.equal(true);
      expect(Object.hasOwn(el, 'value')).to.equal(false);
      el.remove();
    });

    it('keeps a value set before the factors arrive', async () => {
      resetData({ dataUrl: new URL('/slow/dist/data/', location.href).href });
      const el = document.createElement('iw-context-picker');
      el.value = [{ id: 'economy', effect: 'helps' }];
      document.body.append(el);
      await settled(el);
      expect(checkbox(el, 'economy').checked).to.equal(true);
      expect(el.value).to.deep.equal([{ id: 'economy', effect: 'helps' }]);
      el.remove();
    });
  });

  describe('in a form', () => {
    it('is submitted as JSON under its name', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <iw-context-picker name="context"></iw-context-picker><button>Send</button>
      </form>`);
      const el = form.querySelector('iw-context-picker')!;
      await settled(el);
      checkbox(el, 'economy').click();
      await el.updateComplete;
      radio(el, 'economy', 'hinders').click();
      let submitted: FormData | undefined;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted = new FormData(form);
      });
      form.querySelector('button')!.click();
      expect(submitted!.get('context')).to.equal(JSON.stringify([{ id: 'economy', effect: 'hinders' }]));
    });

    it('submits nothing without a name, and an empty list when nothing is chosen', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><iw-context-picker></iw-context-picker><iw-context-picker name="c"></iw-context-picker></form>`);
      expect([...new FormData(form).entries()]).to.deep.equal([['c', '[]']]);
      await Promise.all([...form.querySelectorAll('iw-context-picker')].map((p) => settled(p)));
      expect([...new FormData(form).entries()]).to.deep.equal([['c', '[]']]);
    });

    it('goes back to its initial value on form.reset()', async () => {
      const initial: ContextSelection[] = [{ id: 'city-budget', effect: 'hinders', note: 'Cuts' }];
      const form = await fixture<HTMLFormElement>(html`<form><iw-context-picker name="c" .value=${initial}></iw-context-picker></form>`);
      const el = form.querySelector('iw-context-picker')!;
      await settled(el);
      const seen = changes(el);
      checkbox(el, 'city-budget').click();
      checkbox(el, 'economy').click();
      await el.updateComplete;
      expect(el.value).to.deep.equal([{ id: 'economy', effect: 'both' }]);
      form.reset();
      await el.updateComplete;
      expect(el.value).to.deep.equal(initial);
      expect(note(el, 'city-budget').value).to.equal('Cuts');
      expect(checkbox(el, 'economy').checked).to.equal(false);
      expect(new FormData(form).get('c')).to.equal(JSON.stringify(initial));
      expect(seen).to.have.length(2);
    });

    it('restores a state the browser saved', async () => {
      const el = await picker(html`<iw-context-picker name="c"></iw-context-picker>`);
      el.formStateRestoreCallback(JSON.stringify([{ id: 'gender-awareness', effect: 'helps' }]));
      await el.updateComplete;
      expect(checkbox(el, 'gender-awareness').checked).to.equal(true);
      el.formStateRestoreCallback('not json');
      expect(el.value).to.deep.equal([{ id: 'gender-awareness', effect: 'helps' }]);
    });

    it('is disabled by a disabled fieldset around it, and then not submitted', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><iw-context-picker name="c"></iw-context-picker></fieldset></form>`);
      const el = form.querySelector('iw-context-picker')!;
      await settled(el);
      await el.updateComplete;
      expect(checkbox(el, 'economy').matches(':disabled')).to.equal(true);
      expect(new FormData(form).has('c')).to.equal(false);
      await expect(el).to.be.accessible();
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(checkbox(el, 'economy').matches(':disabled')).to.equal(false);
    });

    it('is disabled by its own disabled attribute', async () => {
      const el = await picker(html`<iw-context-picker disabled></iw-context-picker>`);
      expect(checkbox(el, 'economy').matches(':disabled')).to.equal(true);
    });
  });

  describe('bound to a checklist with for', () => {
    const initial: ContextSelection[] = [{ id: 'economy', effect: 'hinders', note: 'From the checklist' }];

    it('starts from the checklist context and gives it every user change', async () => {
      const wrap = await fixture<HTMLElement>(html`<div>
        <iw-benchmark-checklist id="cl" .context=${initial}></iw-benchmark-checklist>
        <iw-context-picker for="cl"></iw-context-picker>
      </div>`);
      const el = wrap.querySelector('iw-context-picker')!;
      const checklist = wrap.querySelector<FakeChecklist>('#cl')!;
      await settled(el);
      await waitUntil(() => checkbox(el, 'economy').checked, 'the picker did not read the checklist');
      expect(note(el, 'economy').value).to.equal('From the checklist');
      checklist.sets = [];
      radio(el, 'economy', 'helps').click();
      expect(checklist.context).to.deep.equal([{ id: 'economy', effect: 'helps', note: 'From the checklist' }]);
      expect(checklist.sets).to.have.length(1);
    });

    it('follows the checklist when it loads or changes its assessment, without iw-context-change', async () => {
      const wrap = await fixture<HTMLElement>(html`<div>
        <iw-context-picker for="cl2"></iw-context-picker>
        <iw-benchmark-checklist id="cl2"></iw-benchmark-checklist>
      </div>`);
      const el = wrap.querySelector('iw-context-picker')!;
      const checklist = wrap.querySelector<FakeChecklist>('#cl2')!;
      await settled(el);
      await el.updateComplete;
      const seen = changes(el);
      checklist.load(initial);
      await el.updateComplete;
      expect(checkbox(el, 'economy').checked).to.equal(true);
      checklist.load([{ id: 'civil-society', effect: 'helps' }], 'iw-assessment-change');
      await el.updateComplete;
      expect(el.value).to.deep.equal([{ id: 'civil-society', effect: 'helps' }]);
      expect(checkbox(el, 'economy').checked).to.equal(false);
      expect(seen).to.have.length(0);
    });

    it('finds its checklist inside the same shadow root', async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const checklist = document.createElement('iw-benchmark-checklist') as unknown as FakeChecklist;
      checklist.id = 'inner';
      checklist.context = initial;
      const el = document.createElement('iw-context-picker');
      el.htmlFor = 'inner';
      root.append(checklist, el);
      await settled(el);
      await waitUntil(() => checkbox(el, 'economy').checked, 'the picker did not read the checklist');
    });

    it('reports a for that names no checklist and keeps working on its own', async () => {
      const { result: wrap, errors, warnings } = await capture(async () => {
        const w = await fixture<HTMLElement>(html`<div><p id="not-a-checklist"></p><iw-context-picker for="not-a-checklist"></iw-context-picker></div>`);
        const p = w.querySelector('iw-context-picker')!;
        await settled(p);
        await waitUntil(() => shadow(p, '[part="notice"]'), 'no notice');
        return w;
      });
      const el = wrap.querySelector('iw-context-picker')!;
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-attribute']);
      expect(warnings).to.have.length(1);
      expect(textOf(shadow(el, '[part="notice"]'))).to.contain('checklist named in "for" was not found');
      const seen = changes(el);
      checkbox(el, 'economy').click();
      expect(seen).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    it('explains an unknown benchmark and offers to show all factors', async () => {
      const { result: el, errors, warnings } = await capture(() => picker(html`<iw-context-picker benchmark="no-such-benchmark"></iw-context-picker>`));
      expect(shadow(el, '[role="alert"]')!.textContent).to.contain('there is no benchmark with the id "no-such-benchmark"');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['not-found']);
      expect(warnings).to.have.length(1);
      await expect(el).to.be.accessible();
      shadow<HTMLButtonElement>(el, '[part="show-all-button"]')!.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length((await factors()).length);
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('input'));
    });

    it('drops entries of a value that do not fit, keeps the good ones and says so', async () => {
      const el = await picker(html`<iw-context-picker></iw-context-picker>`);
      const seen = changes(el);
      const { errors, warnings } = await capture(async () => {
        el.value = [
          { id: 'economy', effect: 'helps' },
          { id: 'no-such-factor', effect: 'helps' },
          { id: 'civil-society', effect: 'sometimes' as 'helps' },
          { id: 'economy', effect: 'hinders' },
          'nonsense' as unknown as ContextSelection,
        ];
        await el.updateComplete;
      });
      expect(el.value).to.deep.equal([{ id: 'economy', effect: 'helps' }]);
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-data']);
      expect(errors[0].detail.dropped).to.have.length(4);
      expect(warnings).to.have.length(1);
      expect(textOf(shadow(el, '[part="notice"]'))).to.contain('could not be shown');
      expect(seen).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('drops unknown ids of a value set before the factors arrive', async () => {
      resetData({ dataUrl: new URL('/slow/dist/data/', location.href).href });
      const { result: el, errors } = await capture(async () => {
        const p = document.createElement('iw-context-picker');
        p.value = [{ id: 'economy', effect: 'helps' }, { id: 'made-up', effect: 'helps' }];
        document.body.append(p);
        await settled(p);
        return p;
      });
      expect(el.value).to.deep.equal([{ id: 'economy', effect: 'helps' }]);
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-data']);
      el.remove();
    });

    it('offers Try again when the factors cannot be loaded, and recovers', async () => {
      resetData({ dataUrl: new URL('/flaky/picker-retry/dist/data/', location.href).href });
      const { result: el, errors, warnings } = await capture(() => picker(html`<iw-context-picker></iw-context-picker>`));
      expect(shadow(el, '[role="alert"]')!.textContent).to.contain('could not be loaded');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['network']);
      expect(warnings).to.have.length(1);
      await expect(el).to.be.accessible();
      shadow<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
      await waitUntil(() => titles(el).length > 0, 'did not recover');
    });
  });

  describe('right to left', () => {
    it('is accessible and laid out right to left in Arabic, in every state', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl">
        <iw-context-picker benchmark="values-common" .value=${[{ id: 'economy', effect: 'hinders', note: 'ملاحظة' }]}></iw-context-picker>
        <iw-context-picker benchmark="no-such-benchmark"></iw-context-picker>
      </div>`);
      const [el, unknown] = wrap.querySelectorAll('iw-context-picker');
      await Promise.all([settled(el), settled(unknown)]);
      const base = shadow(el, '[part="base"]')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(base).direction).to.equal('rtl');
      shadow<HTMLDetailsElement>(el, 'details')!.open = true;
      await expect(el).to.be.accessible();
      await expect(unknown).to.be.accessible();
      resetData({ dataUrl: new URL('/flaky/picker-rtl/dist/data/', location.href).href });
      const failed = await picker(html`<iw-context-picker lang="ar" dir="rtl"></iw-context-picker>`);
      expect(shadow(failed, '[role="alert"]')).to.exist;
      await expect(failed).to.be.accessible();
    });
  });
});
