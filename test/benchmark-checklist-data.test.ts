import { expect, html } from '@open-wc/testing';
import { capture, shadow } from './helpers.js';
import { answer, checked, checklist, importFile, notices, parseCsv, type, uid, withStorage } from './benchmark-checklist-helpers.js';
import { suggestStatus } from '../src/data/assessment.js';
import type { IwBenchmarkChecklist } from '../src/elements/benchmark-checklist/benchmark-checklist.js';

async function filled(): Promise<IwBenchmarkChecklist> {
  const el = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-2" storage-key=${uid()}></iw-benchmark-checklist>`);
  await answer(el, 'inclucities-2-kf1-q1', 'yes');
  await answer(el, 'inclucities-2-kf1-q2', 'na');
  await type(el, '#note-inclucities-2-kf1-q1', 'Відповідь українською, "quoted", with a comma');
  await type(el, '#note-inclucities-2-kf1-q2', '=HYPERLINK("http://evil.example")');
  await type(el, '#evidence-inclucities-2-kf1', 'ملاحظة بالعربية');
  await type(el, '#what-inclucities-2-kf1', 'Line one\nline two');
  el.context = [{ id: 'city-budget', effect: 'hinders', note: '+ cuts' }];
  return el;
}

describe('<iw-benchmark-checklist> data', () => {
  describe('export and import', () => {
    it('exports complete JSON that a fresh checklist imports to the same assessment', async () => {
      const el = await filled();
      const json = el.exportJson()!;
      const data = JSON.parse(json);
      expect(data).to.include({ format: 'iw-assessment', version: 1, datasetVersion: '__VERSION__' });
      expect(data.benchmark).to.deep.equal({ id: 'inclucities-2', version: '2.0' });
      expect(Date.parse(data.created)).to.be.a('number').and.not.NaN;
      expect(data.context).to.deep.equal([{ id: 'city-budget', effect: 'hinders', note: '+ cuts' }]);

      const fresh = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-2" storage-key=${uid()}></iw-benchmark-checklist>`);
      const loads: CustomEvent[] = [];
      fresh.addEventListener('iw-assessment-load', (e) => loads.push(e));
      await importFile(fresh, json);
      expect(notices(fresh)).to.contain('The file was imported.');
      const { updated: _a, ...got } = fresh.assessment!;
      const { updated: _b, ...want } = el.assessment!;
      expect(got).to.deep.equal(want);
      expect(checked(fresh, 'inclucities-2-kf1-q2')).to.equal('na');
      expect(loads).to.have.length(1);
      expect(fresh.context).to.deep.equal(el.context);
    });

    it('asks before an import replaces answers, and keeps them when cancelled', async () => {
      const source = await filled();
      const el = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-2" storage-key=${uid()}></iw-benchmark-checklist>`);
      await answer(el, 'inclucities-2-kf1-q1', 'no');
      await importFile(el, source.exportJson()!);
      const dialog = shadow<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.textContent).to.contain('Replace your current answers');
      [...dialog.querySelectorAll('button')].find((b) => b.textContent!.includes('Cancel'))!.click();
      await el.updateComplete;
      expect(checked(el, 'inclucities-2-kf1-q1')).to.equal('no');
      await importFile(el, source.exportJson()!);
      dialog.querySelector<HTMLButtonElement>('button.primary')!.click();
      await el.updateComplete;
      expect(checked(el, 'inclucities-2-kf1-q1')).to.equal('yes');
    });

    it('says when the file was made for another version of the benchmark', async () => {
      const source = await filled();
      const data = JSON.parse(source.exportJson()!);
      data.benchmark.version = '1.0';
      const el = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-2" no-storage></iw-benchmark-checklist>`);
      await importFile(el, JSON.stringify(data));
      expect(notices(el)).to.contain('another version of this benchmark');
      expect(checked(el, 'inclucities-2-kf1-q1')).to.equal('yes');
    });

    it('refuses files that are not a valid export, naming what is wrong, and keeps the answers', async () => {
      const source = await filled();
      const good = JSON.parse(source.exportJson()!);
      const el = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-2" no-storage></iw-benchmark-checklist>`);
      await answer(el, 'inclucities-2-kf1-q1', 'partly');
      const cases: [string, string][] = [
        ['{ not json', 'the file is not valid JSON'],
        ['[1, 2]', 'not an assessment object'],
        [JSON.stringify({ ...good, format: 'other' }), '"format" must be "iw-assessment"'],
        [JSON.stringify({ ...good, version: 7 }), '"version" 7 is not supported'],
        [JSON.stringify({ ...good, answers: { x: { answer: 'maybe' } } }), 'answers["x"].answer must be one of'],
        [JSON.stringify({ ...good, factors: { y: { next: { when: 'soon' } } } }), 'factors["y"].next.when must be a date'],
        [JSON.stringify({ ...good, benchmark: { id: 'inclucities-3' } }), 'made for the benchmark "inclucities-3"'],
      ];
      for (const [text, why] of cases) {
        const { errors } = await capture(() => importFile(el, text, 'bad.json'));
        const alert = shadow(el, '[part="notice"] [role="alert"]')!;
        expect(alert.textContent, why).to.contain(why);
        expect(alert.textContent).to.contain('cannot be imported');
        expect(errors.map((e) => e.detail.code)).to.deep.equal(['import']);
        expect(checked(el, 'inclucities-2-kf1-q1')).to.equal('partly');
      }
    });

    it('exports CSV that spreadsheets open correctly and that parses back', async () => {
      const el = await filled();
      const csv = el.exportCsv()!;
      expect(csv.startsWith('\uFEFF')).to.equal(true);
      expect(csv.replace(/"[^"]*"/g, '').split('\n').every((line, i, all) => i === all.length - 1 || line.endsWith('\r'))).to.equal(true);
      const rows = parseCsv(csv);
      expect(rows[0]).to.deep.equal(['Key factor', 'Question', 'Answer', 'Note', 'Status', 'Evidence', 'Next step', 'Who', 'By when']);
      expect(rows.slice(1, 34).every((r) => r.length === 9)).to.equal(true);
      expect(rows[1].slice(2, 7)).to.deep.equal(['Yes', 'Відповідь українською, "quoted", with a comma', 'Not assessed yet', 'ملاحظة بالعربية', 'Line one\nline two']);
      expect(rows[2].slice(2, 4)).to.deep.equal(['Not applicable', `'=HYPERLINK("http://evil.example")`]);
      expect(rows[34]).to.deep.equal(['']);
      expect(rows[35]).to.deep.equal(['Context factor', 'Effect', 'Note']);
      expect(rows[36]).to.deep.equal(['City budget and financial resources', 'Hinders', "'+ cuts"]);
      // A status the answers suggest says so; a chosen one does not.
      for (const q of ['q3', 'q4']) await answer(el, `inclucities-2-kf1-${q}`, 'yes');
      expect(parseCsv(el.exportCsv()!)[1][4]).to.equal('In place (suggested)');
      shadow<HTMLInputElement>(el, 'input[name="status-inclucities-2-kf1"][value="partly"]')!.click();
      await el.updateComplete;
      expect(parseCsv(el.exportCsv()!)[1][4]).to.equal('Partly in place');
    });

    it('downloads the exports from the toolbar buttons', async () => {
      const el = await filled();
      const blobs: Blob[] = [];
      const names: string[] = [];
      const { createObjectURL } = URL;
      const click = HTMLAnchorElement.prototype.click;
      URL.createObjectURL = (b: Blob) => (blobs.push(b), 'blob:test');
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        names.push(this.download);
      };
      try {
        const buttons = [...el.shadowRoot!.querySelectorAll('[part="toolbar"] button')] as HTMLButtonElement[];
        buttons[0].click();
        buttons[1].click();
      } finally {
        URL.createObjectURL = createObjectURL;
        HTMLAnchorElement.prototype.click = click;
      }
      expect(names.map((n) => n.replace(/\d{4}-\d{2}-\d{2}/, 'DATE'))).to.deep.equal(['assessment-inclucities-2-DATE.json', 'assessment-inclucities-2-DATE.csv']);
      expect(JSON.parse(await blobs[0].text()).format).to.equal('iw-assessment');
      expect(blobs[1].type).to.contain('text/csv');
    });
  });

  describe('storage faults', () => {
    it('keeps working in memory and says so when storage cannot be read', async () => {
      const { result: el, errors } = await capture(() =>
        withStorage('getItem', () => { throw new DOMException('denied', 'SecurityError'); }, () =>
          checklist(html`<iw-benchmark-checklist benchmark="inclucities-1" storage-key=${uid()}></iw-benchmark-checklist>`))); // prettier-ignore
      expect(errors.map((e) => e.detail.code)).to.include('storage');
      expect(notices(el)).to.contain('cannot be saved in this browser');
      await answer(el, 'inclucities-1-kf1-q1', 'yes');
      expect(el.assessment!.answers['inclucities-1-kf1-q1'].answer).to.equal('yes');
      await expect(el).to.be.accessible();
    });

    it('never loses answers when writing throws or storage is full', async () => {
      for (const error of [new Error('blocked'), new DOMException('full', 'QuotaExceededError')]) {
        const key = uid();
        const el = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-1" storage-key=${key}></iw-benchmark-checklist>`);
        const { errors } = await capture(() =>
          withStorage('setItem', () => { throw error; }, async () => { // prettier-ignore
            await answer(el, 'inclucities-1-kf1-q1', 'partly');
            await type(el, '#note-inclucities-1-kf1-q1', 'typed while storage is full');
            await answer(el, 'inclucities-1-kf1-q2', 'no');
          }),
        );
        expect(errors.map((e) => e.detail.code)).to.deep.equal(['storage']);
        expect(notices(el)).to.contain('cannot be saved in this browser');
        expect(el.assessment!.answers['inclucities-1-kf1-q1']).to.deep.equal({ answer: 'partly', note: 'typed while storage is full' });
        el.remove();
        const again = await withStorage('getItem', () => null, () =>
          checklist(html`<iw-benchmark-checklist benchmark="inclucities-1" storage-key=${key}></iw-benchmark-checklist>`));
        expect(checked(again, 'inclucities-1-kf1-q2'), 'kept for the page session').to.equal('no');
        await answer(again, 'inclucities-1-kf1-q3', 'yes');
        expect(notices(again)).to.contain('saved in this browser as you go');
        expect(JSON.parse(localStorage.getItem(`iw-assessment:v1:${key}`)!).answers['inclucities-1-kf1-q2'].answer).to.equal('no');
      }
    });

    it('keeps unreadable stored data aside, tells the user, and starts blank', async () => {
      for (const bad of ['{ broken', JSON.stringify({ format: 'iw-assessment', version: 1, answers: 'tampered' })]) {
        const key = uid();
        localStorage.setItem(`iw-assessment:v1:${key}`, bad);
        const { result: el, errors } = await capture(() => checklist(html`<iw-benchmark-checklist benchmark="inclucities-1" storage-key=${key}></iw-benchmark-checklist>`));
        expect(errors.map((e) => e.detail.code)).to.deep.equal(['storage']);
        const backup = Object.keys(localStorage).find((k) => k.startsWith(`iw-assessment:v1:${key}:backup:`))!;
        expect(localStorage.getItem(backup)).to.equal(bad);
        expect(shadow(el, '[role="alert"]')!.textContent).to.contain('could not be read');
        expect(el.assessment!.answers).to.deep.equal({});
        await answer(el, 'inclucities-1-kf1-q1', 'yes');
        expect(localStorage.getItem(backup)).to.equal(bad);
        await expect(el).to.be.accessible();
        localStorage.removeItem(backup);
      }
    });

    it('leaves alone what another benchmark saved under the same storage key', async () => {
      const key = uid();
      const first = await checklist(html`<iw-benchmark-checklist benchmark="inclucities-1" storage-key=${key}></iw-benchmark-checklist>`);
      await answer(first, 'inclucities-1-kf1-q1', 'yes');
      const saved = localStorage.getItem(`iw-assessment:v1:${key}`);
      const { result: other } = await capture(() => checklist(html`<iw-benchmark-checklist benchmark="inclucities-2" storage-key=${key}></iw-benchmark-checklist>`));
      expect(notices(other)).to.contain('belong to another benchmark');
      await answer(other, 'inclucities-2-kf1-q1', 'no');
      expect(localStorage.getItem(`iw-assessment:v1:${key}`)).to.equal(saved);
    });
  });

  describe('suggested status', () => {
    it('follows the answers that count', () => {
      expect(suggestStatus([undefined, 'unknown', 'na'])).to.equal(undefined);
      expect(suggestStatus(['no', 'no', 'na'])).to.equal('not-in-place');
      expect(suggestStatus(['no', 'no', 'partly'])).to.equal('emerging');
      expect(suggestStatus(['yes', 'no'])).to.equal('partly');
      expect(suggestStatus(['yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'partly'])).to.equal('in-place');
    });
  });
});
