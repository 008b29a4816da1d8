/**
 * An assessment is never lost and never wrong: the faults found by the new-user trials (journey
 * 3) and the attack report (F12–F16, F23), each reproduced as a user or a page would meet it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { capture, resetData, settled, shadow, textOf } from './helpers.js';
import { answer, checked, checklist, importFile, notices, type, uid, withStorage } from './benchmark-checklist-helpers.js';

const KEY = (name: string) => `iw-assessment:v1:${name}`;
const backups = (name: string) => Object.keys(localStorage).filter((k) => k.startsWith(`${KEY(name)}:backup:`));
const alertText = (el: Element) => textOf(shadow(el, '[part="notice"] [role="alert"]'));
const buttonNamed = (el: Element, text: string) => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text);

/** What journey 3 left in storage: valid answers and a next step whose date has a five-digit year. */
const journey3 = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'iw-assessment', version: 1, benchmark: { id: 'whole-comm-housing', version: '1.0' }, created: '2026-12-04T10:00:00.000Z', updated: '2026-12-04T10:20:00.000Z',
    answers: { 'whole-comm-housing-kf1-q1': { answer: 'yes', note: 'Council decision 2025' }, 'whole-comm-housing-kf1-q2': { answer: 'partly' } },
    factors: { 'whole-comm-housing-kf1': { evidence: 'Housing plan', next: { what: 'Draft a motion', who: 'Ms Jansen', when: '22026-03-11' } } },
    context: [{ id: 'economy', effect: 'hinders', note: 'Rents' }],
    ...overrides,
  });

describe('<iw-benchmark-checklist>: an assessment is never lost', () => {
  describe('the date of a next step (journey 3)', () => {
    it('keeps every answer after a reload when 31122026 is typed into the "By when" date', async () => {
      const key = uid();
      const el = await checklist(html`<iw-benchmark-checklist benchmark="whole-comm-housing" storage-key=${key}></iw-benchmark-checklist>`);
      await answer(el, 'whole-comm-housing-kf1-q1', 'yes');
      await type(el, '#note-whole-comm-housing-kf1-q1', 'Council decision 2025');
      await type(el, '#what-whole-comm-housing-kf1', 'Draft a motion');
      const date = shadow<HTMLInputElement>(el, '#when-whole-comm-housing-kf1')!;
      date.focus();
      await sendKeys({ type: '31122026' });
      await el.updateComplete;
      const stored = JSON.parse(localStorage.getItem(KEY(key))!);
      const when = stored.factors['whole-comm-housing-kf1']?.next?.when;
      expect(when === undefined || /^\d{4}-\d{2}-\d{2}$/.test(when), `stored date ${when}`).to.equal(true);

      el.remove();
      const { result: again, errors } = await capture(() => checklist(html`<iw-benchmark-checklist benchmark="whole-comm-housing" storage-key=${key}></iw-benchmark-checklist>`));
      expect(errors).to.deep.equal([]);
      expect(checked(again, 'whole-comm-housing-kf1-q1')).to.equal('yes');
      expect(shadow<HTMLTextAreaElement>(again, '#note-whole-comm-housing-kf1-q1')!.value).to.equal('Council decision 2025');
      expect(shadow<HTMLTextAreaElement>(again, '#what-whole-comm-housing-kf1')!.value).to.equal('Draft a motion');
      expect(alertText(again)).to.equal('');
      // What the checklist holds exports to a file that imports again.
      const fresh = await checklist(html`<iw-benchmark-checklist benchmark="whole-comm-housing" no-storage></iw-benchmark-checklist>`);
      await importFile(fresh, again.exportJson()!);
      expect(notices(fresh)).to.contain('The file was imported.');
      expect(fresh.assessment!.answers).to.deep.equal(again.assessment!.answers);
    });

    it('does not save a date that is not one, and says so at the field', async () => {
      const key = uid();
      const el = await checklist(html`<iw-benchmark-checklist benchmark="whole-comm-housing" storage-key=${key}></iw-benchmark-checklist>`);
      await type(el, '#when-whole-comm-housing-kf1', '2027-03-31');
      for (const bad of ['0026-03-11', '0999-12-31']) {
        const field = shadow<HTMLInputElement>(el, '#when-whole-comm-housing-kf1')!;
        field.value = bad;
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        expect(field.getAttribute('aria-invalid'), bad).to.equal('true');
        const error = el.shadowRoot!.getElementById(field.getAttribute('aria-describedby')!)!;
        expect(error.textContent).to.contain('not a date with a four-digit year');
        expect(JSON.parse(localStorage.getItem(KEY(key))!).factors['whole-comm-housing-kf1'].next.when).to.equal('2027-03-31');
      }
      await type(el, '#when-whole-comm-housing-kf1', '2028-01-15');
      expect(shadow(el, '#when-whole-comm-housing-kf1')!.getAttribute('aria-invalid')).to.equal('false');
      expect(el.assessment!.factors['whole-comm-housing-kf1'].next!.when).to.equal('2028-01-15');
      await expect(el).to.be.accessible();
    });

    it('limits the length of every text field to what an import accepts', async () => {
      const el = await checklist(html`<iw-benchmark-checklist benchmark="whole-comm-housing" no-storage></iw-benchmark-checklist>`);
      const fields = [...el.shadowRoot!.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea, input[type="text"]')];
      expect(fields.length).to.be.greaterThan(0);
      for (const f of fields) expect(f.maxLength, f.id).to.equal(20000);
    });
  });

  describe('saved answers that are partly invalid', () => {
    it('salvages every valid answer, names what it left out, and keeps the saved value aside once', async () => {
      const key = uid();
      localStorage.setItem(KEY(key), journey3());
      for (let visit = 0; visit < 3; visit++) {
        const { result: el, errors } = await capture(() => checklist(html`<iw-benchmark-checklist benchmark="whole-comm-housing" storage-key=${key}></iw-benchmark-checklist>`));
        expect(checked(el, 'whole-comm-housing-kf1-q1')).to.equal('yes');
        expect(checked(el, 'whole-comm-housing-kf1-q2')).to.equal('partly');
        expect(shadow<HTMLTextAreaElement>(el, '#note-whole-comm-housing-kf1-q1')!.value).to.equal('Council decision 2025');
        expect(shadow<HTMLInputElement>(el, '#who-whole-comm-housing-kf1')!.value).to.equal('Ms Jansen');
        expect(shadow<HTMLInputElement>(el, '#when-whole-comm-housing-kf1')!.value).to.equal('');
        expect(el.context).to.deep.equal([{ id: 'economy', effect: 'hinders', note: 'Rents' }]);
        expect(alertText(el)).to.contain('Some of your saved answers could not be read');
        expect(alertText(el)).to.contain('By when (1)');
        expect(errors.map((e) => e.detail.code)).to.deep.equal(['storage']);
        expect(errors[0].detail.message).to.contain('factors["whole-comm-housing-kf1"].next.when must be a date');
        expect(backups(key), `visit ${visit + 1}`).to.have.length(1);
        el.remove();
      }
      expect(localStorage.getItem(backups(key)[0])).to.equal(journey3());
      backups(key).forEach((k) => localStorage.removeItem(k));
    });

    it('keeps one copy of an unreadable value however often the page is opened', async () => {
      for (const bad of ['{"format":', '[1,2,3]', journey3({ version: 2 })]) {
        const key = uid();
        localStorage.setItem(KEY(key), bad);
        for (let visit = 0; visit < 4; visit++) {
          const { result: el } = await capture(() => checklist(html`<iw-benchmark-checklist benchmark="whole-comm-housing" storage-key=${key}></iw-benchmark-checklist>`));
          expect(alertText(el)).to.contain('could not be read');
          el.remove();
        }
        expect(backups(key), bad).to.have.length(1);
        expect(localStorage.getItem(backups(key)[0])).to.equal(bad);
        backups(key).forEach((k) => localStorage.removeItem(k));
      }
    });

    it('offers to restore a kept copy (answers lost by an earlier version), and keeps the current answers in its place', async () => {
      const key = uid();
      // What an earlier version left: the answers moved aside, the checklist then used again.
      localStorage.setItem(`${KEY(key)}:backup:2026-12-04T10:21:00.000Z`, journey3());
      const el = await checklist(html`<iw-benchmark-checklist benchmark="whole-comm-housing" storage-key=${key}></iw-benchmark-checklist>`);
      await answer(el, 'whole-comm-housing-kf2-q1', 'no');
      const kept = shadow(el, '[part="kept"]')!;
      expect(textOf(kept)).to.contain('A copy of earlier answers is kept in this browser');
      buttonNamed(el, 'Restore the kept copy')!.click();
      await el.updateComplete;
      const dialog = shadow<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.textContent).to.contain('Your current answers are kept in its place');
      expect(el.shadowRoot!.activeElement?.textContent?.trim(), 'the safe choice has the focus').to.equal('Cancel');
      dialog.querySelector<HTMLButtonElement>('button.primary')!.click();
      await el.updateComplete;
      expect(checked(el, 'whole-comm-housing-kf1-q1')).to.equal('yes');
      expect(checked(el, 'whole-comm-housing-kf2-q1')).to.equal(undefined);
      expect(shadow<HTMLInputElement>(el, '#who-whole-comm-housing-kf1')!.value).to.equal('Ms Jansen');
      expect(notices(el)).to.contain('The kept copy was restored.');
      expect(notices(el)).to.contain('By when (1)');
      expect(JSON.parse(localStorage.getItem(KEY(key))!).answers['whole-comm-housing-kf1-q1'].answer).to.equal('yes');
      // The answers it replaced are the kept copy now: restoring it again undoes the restore.
      const left = backups(key);
      expect(left).to.have.length(1);
      expect(JSON.parse(localStorage.getItem(left[0])!).answers['whole-comm-housing-kf2-q1'].answer).to.equal('no');
      await expect(el).to.be.accessible();

      buttonNamed(el, 'Delete it')!.click();
      await el.updateComplete;
      expect(dialog.textContent).to.contain('Delete the kept copy?');
      dialog.querySelector<HTMLButtonElement>('button.primary')!.click();
      await el.updateComplete;
      expect(backups(key)).to.deep.equal([]);
      expect(!!shadow(el, '[part="kept"]'), 'the kept-copy offer').to.equal(false);
    });

    it('lets the user download a kept copy that cannot be restored', async () => {
      const key = uid();
      localStorage.setItem(KEY(key), '{"format": "iw-assessment", "answers": {');
      const { result: el } = await capture(() => checklist(html`<iw-benchmark-checklist benchmark="whole-comm-housing" storage-key=${key}></iw-benchmark-checklist>`));
      expect(!!buttonNamed(el, 'Restore the kept copy'), 'a restore button').to.equal(false);
      const blobs: Blob[] = [];
      const { createObjectURL } = URL;
      const click = HTMLAnchorElement.prototype.click;
      URL.createObjectURL = (b: Blob) => (blobs.push(b), 'blob:test');
      HTMLAnchorElement.prototype.click = () => undefined;
      try {
        buttonNamed(el, 'Download it')!.click();
      } finally {
        URL.createObjectURL = createObjectURL;
        HTMLAnchorElement.prototype.click = click;
      }
      expect(await blobs[0].text()).to.equal('{"format": "iw-assessment", "answers": {');
      backups(key).forEach((k) => localStorage.removeItem(k));
    });
  });

  describe('storage faults', () => {
    it('never writes over answers it could not read (reading fails, writing works)', async () => {
      const key = uid();
      const first = await checklist(html`<iw-benchmark-checklist benchmark="values-common" storage-key=${key}></iw-benchmark-checklist>`);
      for (const q of ['values-common-kf1-q1', 'values-common-kf1-q2', 'values-common-kf2-q1']) await answer(first, q, 'yes');
      first.remove();
      const saved = localStorage.getItem(KEY(key));
      await withStorage('getItem', () => { throw new DOMException('denied', 'SecurityError'); }, async () => { // prettier-ignore
        const { result: el } = await capture(() => checklist(html`<iw-benchmark-checklist benchmark="values-common" storage-key=${key}></iw-benchmark-checklist>`));
        await answer(el, 'values-common-kf3-q1', 'no');
        expect(notices(el)).to.contain('cannot be saved in this browser');
        expect(notices(el)).to.not.contain('saved in this browser as you go');
        expect(el.assessment!.answers['values-common-kf3-q1'].answer).to.equal('no');
      });
      expect(localStorage.getItem(KEY(key))).to.equal(saved);
    });

    it('merges what another tab saved before writing, and keeps a partly invalid value aside before writing over it', async () => {
      const key = uid();
      const el = await checklist(html`<iw-benchmark-checklist benchmark="whole-comm-housing" storage-key=${key}></iw-benchmark-checklist>`);
      // Another tab (an older version, say) saved meanwhile; its storage event has not arrived.
      localStorage.setItem(KEY(key), journey3());
      await answer(el, 'whole-comm-housing-kf2-q1', 'no');
      const stored = JSON.parse(localStorage.getItem(KEY(key))!);
      expect(stored.answers['whole-comm-housing-kf1-q1']).to.deep.equal({ answer: 'yes', note: 'Council decision 2025' });
      expect(stored.answers['whole-comm-housing-kf2-q1']).to.deep.equal({ answer: 'no' });
      expect(backups(key).map((k) => localStorage.getItem(k))).to.deep.equal([journey3()]);
      backups(key).forEach((k) => localStorage.removeItem(k));
    });

    it('writes only under the key of the benchmark it shows, when `benchmark` changes while the next one loads', async () => {
      const [a, b] = ['values-common', 'values-theme-b'];
      localStorage.removeItem(KEY(a));
      localStorage.removeItem(KEY(b));
      const el = await checklist(html`<iw-benchmark-checklist benchmark=${a}></iw-benchmark-checklist>`);
      await answer(el, `${a}-kf1-q1`, 'yes');
      resetData({ dataUrl: new URL('/slow/dist/data/', location.href).href });
      try {
        el.setAttribute('benchmark', b);
        await el.updateComplete;
        // What a bound context picker does on a tick while B loads.
        el.context = [{ id: 'economy', effect: 'helps' }];
        await settled(el);
        await waitUntil(() => el.assessment?.benchmark.id === b, 'benchmark B did not load');
      } finally {
        resetData();
      }
      const storedB = JSON.parse(localStorage.getItem(KEY(b))!);
      expect(storedB.benchmark.id).to.equal(b);
      expect(storedB.context).to.deep.equal([{ id: 'economy', effect: 'helps' }]);
      expect(JSON.parse(localStorage.getItem(KEY(a))!).context).to.deep.equal([]);
      expect(notices(el)).to.not.contain('belong to another benchmark');
      localStorage.removeItem(KEY(a));
      localStorage.removeItem(KEY(b));
    });
  });

  describe('ids and imports', () => {
    it('keeps answers to a question whose id is "constructor" in the assessment, not on Object', async () => {
      const el = await checklist(html`<iw-benchmark-checklist benchmark="proto" src="/test/pages/prototype-ids.json" no-storage></iw-benchmark-checklist>`);
      await answer(el, 'constructor', 'yes');
      await type(el, '#note-constructor', 'my note');
      await type(el, '#evidence-constructor', 'evidence');
      expect(textOf(shadow(el, '.summary'))).to.contain('1 of 2 questions answered');
      const exported = JSON.parse(el.exportJson()!);
      expect(exported.answers.constructor).to.deep.equal({ answer: 'yes', note: 'my note' });
      expect(exported.factors.constructor).to.deep.equal({ evidence: 'evidence' });
      expect((Object as unknown as { answer?: string }).answer).to.equal(undefined);
      expect(({} as { constructor: { note?: string } }).constructor.note).to.equal(undefined);
    });

    it('refuses imports beyond the limits of what can be typed, and leaves out answers to questions the benchmark does not have', async () => {
      const el = await checklist(html`<iw-benchmark-checklist benchmark="values-common" no-storage></iw-benchmark-checklist>`);
      await answer(el, 'values-common-kf1-q1', 'partly');
      const good = JSON.parse(el.exportJson()!);
      const big = 'x'.repeat(5_000_001);
      const cases: [unknown, string][] = [
        [{ ...good, context: [{ id: 'economy', effect: 'helps', note: big }] }, 'context[0].note must be a text of at most 20000 characters'],
        [{ ...good, answers: { [big]: { answer: 'yes' } } }, 'is not a valid id'],
        [{ ...good, created: big }, 'created must be a date and time'],
        [{ ...good, factors: { 'values-common-kf1': { next: { when: '2024-13-45' } } } }, 'next.when must be a date'],
        [{ ...good, factors: { 'values-common-kf1': { next: { when: '22026-03-11' } } } }, 'next.when must be a date'],
      ];
      for (const [value, why] of cases) {
        const { errors } = await capture(() => importFile(el, JSON.stringify(value)));
        expect(alertText(el), why).to.contain(why);
        expect(errors.map((e) => e.detail.code)).to.deep.equal(['import']);
        expect(checked(el, 'values-common-kf1-q1')).to.equal('partly');
      }
      const answers: Record<string, unknown> = { 'values-common-kf1-q1': { answer: 'yes' } };
      for (let i = 0; i < 1000; i++) answers[`unknown-question-${i}`] = { answer: 'no' };
      const { errors } = await capture(async () => {
        await importFile(el, JSON.stringify({ ...good, answers }));
        shadow<HTMLDialogElement>(el, 'dialog')!.querySelector<HTMLButtonElement>('button.primary')!.click();
        await el.updateComplete;
      });
      expect(notices(el)).to.contain('The file was imported.');
      expect(notices(el)).to.contain('Left out, because they could not be used: 1,000 other entries.');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['import']);
      expect(Object.keys(JSON.parse(el.exportJson()!).answers)).to.deep.equal(['values-common-kf1-q1']);
    });
  });

  describe('a large benchmark', () => {
    it('draws a 5,000-question benchmark in slices, so no single task draws it all', async function () {
      this.timeout(90000);
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('iw-benchmark-checklist');
      el.setAttribute('benchmark', 'big');
      el.setAttribute('src', '/__benchmark.json?factors=1&questions=5000');
      el.setAttribute('no-storage', '');
      const counts: number[] = [];
      wrap.append(el);
      // Each batch of changes to the shadow root is one render: record how many questions it shows.
      const count = () => el.shadowRoot!.querySelectorAll('fieldset.question').length;
      const observer = new MutationObserver(() => counts.push(count()));
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      await waitUntil(() => count() === 5000, 'not every question was drawn', { timeout: 60000 });
      observer.disconnect();
      const slices = [...new Set(counts.filter((n) => n > 0))];
      expect(slices[0], 'the first slice').to.be.at.most(200);
      expect(slices.length, 'slices').to.be.greaterThan(10);
      await answer(el, 'kf1-q5000', 'yes');
      expect(textOf(shadow(el, '.summary'))).to.contain('1 of 5,000 questions answered');
    });
  });
});
