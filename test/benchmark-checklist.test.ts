import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { capture, DATA_URL, resetData, settled, shadow, textOf } from './helpers.js';
import { answer, benchmarkData, checked, checklist, notices, parseCsv, type, uid } from './benchmark-checklist-helpers.js';
import '../src/elements/benchmark-checklist/benchmark-checklist.js';
import type { BenchmarkSummary } from '../src/data/types.js';
import type { IwPracticeCard } from '../src/elements/practice-card/practice-card.js';

describe('<iw-benchmark-checklist>', () => {
  describe('the checklist', () => {
    it('shows every key factor as a section with its questions as radio groups', async () => {
      const el = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-0" storage-key=${uid()}></iw-benchmark-checklist>`);
      const b = await benchmarkData('inclucities-0');
      expect(shadow(el, '[part="title"]')!.textContent!.trim()).to.equal(b.title);
      const sections = [...el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details.factor')];
      expect(sections).to.have.length(12);
      expect(sections.map((d) => d.open)).to.deep.equal([true, ...Array(11).fill(false)]);
      expect(sections[0].querySelector('summary')!.textContent).to.contain('1. Demonstrating political leadership');
      expect(sections[0].textContent).to.contain('Why it matters:');
      expect(sections[0].textContent).to.contain(b.keyFactors[0].why);
      const tips = sections[0].querySelector<HTMLDetailsElement>('details.tips')!;
      expect(tips.textContent).to.contain(b.keyFactors[0].tips![0]);
      const first = sections[0].querySelector('fieldset.question')!;
      expect(first.querySelector('legend')!.textContent).to.contain(b.keyFactors[0].questions[0].text);
      const radios = [...first.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      expect(radios.map((r) => r.closest('label')!.textContent!.trim())).to.deep.equal(['Yes', 'Partly', 'No', "Don't know", 'Not applicable']);
      expect(new Set(radios.map((r) => r.name)).size).to.equal(1);
      expect(first.querySelector('textarea')!.labels![0].textContent).to.contain('Note (optional)');
      expect(textOf(shadow(el, '.summary'))).to.contain('0 of 95 questions answered');
      await expect(el).to.be.accessible();
    });

    it('opens each of the 12 benchmarks of the dataset with all their questions', async () => {
      const index: BenchmarkSummary[] = await fetch(`${DATA_URL}benchmarks.json`).then((r) => r.json());
      expect(index).to.have.length(12);
      for (const b of index) {
        const el = await checklist(html`<iw-benchmark-checklist benchmark=${b.id} no-storage></iw-benchmark-checklist>`);
        expect(el.shadowRoot!.querySelectorAll('details.factor'), b.id).to.have.length(b.keyFactors);
        expect(el.shadowRoot!.querySelectorAll('fieldset.question'), b.id).to.have.length(b.questions);
        expect(el.shadowRoot!.querySelectorAll('[part="chart"] .kf'), b.id).to.have.length(b.keyFactors);
      }
    });

    it('suggests a status only after half of the questions that apply are answered, marked as suggested, and lets the user choose one', async () => {
      const el = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-0" storage-key=${uid()}></iw-benchmark-checklist>`);
      const section = shadow(el, 'details.factor')!;
      const chosen = () => section.querySelector<HTMLInputElement>('input[data-k="status"]:checked')?.value;
      const badge = () => section.querySelector('.badge')!.textContent!.replace(/\s+/g, ' ').trim();
      const hint = () => section.querySelector('.status-group .hint')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(badge()).to.equal('Not assessed yet · 0 of 7 answered');
      // One Yes out of 7 is not enough to suggest anything (journey 3: "In place" after a single Yes).
      await answer(el, 'inclucities-0-kf1-q1', 'yes');
      expect(badge()).to.equal('Not assessed yet · 1 of 7 answered');
      expect(hint()).to.contain('at least half of the questions that apply have a Yes, Partly or No answer (3 more needed)');
      await answer(el, 'inclucities-0-kf1-q2', 'na'); // 6 apply: 3 counted answers needed
      await answer(el, 'inclucities-0-kf1-q3', 'unknown');
      expect(hint()).to.contain('(2 more needed)');
      await answer(el, 'inclucities-0-kf1-q4', 'no');
      await answer(el, 'inclucities-0-kf1-q5', 'partly');
      expect(badge()).to.equal('Partly in place (suggested) · 5 of 7 answered');
      expect(hint()).to.contain('Suggested from your answers: Partly in place.');
      expect(chosen(), 'a suggestion is not a choice').to.equal(undefined);
      expect(el.assessment!.factors['inclucities-0-kf1']).to.equal(undefined);

      section.querySelector<HTMLInputElement>('input[data-k="status"][value="emerging"]')!.click();
      await el.updateComplete;
      expect(chosen()).to.equal('emerging');
      expect(badge()).to.equal('Emerging · 5 of 7 answered');
      expect(el.assessment!.factors['inclucities-0-kf1'].status).to.equal('emerging');
      const reset = [...section.querySelectorAll('button')].find((b) => b.textContent!.includes('Use the suggestion'))!;
      reset.click();
      await el.updateComplete;
      expect(chosen()).to.equal(undefined);
      expect(badge()).to.equal('Partly in place (suggested) · 5 of 7 answered');
      expect(el.assessment!.factors['inclucities-0-kf1']?.status).to.equal(undefined);
    });

    it('turns a gap into a next step listed in the summary', async () => {
      const el = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-0" storage-key=${uid()}></iw-benchmark-checklist>`);
      expect(textOf(shadow(el, '.summary'))).to.contain('No next steps yet');
      await type(el, '#evidence-inclucities-0-kf1', 'No council decision so far');
      await type(el, '#what-inclucities-0-kf1', 'Draft a council motion');
      await type(el, '#who-inclucities-0-kf1', 'Integration office');
      await type(el, '#when-inclucities-0-kf1', '2027-03-31');
      const summary = textOf(shadow(el, '.summary'));
      expect(summary).to.contain('1. Demonstrating political leadership & public commitment to integration: Draft a council motion — who: Integration office — by Mar 31, 2027');
      expect(el.assessment!.factors['inclucities-0-kf1']).to.deep.equal({
        status: undefined, evidence: 'No council decision so far', next: { what: 'Draft a council motion', who: 'Integration office', when: '2027-03-31' },
      });
      await expect(el).to.be.accessible();
    });

    it('offers examples only for key factors that are not in place', async () => {
      const el = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-0" no-storage></iw-benchmark-checklist>`);
      expect(el.shadowRoot!.querySelectorAll('details.examples')).to.have.length(12);
      for (const q of ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7']) await answer(el, `inclucities-0-kf1-${q}`, 'yes');
      expect(!!el.shadowRoot!.querySelectorAll('details.factor')[0].querySelector('details.examples'), 'examples').to.equal(false);
      expect(el.shadowRoot!.querySelectorAll('details.examples')).to.have.length(11);
    });

    it('draws the status of every key factor as a chart with words, and as a table for screen readers, marking suggestions', async () => {
      const el = await checklist(html`<iw-benchmark-checklist benchmark="values-common" storage-key=${uid()}></iw-benchmark-checklist>`);
      const b = await benchmarkData('values-common');
      for (const q of b.keyFactors[0].questions) await answer(el, q.id, 'yes');
      await answer(el, b.keyFactors[1].questions[0].id, 'partly');
      shadow<HTMLInputElement>(el, `input[name="status-${b.keyFactors[1].id}"][value="partly"]`)!.click();
      await el.updateComplete;
      const chart = shadow(el, '[part="chart"]')!;
      expect(chart.getAttribute('aria-hidden')).to.equal('true');
      expect([...chart.querySelectorAll('.st')].map((t) => t.textContent)).to.deep.equal(['In place (suggested)', 'Partly in place', 'Not assessed yet']);
      const bars = [...chart.querySelectorAll<HTMLElement>('.bar')];
      expect(bars.map((r) => r.className)).to.deep.equal(['bar in-place suggested', 'bar partly', 'bar none']);
      const look = bars.map((r) => getComputedStyle(r));
      expect(look.map((l) => l.borderTopStyle), 'a suggested status has a dashed outline').to.deep.equal(['dashed', 'solid', 'none']);
      expect(look[1].backgroundImage, 'each status its own pattern').to.contain('repeating-linear-gradient');
      expect(bars[0].getBoundingClientRect().width).to.be.greaterThan(bars[1].getBoundingClientRect().width);
      expect(bars[2].getBoundingClientRect().width).to.equal(0);
      const rows = [...el.shadowRoot!.querySelectorAll('.summary table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
      expect(rows[0].slice(1)).to.deep.equal(['In place (suggested)', `${b.keyFactors[0].questions.length} of ${b.keyFactors[0].questions.length}`]);
      expect(rows[1][1]).to.equal('Partly in place');
      expect(rows[2][1]).to.equal('Not assessed yet');
    });
  });

  describe('saving and resuming', () => {
    it('saves every answer in the browser and resumes it when the page comes back', async () => {
      const key = uid();
      let el = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-1" storage-key=${key}></iw-benchmark-checklist>`);
      await answer(el, 'inclucities-1-kf1-q1', 'partly');
      await type(el, '#note-inclucities-1-kf1-q1', 'Only in the city centre');
      expect(JSON.parse(localStorage.getItem(`iw-assessment:v1:${key}`)!).answers['inclucities-1-kf1-q1']).to.deep.equal({ answer: 'partly', note: 'Only in the city centre' });
      el.remove();
      el = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-1" storage-key=${key}></iw-benchmark-checklist>`);
      expect(checked(el, 'inclucities-1-kf1-q1')).to.equal('partly');
      expect(shadow<HTMLTextAreaElement>(el, '#note-inclucities-1-kf1-q1')!.value).to.equal('Only in the city centre');
      expect(notices(el)).to.contain('saved in this browser');
    });

    it('saves under the benchmark id by default and not at all with no-storage', async () => {
      const el = await checklist(html`<iw-benchmark-checklist benchmark="whole-comm-health"></iw-benchmark-checklist>`);
      await answer(el, 'whole-comm-health-kf1-q1', 'yes');
      expect(localStorage.getItem('iw-assessment:v1:whole-comm-health')).to.contain('"yes"');
      localStorage.removeItem('iw-assessment:v1:whole-comm-health');
      const memoryOnly = await checklist(html`<iw-benchmark-checklist benchmark="whole-comm-health" no-storage></iw-benchmark-checklist>`);
      await answer(memoryOnly, 'whole-comm-health-kf1-q1', 'no');
      expect(localStorage.getItem('iw-assessment:v1:whole-comm-health')).to.equal(null);
      expect(notices(memoryOnly)).to.not.contain('saved');
    });

    it('fires iw-assessment-change on each user change, with the whole assessment', async () => {
      const el = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-1" storage-key=${uid()}></iw-benchmark-checklist>`);
      const events: CustomEvent[] = [];
      el.addEventListener('iw-assessment-change', (e) => events.push(e));
      await answer(el, 'inclucities-1-kf1-q1', 'yes');
      await type(el, '#note-inclucities-1-kf1-q1', 'x');
      expect(events).to.have.length(2);
      expect(events[1].bubbles && events[1].composed).to.equal(true);
      expect(events[1].detail.assessment.answers['inclucities-1-kf1-q1']).to.deep.equal({ answer: 'yes', note: 'x' });
      el.assessment = el.assessment;
      expect(events).to.have.length(2);
    });

    it('asks before starting over, and erases only when confirmed', async () => {
      const el = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-1" storage-key=${uid()}></iw-benchmark-checklist>`);
      await answer(el, 'inclucities-1-kf1-q1', 'yes');
      const startOver = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Start over')!;
      startOver.click();
      await el.updateComplete;
      const dialog = shadow<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.textContent).to.contain('Start over?');
      await expect(el).to.be.accessible();
      [...dialog.querySelectorAll('button')].find((b) => b.textContent!.includes('Cancel'))!.click();
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(checked(el, 'inclucities-1-kf1-q1')).to.equal('yes');

      startOver.click();
      await el.updateComplete;
      dialog.querySelector<HTMLButtonElement>('button.primary')!.click();
      await el.updateComplete;
      expect(checked(el, 'inclucities-1-kf1-q1')).to.equal(undefined);
      expect(el.assessment!.answers).to.deep.equal({});
      expect(notices(el)).to.contain('The checklist was cleared.');
    });

    it('picks up a change made in another tab', async () => {
      const key = uid();
      const el = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-1" storage-key=${key}></iw-benchmark-checklist>`);
      const other = el.assessment!;
      other.answers['inclucities-1-kf2-q1'] = { answer: 'no', note: 'changed elsewhere' };
      other.context = [{ id: 'economy', effect: 'helps' }];
      const loads: CustomEvent[] = [];
      el.addEventListener('iw-assessment-load', (e) => loads.push(e));
      const value = JSON.stringify(other);
      localStorage.setItem(`iw-assessment:v1:${key}`, value);
      window.dispatchEvent(new StorageEvent('storage', { key: `iw-assessment:v1:${key}`, newValue: value, storageArea: localStorage }));
      await el.updateComplete;
      expect(checked(el, 'inclucities-1-kf2-q1')).to.equal('no');
      expect(notices(el)).to.contain('another tab');
      expect(loads).to.have.length(1);
      expect(loads[0].detail.assessment.context).to.deep.equal([{ id: 'economy', effect: 'helps' }]);
      expect(el.context).to.deep.equal([{ id: 'economy', effect: 'helps' }]);
      window.dispatchEvent(new StorageEvent('storage', { key: `iw-assessment:v1:other`, newValue: '{}' }));
      const { errors } = await capture(async () => {
        window.dispatchEvent(new StorageEvent('storage', { key: `iw-assessment:v1:${key}`, newValue: '{broken' }));
      });
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['storage']);
      expect(checked(el, 'inclucities-1-kf2-q1')).to.equal('no');
    });
  });

  describe('two tabs and reloads', () => {
    const storageEvent = (key: string) =>
      window.dispatchEvent(new StorageEvent('storage', { key: `iw-assessment:v1:${key}`, newValue: localStorage.getItem(`iw-assessment:v1:${key}`), storageArea: localStorage }));

    it('merges two tabs editing at once: neither tab\'s answer is lost', async () => {
      const key = uid();
      // Two checklists on one storage key stand for two tabs; storage events are delivered by hand.
      const tabA = await checklist(html`<iw-benchmark-checklist benchmark="values-common" storage-key=${key}></iw-benchmark-checklist>`);
      const tabB = await checklist(html`<iw-benchmark-checklist benchmark="values-common" storage-key=${key}></iw-benchmark-checklist>`);
      await answer(tabA, 'values-common-kf1-q1', 'yes');
      await answer(tabB, 'values-common-kf2-q1', 'no'); // B has not seen A's answer: its save overwrites it
      storageEvent(key); // both tabs hear about B's save
      await tabA.updateComplete;
      expect(tabA.assessment!.answers['values-common-kf1-q1']?.answer).to.equal('yes');
      expect(tabA.assessment!.answers['values-common-kf2-q1']?.answer).to.equal('no');
      storageEvent(key); // A wrote the union back; B picks it up
      await tabB.updateComplete;
      for (const tab of [tabA, tabB]) {
        const exported = JSON.parse(tab.exportJson()!);
        expect(exported.answers['values-common-kf1-q1'].answer).to.equal('yes');
        expect(exported.answers['values-common-kf2-q1'].answer).to.equal('no');
      }
    });

    it('keeps a note typed just before a reload', async () => {
      const key = uid();
      const first = await checklist(html`<iw-benchmark-checklist benchmark="values-common" storage-key=${key}></iw-benchmark-checklist>`);
      await type(first, 'textarea[data-id="values-common-kf1-q1"]', 'Half a sentence, typed and then the page was reload');
      first.remove(); // the page goes away without any other event
      const again = await checklist(html`<iw-benchmark-checklist benchmark="values-common" storage-key=${key}></iw-benchmark-checklist>`);
      expect(JSON.parse(again.exportJson()!).answers['values-common-kf1-q1'].note).to.equal('Half a sentence, typed and then the page was reload');
    });
  });

  describe('the context', () => {
    it('keeps the context set by a picker, saves it and fires a change', async () => {
      const key = uid();
      const el = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-1" storage-key=${key}></iw-benchmark-checklist>`);
      const events: CustomEvent[] = [];
      el.addEventListener('iw-assessment-change', (e) => events.push(e));
      const context = [{ id: 'city-budget', effect: 'hinders' as const, note: 'Cuts in 2026' }, { id: 'economy', effect: 'both' as const }];
      el.context = context;
      expect(el.context).to.deep.equal(context);
      expect(events).to.have.length(1);
      expect(events[0].detail.assessment.context).to.deep.equal(context);
      expect(JSON.parse(localStorage.getItem(`iw-assessment:v1:${key}`)!).context).to.deep.equal(context);
      el.context[0].effect = 'helps';
      expect(el.context[0].effect).to.equal('hinders');
    });

    it('takes a context set before the benchmark loads', async () => {
      const el = document.createElement('iw-benchmark-checklist');
      el.benchmark = 'inclucities-1';
      el.noStorage = true;
      el.context = [{ id: 'economy', effect: 'helps' }];
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      wrap.append(el);
      await settled(el);
      expect(el.assessment!.context).to.deep.equal([{ id: 'economy', effect: 'helps' }]);
    });

    it('refuses a context that does not fit, and keeps the current one', async () => {
      const el = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-1" no-storage></iw-benchmark-checklist>`);
      el.context = [{ id: 'economy', effect: 'helps' }];
      const { errors, warnings } = await capture(async () => {
        el.context = [{ id: 'economy', effect: 'sometimes' }] as never;
        el.context = 'economy' as never;
        await el.updateComplete;
      });
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-data', 'invalid-data']);
      expect(warnings).to.have.length(2);
      expect(errors[0].detail.message).to.contain('context[0].effect must be one of helps, hinders, both');
      expect(el.context).to.deep.equal([{ id: 'economy', effect: 'helps' }]);
      expect(notices(el)).to.contain('could not be used; your answers are unchanged');
    });
  });

  describe('the assessment property', () => {
    it('gets and sets the same object, and fires iw-assessment-load', async () => {
      const source = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-2" no-storage></iw-benchmark-checklist>`);
      await answer(source, 'inclucities-2-kf1-q1', 'partly');
      await type(source, '#what-inclucities-2-kf2', 'Map the partners');
      source.context = [{ id: 'economy', effect: 'helps' }];
      const a = source.assessment!;
      const key = uid();
      const el = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-2" storage-key=${key}></iw-benchmark-checklist>`);
      const loads: CustomEvent[] = [];
      el.addEventListener('iw-assessment-load', (e) => loads.push(e));
      el.assessment = a;
      await el.updateComplete;
      expect(el.assessment).to.deep.equal(a);
      expect(loads).to.have.length(1);
      expect(checked(el, 'inclucities-2-kf1-q1')).to.equal('partly');
      const { clock, ...stored } = JSON.parse(localStorage.getItem(`iw-assessment:v1:${key}`)!);
      expect(stored).to.deep.equal(JSON.parse(JSON.stringify(a)));
      expect(Object.keys(clock).sort(), 'each field saved with the time it changed').to.deep.equal(['answer:inclucities-2-kf1-q1', 'context', 'what:inclucities-2-kf2']);
    });

    it('refuses an assessment that is not valid or is for another benchmark', async () => {
      const el = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-2" no-storage></iw-benchmark-checklist>`);
      await answer(el, 'inclucities-2-kf1-q1', 'yes');
      const before = el.assessment!;
      const { errors } = await capture(async () => {
        el.assessment = { ...before, answers: { 'inclucities-2-kf1-q1': { answer: 'maybe' } } } as never;
        el.assessment = 42 as never;
        el.assessment = { ...before, benchmark: { id: 'inclucities-3' } };
        await el.updateComplete;
      });
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-data', 'invalid-data', 'invalid-data']);
      expect(errors[0].detail.message).to.contain('answers["inclucities-2-kf1-q1"].answer must be one of');
      expect(errors[2].detail.message).to.contain('"inclucities-3"');
      expect(el.assessment).to.deep.equal(before);
      expect(checked(el, 'inclucities-2-kf1-q1')).to.equal('yes');
    });
  });

  describe('printing', () => {
    it('prints a clean report with the date, context, chart, answers and next steps', async () => {
      const el = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-1" no-storage></iw-benchmark-checklist>`);
      await answer(el, 'inclucities-1-kf1-q1', 'no');
      await type(el, '#note-inclucities-1-kf1-q1', 'Nothing yet');
      await type(el, '#what-inclucities-1-kf1', 'Hold a workshop');
      el.context = [{ id: 'city-budget', effect: 'hinders', note: 'Cuts' }];
      await el.updateComplete;
      const report = shadow(el, '[part="report"]')!;
      expect(getComputedStyle(report).display).to.equal('none');
      expect(report.childElementCount, 'the report is drawn only for printing').to.equal(0);
      await emulateMedia({ media: 'print' });
      try {
        await waitUntil(() => report.querySelector('table'), 'the report was not drawn for print');
        expect(getComputedStyle(report).display).to.equal('block');
        expect(getComputedStyle(shadow(el, '.form')!).display).to.equal('none');
        expect(getComputedStyle(shadow(el, '[part="toolbar"]')!).display).to.equal('none');
        expect(getComputedStyle(shadow(el, '[part="chart"]')!).display).to.not.equal('none');
        expect(textOf(shadow(el, '.meta'))).to.match(/Report of \w+ \d+, \d{4}/);
        const text = textOf(report);
        expect(text).to.contain('City budget and financial resources: Hinders — Cuts');
        expect(text).to.contain('Nothing yet');
        expect(text).to.contain('Next step: Hold a workshop');
        expect(report.querySelectorAll('table')).to.have.length(8);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('shows the report on screen with print-preview, accessibly', async () => {
      const el = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-1" no-storage print-preview></iw-benchmark-checklist>`);
      expect(getComputedStyle(shadow(el, '[part="report"]')!).display).to.equal('block');
      expect(getComputedStyle(shadow(el, '.form')!).display).to.equal('none');
      expect(textOf(shadow(el, '[part="report"]'))).to.contain('No context factors were chosen.');
      await expect(el).to.be.accessible();
    });

    it('has a print button that calls window.print()', async () => {
      const el = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-1" no-storage></iw-benchmark-checklist>`);
      const print = window.print;
      let calls = 0;
      window.print = () => void calls++;
      try {
        [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Print'))!.click();
        await waitUntil(() => calls === 1, 'window.print() was not called');
        expect(!!shadow(el, '.kf-report'), 'the report is drawn before printing').to.equal(true);
      } finally {
        window.print = print;
      }
    });
  });

  describe('bad input', () => {
    it('explains a missing benchmark attribute', async () => {
      const { result: el, errors } = await capture(() => checklist(html`<iw-benchmark-checklist></iw-benchmark-checklist>`));
      expect(textOf(shadow(el, '[role="alert"]'))).to.contain('No benchmark was chosen');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['missing-attribute']);
      await expect(el).to.be.accessible();
    });

    it('explains an unknown benchmark id', async () => {
      const { result: el, errors } = await capture(() => checklist(html`<iw-benchmark-checklist benchmark="no-such-benchmark"></iw-benchmark-checklist>`));
      expect(textOf(shadow(el, '[role="alert"]'))).to.contain('there is no benchmark with the id "no-such-benchmark"');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['not-found']);
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    it('can be completed with the keyboard alone', async () => {
      const key = uid();
      const el = await checklist(html`<iw-benchmark-checklist benchmark="values-common" storage-key=${key}></iw-benchmark-checklist>`);
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="toolbar"] button')];
      buttons[0].focus();
      const order: string[] = [];
      for (let i = 0; i < 7; i++) {
        if (i) await sendKeys({ press: 'Tab' });
        const a = el.shadowRoot!.activeElement as HTMLElement;
        order.push(a.tagName === 'INPUT' ? `${(a as HTMLInputElement).type}:${(a as HTMLInputElement).name}` : `${a.tagName}:${a.textContent!.trim().slice(0, 12)}`);
      }
      expect(order.slice(0, 5)).to.deep.equal(['BUTTON:Export (JSON', 'BUTTON:Export for s', 'BUTTON:Import…', 'BUTTON:Print or sav', 'BUTTON:Start over']);
      expect(order[5]).to.match(/^SUMMARY:1\./);
      expect(order[6]).to.equal('radio:values-common-kf1-q1');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(checked(el, 'values-common-kf1-q1')).to.equal('yes');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(checked(el, 'values-common-kf1-q1')).to.equal('partly');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'A note typed with the keyboard' });
      await el.updateComplete;
      expect(el.assessment!.answers['values-common-kf1-q1']).to.deep.equal({ answer: 'partly', note: 'A note typed with the keyboard' });
      const second = el.shadowRoot!.querySelectorAll<HTMLElement>('details.factor > summary')[1];
      second.focus();
      await sendKeys({ press: 'Enter' });
      expect((second.parentElement as HTMLDetailsElement).open).to.equal(true);
    });

    it('is accessible with answers, notices and open examples, in LTR and RTL', async () => {
      for (const dir of ['ltr', 'rtl']) {
        const wrap = await fixture<HTMLDivElement>(html`<div dir=${dir} lang=${dir === 'rtl' ? 'ar' : 'en'}>
          <iw-benchmark-checklist benchmark="inclucities-0" storage-key=${uid()}></iw-benchmark-checklist>
        </div>`);
        const el = wrap.querySelector('iw-benchmark-checklist')!;
        await settled(el);
        expect(shadow(el, '[part="base"]')!.getAttribute('dir')).to.equal(dir);
        await answer(el, 'inclucities-0-kf1-q1', 'partly');
        shadow<HTMLInputElement>(el, 'input[name="status-inclucities-0-kf1"][value="emerging"]')!.click();
        await type(el, '#what-inclucities-0-kf1', 'Next');
        const examples = shadow<HTMLDetailsElement>(el, 'details.examples')!;
        examples.querySelector('summary')!.click();
        await waitUntil(() => examples.querySelector('iw-practice-card'), 'no practice cards', { timeout: 10000 });
        const cards = [...examples.querySelectorAll<IwPracticeCard>('iw-practice-card')];
        await Promise.all(cards.map((c) => settled(c)));
        // By id, so each card loads its own translation.
        expect(cards.map((c) => c.practice)).to.include.members(['mechelen-inclusive-city-strategy', 'brussels-bapa-bxl']);
        cards.forEach((c) => expect(c.variant).to.equal('compact'));
        expect(textOf(cards[0])).to.not.equal('');
        await expect(el).to.be.accessible();
        if (dir === 'rtl') {
          // Right to left: the name on the right, then its bar, growing from the right.
          const [label, bar] = [shadow(el, '[part="chart"] .kf')!, shadow(el, '[part="chart"] .bar:not(.none)')!];
          expect(label.getBoundingClientRect().left).to.be.greaterThan(bar.getBoundingClientRect().right);
          expect(bar.getBoundingClientRect().right).to.be.closeTo(bar.parentElement!.getBoundingClientRect().right, 1);
        }
      }
    });
  });
});

describe('<iw-benchmark-checklist> in other languages', () => {
  afterEach(() => resetData());

  it('shows the translated benchmark (IncluCities benchmark 0 in French) without a fallback notice', async () => {
    const el = await fixture<HTMLElement>(html`<iw-benchmark-checklist lang="fr" benchmark="inclucities-0" no-storage></iw-benchmark-checklist>`);
    await settled(el);
    await waitUntil(() => textOf(el).includes('Faire preuve de leadership politique'), 'the French key factor title did not show', { timeout: 10000 });
    expect(textOf(el)).to.contain('La ville présente-t-elle une vision officielle');
    expect(shadow(el, '[part="content-notice"]')).to.equal(null);
    const title = shadow(el, '[part="factor-title"] bdi')!;
    expect(title.getAttribute('lang')).to.equal('fr');
  });

  it('reads right to left in Arabic, with no axe violation', async () => {
    const el = await fixture<HTMLElement>(html`<iw-benchmark-checklist lang="ar" benchmark="inclucities-0" no-storage></iw-benchmark-checklist>`);
    await settled(el);
    await waitUntil(() => textOf(el).includes('إظهار القيادة السياسية'), 'the Arabic key factor title did not show', { timeout: 10000 });
    expect(shadow(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('speaks French from the first render: notices, confirmations and the CSV headers (B3)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="fr"><iw-benchmark-checklist benchmark="values-common" storage-key=${uid()}></iw-benchmark-checklist></div>`);
    const el = wrap.querySelector('iw-benchmark-checklist')!;
    await settled(el);
    await waitUntil(() => notices(el).includes('Vos réponses sont enregistrées au fur et à mesure dans ce navigateur.'), `not French: ${notices(el)}`);
    expect(parseCsv(el.exportCsv()!)[0]).to.deep.equal(['Facteur clé', 'Question', 'Réponse', 'Note', 'Statut', 'Éléments probants', 'Prochaine étape', 'Qui', 'Échéance']);
    // A confirmation, and a notice set by an event handler.
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="toolbar"] button')].at(-1)!.click();
    await el.updateComplete;
    const dialog = shadow<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.textContent).to.match(/Recommencer\s\?/);
    dialog.querySelector<HTMLButtonElement>('button.primary')!.click();
    await el.updateComplete;
    expect(notices(el)).to.contain('La liste de contrôle a été effacée.');
    // A notice set by a property setter.
    await capture(async () => {
      el.assessment = 42 as never;
      await el.updateComplete;
    });
    expect(textOf(shadow(el, '[part="notice"] [role="alert"]'))).to.equal('Une valeur définie par la page web n’a pas pu être utilisée ; vos réponses n’ont pas été modifiées.');
  });

  it('says so when a benchmark is not translated into the reader\'s language', async () => {
    resetData({ dataUrl: new URL('/untranslated/dist/data/', location.href).href });
    const el = await fixture<HTMLElement>(html`<iw-benchmark-checklist lang="de" benchmark="values-common" no-storage></iw-benchmark-checklist>`);
    await settled(el);
    await waitUntil(() => shadow(el, '[part="content-notice"]'), 'no fallback notice', { timeout: 10000 });
    const notice = shadow(el, '[part="content-notice"]')!.textContent!;
    expect(notice).to.not.contain('not yet available'); // said in German, not in English
    expect(shadow(el, '[part="factor-title"] bdi')!.getAttribute('lang')).to.equal('en');
  });
});
