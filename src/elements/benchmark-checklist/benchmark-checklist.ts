import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from '../../core/define.js';
import { msg, str } from '../../i18n/msg.js';
import { IwElement } from '../../core/base-element.js';
import { DataTask } from '../../core/data-task.js';
import { emit } from '../../core/events.js';
import { heading, parseHeadingLevel, type HeadingLevel } from '../../core/heading.js';
import { DataError, getBenchmark, getContextFactors, getPractices } from '../../data/store.js';
import type { Benchmark, ContextFactor, KeyFactor, Practice } from '../../data/types.js';
import type { ContextSelection } from '../../data/assessment-types.js';
import {
  ANSWERS, STATUSES, contextProblems, copyAssessment, copyContext, emptyAssessment, hasContent, mergeAssessments, parseAssessment,
  readStored, statusOf, storageKey, toCsv, toJson, writeStored,
  type Answer, type Assessment, type FactorStatus,
} from '../../data/assessment.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import { effectLabel } from '../../i18n/labels.js';
import { contentTask, fallbackNotice, translate, type Localized } from '../../i18n/content.js';
import { directionOf } from '../../i18n/locale.js';
import '../practice-card/practice-card.js';
import { checklistStyles } from './benchmark-checklist.styles.js';

type Loaded = { benchmark: Benchmark; factors: ContextFactor[] };
type Notice = { text: string; alert?: boolean };
type Confirm = { text: string; yes: string; run: () => void };

/** What the user typed when storage fails: kept for the page's lifetime, by storage key. */
const memory = new Map<string, Assessment>();

const answerLabel = (a: Answer) =>
  ({
    yes: msg('Yes', { desc: 'Answer to a guiding question' }),
    partly: msg('Partly', { desc: 'Answer to a guiding question' }),
    no: msg('No', { desc: 'Answer to a guiding question' }),
    unknown: msg("Don't know", { desc: 'Answer to a guiding question' }),
    na: msg('Not applicable', { desc: 'Answer to a guiding question' }),
  })[a];

const statusLabel = (s?: FactorStatus) =>
  s
    ? {
        'not-in-place': msg('Not in place', { desc: 'Status of a key factor' }),
        emerging: msg('Emerging', { desc: 'Status of a key factor' }),
        partly: msg('Partly in place', { desc: 'Status of a key factor' }),
        'in-place': msg('In place', { desc: 'Status of a key factor' }),
      }[s]
    : msg('Not assessed yet', { desc: 'Status of a key factor without answers' });


/**
 * A self-assessment against one benchmark: every key factor with its guiding questions, a status
 * and a next step per key factor, a summary chart, examples for the gaps; saved in the browser,
 * exported as JSON or CSV, printed as a report.
 *
 * @summary A benchmark self-assessment checklist.
 * @fires iw-assessment-change - The user changed the assessment (or a bound context picker set `context`). Detail: `{ assessment }`.
 * @fires iw-assessment-load - An assessment was loaded (from storage, an import, another tab, or the `assessment` property). Detail: `{ assessment }`.
 * @fires iw-error - Something is wrong (missing or unknown `benchmark`, storage that fails, an invalid import or value). Detail: `{ code, message, element }`.
 * @csspart base - The whole checklist.
 * @csspart title - The benchmark title.
 * @csspart toolbar - The export, import, print and start-over buttons.
 * @csspart notice - Messages about saving and importing.
 * @csspart summary - The summary: progress, chart and next steps.
 * @csspart chart - The status chart (SVG).
 * @csspart factor - One key factor section (`<details>`).
 * @csspart question - One guiding question (`<fieldset>`).
 * @csspart report - The printed report (shown when printing or with `print-preview`).
 * @csspart dialog - The confirmation dialog.
 * @csspart status - The loading or error message.
 * @csspart retry-button - The "Try again" button of the error message.
 * @cssprop --iw-color-accent - Accent colour (chart, focus ring). Default `#1a5fb4`.
 * @cssprop --iw-color-border - Border colour. Default: the text colour at 22 %.
 * @cssprop --iw-color-danger - Colour of warnings. Default `#b3261e`.
 * @cssprop --iw-radius - Corner radius. Default `0.375em`.
 */
@customElement('iw-benchmark-checklist')
export class IwBenchmarkChecklist extends IwElement {
  static override styles = [IwElement.styles, checklistStyles];

  /** The id of the benchmark to assess (see `benchmarks.json`). */
  @property() benchmark?: string;

  /** Saves under `iw-assessment:v1:<storage-key>` instead of the benchmark id, for several assessments of one benchmark. */
  @property({ attribute: 'storage-key' }) storageKey?: string;

  /** Keeps answers in memory only: nothing is saved in the browser. */
  @property({ attribute: 'no-storage', type: Boolean }) noStorage = false;

  /** Shows the printed report on screen instead of the form. */
  @property({ attribute: 'print-preview', type: Boolean, reflect: true }) printPreview = false;

  /** The level of the title heading, 2–6; sections use the levels below it. */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 2;

  /** URL of a custom dataset that follows `dataset.schema.json`, instead of the bundled data. */
  @property() src?: string;

  @state() private current?: Assessment;
  @state() private notice?: Notice;
  /** Why saving fails, shown as long as it does. */
  @state() private storageProblem?: string;
  @state() private confirm?: Confirm;
  @state() private practices?: Practice[];
  /** Key factors whose examples were opened: only those render practice cards. */
  @state() private opened = new Set<string>();

  private readonly data = new DataTask<Loaded, [string, string | undefined]>(
    this,
    async (id, src) => ({ benchmark: await getBenchmark(id, src), factors: await getContextFactors(src).catch(() => []) }),
    () => (this.benchmark?.trim() ? [this.benchmark.trim(), this.src] : undefined),
    (e) => this.reportLoadError(e, { benchmark: this.benchmark }),
  );

  /** Translations of the benchmark into the element's locale (none for a custom \`src\`). */
  private readonly content = contentTask(
    this,
    'benchmarks',
    () => (this.src ? undefined : this.locale),
    (e) => this.reportLoadError(e, { locale: this.locale }),
  );

  /** A field of the benchmark, a key factor or a question in the reader's language when translated. */
  private tr<R extends { id: string }, F extends keyof R & string>(record: R, field: F): Localized<R[F]> {
    return translate(record, field, this.content.status === 'ready' ? this.content.value : undefined);
  }

  /** Dataset text marked with the language it is in. */
  private text(l: Localized<string>): TemplateResult {
    return html`<span lang=${l.lang} dir=${directionOf(l.lang)}>${l.text}</span>`;
  }

  /** The last assessment shared with storage (loaded, or seen from another tab): the base of a merge. */
  private synced?: Assessment;
  private restoredFor?: string;
  /** Storage holds another benchmark's assessment under this key: leave it alone. */
  private blocked = false;
  private pending?: Assessment;
  private pendingContext?: ContextSelection[];

  /** The whole assessment (a copy); set it to load one, e.g. from a server. */
  get assessment(): Assessment | undefined {
    return this.current && copyAssessment(this.current);
  }

  set assessment(value: Assessment | undefined) {
    let a: Assessment;
    try {
      a = parseAssessment(value);
    } catch (e) {
      this.refuse(`The assessment set by script is not valid: ${(e as Error).message}.`);
      return;
    }
    if (!this.current) {
      this.pending = a;
      return;
    }
    if (a.benchmark.id !== this.current.benchmark.id) {
      this.refuse(`The assessment set by script is for benchmark "${a.benchmark.id}", not "${this.current.benchmark.id}".`);
      return;
    }
    this.load(a);
    this.save();
  }

  /** The local context factors chosen for this assessment; a bound `<iw-context-picker>` sets it. Setting it counts as a change by the user. */
  get context(): ContextSelection[] {
    return copyContext(this.current?.context ?? this.pendingContext ?? []);
  }

  set context(value: ContextSelection[]) {
    const problems = contextProblems(value);
    if (problems.length) {
      this.refuse(`The context set by script is not valid: ${problems.slice(0, 3).join('; ')}.`);
      return;
    }
    if (this.current) this.change((a) => (a.context = copyContext(value)));
    else this.pendingContext = copyContext(value);
  }

  private get key(): string {
    return storageKey(this.storageKey?.trim() || this.benchmark?.trim() || '');
  }

  private get level(): HeadingLevel {
    return parseHeadingLevel(this.headingLevel) ?? 2;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.onStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.onStorage);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('benchmark') || !this.hasUpdated) && !this.benchmark?.trim()) {
      this.report('missing-attribute', 'The "benchmark" attribute is missing: set it to the id of a benchmark.', { attribute: 'benchmark' });
    }
    const b = this.data.value?.benchmark;
    if (this.data.status === 'ready' && b && b.id === this.benchmark?.trim() && this.restoredFor !== `${this.key}|${this.noStorage}`) {
      this.restore(b);
    }
  }

  /** Loads what is saved for this benchmark (or what the script set), else starts blank. */
  private restore(b: Benchmark): void {
    this.restoredFor = `${this.key}|${this.noStorage}`;
    this.storageProblem = undefined;
    this.notice = undefined;
    this.blocked = false;
    let a = this.pending?.benchmark.id === b.id ? this.pending : undefined;
    const fromScript = !!a;
    this.pending = undefined;
    if (!this.noStorage && !a) {
      const read = readStored(this.key);
      if (read.value && read.value.benchmark.id !== b.id) {
        this.report('storage', `The saved assessment under "${this.key}" is for benchmark "${read.value.benchmark.id}"; starting blank.`);
        this.blocked = true;
        this.storageProblem = msg('The answers saved under this name belong to another benchmark. They are left untouched; this checklist starts blank and is not saved.', { desc: 'Notice: stored data of another benchmark' });
      } else a = read.value;
      if (read.problem === 'unavailable') {
        this.report('storage', 'The browser storage cannot be read; answers are kept in memory only.');
        this.storageProblem = this.unsavedText();
      } else if (read.problem === 'corrupt') {
        this.report('storage', `The saved assessment under "${this.key}" could not be read${read.backup ? `; it was copied to "${read.backup}"` : ''}.`, { backup: read.backup });
        this.notice = {
          alert: true,
          text: read.backup
            ? msg('Your saved answers could not be read, so the checklist starts blank. The unreadable copy was kept aside in this browser, not deleted.', { desc: 'Notice: corrupted stored data was backed up' })
            : msg('Your saved answers could not be read, so the checklist starts blank.', { desc: 'Notice: corrupted stored data' }),
        };
      }
    }
    a ??= this.noStorage ? undefined : memory.get(this.key);
    this.load(a ?? emptyAssessment(b));
    if (fromScript) this.save();
    if (this.pendingContext) {
      const context = this.pendingContext;
      this.pendingContext = undefined;
      this.change((x) => (x.context = context));
    }
  }

  /** Shows an assessment and tells a bound context picker. */
  private load(a: Assessment): void {
    this.current = a;
    this.synced = copyAssessment(a);
    emit(this, 'iw-assessment-load', { assessment: copyAssessment(a) });
  }

  private refuse(message: string): void {
    this.report('invalid-data', message);
    this.notice = { alert: true, text: msg('A value set by the web page could not be used; your answers are unchanged.', { desc: 'Notice: a script set an invalid value' }) };
  }

  private unsavedText(): string {
    return msg('Your answers cannot be saved in this browser (storage is blocked or full). They are kept while this page stays open: export them to keep them.', { desc: 'Notice: storage fails' });
  }

  /** Applies a user change, saves it and tells the page. */
  private change(edit: (a: Assessment) => void): void {
    const a = this.current;
    if (!a) return;
    edit(a);
    a.updated = new Date().toISOString();
    this.requestUpdate();
    this.save();
    emit(this, 'iw-assessment-change', { assessment: copyAssessment(a) });
  }

  private save(): void {
    const a = this.current!;
    if (this.noStorage) return;
    memory.set(this.key, a);
    if (this.blocked) return;
    if (writeStored(this.key, a)) {
      this.storageProblem = undefined;
    } else if (!this.storageProblem) {
      this.storageProblem = this.unsavedText();
      this.report('storage', 'The assessment could not be saved in the browser storage (blocked or full); it is kept in memory.');
    }
  }

  private onStorage = (e: StorageEvent): void => {
    if (e.key !== this.key || this.noStorage || !this.current || e.newValue === null) return;
    try {
      const theirs = parseAssessment(e.newValue);
      if (theirs.benchmark.id !== this.current.benchmark.id) return;
      // Keep what was changed here and not yet seen there; write the union back if it differs.
      const a = mergeAssessments(this.synced, this.current, theirs);
      memory.set(this.key, a);
      this.load(a);
      this.synced = theirs;
      if (JSON.stringify(a) !== JSON.stringify(theirs)) this.save();
      this.notice = { text: msg('Updated with the changes made in another tab or window.', { desc: 'Notice: answers changed in another tab' }) };
    } catch (err) {
      this.report('storage', `Ignored an unreadable change made in another tab: ${(err as Error).message}.`);
    }
  };

  private onInput = (e: Event): void => {
    const t = e.target as HTMLInputElement;
    const { k, id } = t.dataset;
    if (!k || !id) return;
    const v = t.value;
    this.change((a) => {
      const q = (a.answers[id] ??= {});
      const f = (a.factors[id] ??= {});
      if (k === 'answer') q.answer = v as Answer;
      else if (k === 'note') q.note = v;
      else if (k === 'status') f.status = v as FactorStatus;
      else if (k === 'evidence') f.evidence = v;
      else (f.next ??= {})[k as 'what' | 'who' | 'when'] = v;
      if (!Object.keys(q).length) delete a.answers[id];
      if (!Object.keys(f).length) delete a.factors[id];
    });
  };

  private useSuggestion(id: string): void {
    this.change((a) => delete a.factors[id].status);
  }

  private async ask(confirm: Confirm): Promise<void> {
    this.confirm = confirm;
    await this.updateComplete;
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  private answerDialog(yes: boolean): void {
    const run = this.confirm?.run;
    this.renderRoot.querySelector('dialog')?.close();
    this.confirm = undefined;
    if (yes) run?.();
  }

  private startOver(): void {
    void this.ask({
      text: msg('Start over? All answers, notes, statuses and next steps of this checklist will be erased. Export them first if you may need them.', { desc: 'Confirmation before erasing the assessment' }),
      yes: msg('Erase and start over', { desc: 'Button that confirms erasing the assessment' }),
      run: () => {
        this.load(emptyAssessment(this.data.value!.benchmark));
        this.change(() => {});
        this.notice = { text: msg('The checklist was cleared.', { desc: 'Notice after starting over' }) };
      },
    });
  }

  private async onFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.importText(await file.text().catch(() => ''), file.name);
  }

  private importText(text: string, name: string): void {
    const b = this.data.value!.benchmark;
    let a: Assessment;
    try {
      a = parseAssessment(text);
      if (a.benchmark.id !== b.id) throw new Error(`it was made for the benchmark "${a.benchmark.id}", not "${b.id}"`);
    } catch (err) {
      const why = (err as Error).message;
      this.report('import', `${name} cannot be imported: ${why}.`);
      this.notice = { alert: true, text: msg(str`This file cannot be imported: ${why}. Choose a JSON file exported from this checklist.`, { desc: 'Error: an import failed; the reason is in English' }) };
      return;
    }
    const other = a.benchmark.version !== b.version;
    const apply = () => {
      a.updated = new Date().toISOString();
      this.load(a);
      this.save();
      emit(this, 'iw-assessment-change', { assessment: copyAssessment(a) });
      this.notice = {
        text: other
          ? msg('The file was imported. It was made for another version of this benchmark: check the answers.', { desc: 'Notice: imported from another benchmark version' })
          : msg('The file was imported.', { desc: 'Notice: import succeeded' }),
      };
    };
    if (!hasContent(this.current!)) return apply();
    const version = a.benchmark.version ?? '?';
    void this.ask({
      text: `${msg('Replace your current answers with the ones in the file?', { desc: 'Confirmation before an import overwrites answers' })}${
        other ? ` ${msg(str`The file was made for version ${version} of this benchmark.`, { desc: 'Warning in the import confirmation' })}` : ''
      }`,
      yes: msg('Replace my answers', { desc: 'Button that confirms an import' }),
      run: apply,
    });
  }

  private async showExamples(id: string, e: Event): Promise<void> {
    if (!(e.target as HTMLDetailsElement).open) return;
    this.opened = new Set(this.opened).add(id);
    if (this.practices) return;
    try {
      this.practices = await getPractices(this.src);
    } catch (err) {
      this.reportLoadError(err);
      this.notice = { alert: true, text: this.describeLoadError(err) };
    }
  }

  private download(ext: 'json' | 'csv', text: string): void {
    const url = URL.createObjectURL(new Blob([text], { type: ext === 'json' ? 'application/json' : 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `assessment-${this.current!.benchmark.id}-${new Date().toISOString().slice(0, 10)}.${ext}`;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  /** The assessment as a JSON export (the format `import` accepts), or `undefined` before it loads. */
  exportJson(): string | undefined {
    return this.current && toJson(this.current);
  }

  /** The assessment as CSV for spreadsheets: one row per question, then the context factors. */
  exportCsv(): string | undefined {
    const a = this.current;
    const loaded = this.data.value;
    if (!a || !loaded) return undefined;
    const b = loaded.benchmark;
    const rows: unknown[][] = [
      [
        msg('Key factor', { id: 'csv-key-factor', desc: 'CSV column' }), msg('Question', { id: 'csv-question', desc: 'CSV column' }), msg('Answer', { id: 'csv-answer', desc: 'CSV column' }),
        msg('Note', { id: 'csv-note', desc: 'CSV column' }), msg('Status', { id: 'csv-status', desc: 'CSV column: status of the key factor' }),
        msg('Evidence', { id: 'csv-evidence', desc: 'CSV column' }), msg('Next step', { id: 'csv-next-step', desc: 'CSV column' }), msg('Who', { id: 'csv-who', desc: 'CSV column: who takes the next step' }),
        msg('By when', { id: 'csv-by-when', desc: 'CSV column: date of the next step' }),
      ],
    ];
    for (const kf of b.keyFactors) {
      const f = a.factors[kf.id] ?? {};
      const { status } = statusOf(b, a, kf.id);
      for (const q of kf.questions) {
        const s = a.answers[q.id] ?? {};
        rows.push([this.kfName(kf), this.tr(q, 'text').text, s.answer ? answerLabel(s.answer) : '', s.note, statusLabel(status), f.evidence, f.next?.what, f.next?.who, f.next?.when]);
      }
    }
    if (a.context.length) {
      rows.push([], [msg('Context factor', { id: 'csv-context-factor', desc: 'CSV column' }), msg('Effect', { id: 'csv-effect', desc: 'CSV column: effect of a context factor' }), msg('Note', { id: 'csv-note', desc: 'CSV column' })]);
      for (const c of a.context) rows.push([this.contextName(c.id), effectLabel(c.effect), c.note]);
    }
    return toCsv(rows);
  }

  private date = (d: string) => formatDate(d, this.locale, { dateStyle: 'medium', timeZone: 'UTC' });

  private kfName = (kf: KeyFactor) => {
    const title = this.tr(kf, 'title').text;
    return kf.number ? `${kf.number}. ${title}` : title;
  };

  private contextName(id: string): string {
    return this.data.value?.factors.find((f) => f.id === id)?.title ?? id;
  }

  override render(): TemplateResult {
    if (!this.benchmark?.trim()) {
      return this.renderProblem(msg('No benchmark was chosen for this checklist.', { desc: 'Error: the benchmark attribute is missing' }));
    }
    switch (this.data.status) {
      case 'pending':
        return this.renderLoading(msg('Loading checklist…', { desc: 'Shown while a checklist loads' }));
      case 'error': {
        const e = this.data.error;
        if (e instanceof DataError && e.code === 'unknown-id') {
          const id = this.benchmark;
          return this.renderProblem(msg(str`Sorry, there is no benchmark with the id "${id}".`, { desc: 'Error: unknown benchmark id' }));
        }
        return this.renderProblem(this.describeLoadError(e), this.data.retry);
      }
      case 'ready':
        return this.current ? this.renderChecklist(this.data.value!.benchmark, this.current) : this.renderLoading();
    }
  }

  /** Says so when the benchmark is (partly) shown in English because it is not translated. */
  private contentNotice(b: Benchmark) {
    if (this.src || this.content.status === 'pending') return nothing;
    const parts: Localized<unknown>[] = [this.tr(b, 'title'), this.tr(b, 'summary')];
    for (const kf of b.keyFactors) parts.push(this.tr(kf, 'title'), this.tr(kf, 'why'), ...kf.questions.map((q) => this.tr(q, 'text')));
    const notice = fallbackNotice(this.locale, parts, this.content.status === 'error');
    return notice ? html`<p class="content-notice screen-only" part="content-notice" role="note">${notice}</p>` : nothing;
  }

  private renderChecklist(b: Benchmark, a: Assessment): TemplateResult {
    const notice = this.notice;
    return html`<div part="base" dir=${this.dir_} lang=${this.locale}>
      ${heading(this.level, html`<bdi lang=${this.tr(b, 'title').lang}>${this.tr(b, 'title').text}</bdi>`, 'title')}
      <p class="meta">
        ${b.version ? msg(str`Benchmark version ${b.version}`, { desc: 'Version of the benchmark' }) : nothing}
        <span class="print-only">${b.version ? '· ' : ''}${msg(str`Report of ${formatDate(new Date(), this.locale)}`, { desc: 'Date line of the printed report' })}</span>
      </p>
      <p class="intro screen-only">${this.text(this.tr(b, 'summary'))}</p>
      ${this.contentNotice(b)}
      <div part="toolbar" class="toolbar screen-only" role="group" aria-label=${msg('Save and share', { desc: 'Accessible name of the toolbar' })}>
        <button type="button" @click=${() => this.download('json', this.exportJson()!)}>${msg('Export (JSON)', { desc: 'Button' })}</button>
        <button type="button" @click=${() => this.download('csv', this.exportCsv()!)}>${msg('Export for spreadsheets (CSV)', { desc: 'Button' })}</button>
        <button type="button" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')!.click()}>${msg('Import…', { desc: 'Button that opens a file to import' })}</button>
        <input type="file" accept=".json,application/json" hidden tabindex="-1" aria-hidden="true" @change=${this.onFile} />
        <button type="button" @click=${() => window.print()}>${msg('Print or save as PDF', { desc: 'Button' })}</button>
        <button type="button" @click=${this.startOver}>${msg('Start over', { desc: 'Button that erases the assessment' })}</button>
      </div>
      <div part="notice" class="notices screen-only">
        <p role="status" class=${this.storageProblem ? 'warn' : ''}>${this.storageProblem ?? (this.noStorage ? '' : msg('Your answers are saved in this browser as you go.', { desc: 'Notice: autosave works' }))}</p>
        <p role=${notice?.alert ? 'alert' : 'status'} class=${notice?.alert ? 'warn' : ''}>${notice?.text ?? ''}</p>
      </div>
      ${this.renderSummary(b, a)}
      <div class="form screen-only" @input=${this.onInput}>${b.keyFactors.map((kf, i) => this.renderFactor(b, a, kf, i))}</div>
      ${this.renderReport(b, a)}
      <dialog part="dialog" aria-labelledby="confirm-text" @cancel=${() => (this.confirm = undefined)}>
        <p id="confirm-text">${this.confirm?.text}</p>
        <div class="actions">
          <button type="button" class="primary" @click=${() => this.answerDialog(true)}>${this.confirm?.yes}</button>
          <button type="button" @click=${() => this.answerDialog(false)}>${msg('Cancel', { desc: 'Button' })}</button>
        </div>
      </dialog>
    </div>`;
  }

  private renderSummary(b: Benchmark, a: Assessment): TemplateResult {
    const total = b.keyFactors.reduce((n, kf) => n + kf.questions.length, 0);
    const done = b.keyFactors.reduce((n, kf) => n + kf.questions.filter((q) => a.answers[q.id]?.answer).length, 0);
    const [d, t] = [formatNumber(done, this.locale), formatNumber(total, this.locale)];
    const steps = b.keyFactors.filter((kf) => a.factors[kf.id]?.next?.what || a.factors[kf.id]?.next?.who);
    const sub = Math.min(this.level + 1, 6) as HeadingLevel;
    return html`<section part="summary" class="summary" aria-labelledby="summary-h">
      ${heading(sub, msg('Summary', { desc: 'Heading of the assessment summary' }), 'summary-title', 'summary-h')}
      <p>
        <label for="progress">${msg(str`${d} of ${t} questions answered`, { desc: 'Progress of the assessment' })}</label>
        <progress id="progress" max=${total} .value=${done}></progress>
      </p>
      ${this.renderChart(b, a)}
      <table class="visually-hidden">
        <caption>${msg('Status of each key factor', { desc: 'Caption of the status table' })}</caption>
        <thead><tr><th scope="col">${msg('Key factor', { desc: 'Table column' })}</th><th scope="col">${msg('Status', { desc: 'Table column' })}</th><th scope="col">${msg('Answered', { desc: 'Table column: answered questions' })}</th></tr></thead>
        <tbody>
          ${b.keyFactors.map((kf) => {
            const n = formatNumber(kf.questions.filter((q) => a.answers[q.id]?.answer).length, this.locale);
            const of = formatNumber(kf.questions.length, this.locale);
            return html`<tr><th scope="row"><bdi lang=${this.tr(kf, 'title').lang}>${this.kfName(kf)}</bdi></th><td>${statusLabel(statusOf(b, a, kf.id).status)}</td><td>${msg(str`${n} of ${of}`, { desc: 'Answered questions of a key factor' })}</td></tr>`;
          })}
        </tbody>
      </table>
      ${heading(Math.min(sub + 1, 6) as HeadingLevel, msg('Next steps', { desc: 'Heading of the list of next steps' }), 'steps-title')}
      ${steps.length
        ? html`<ul class="steps">
            ${steps.map((kf) => {
              const n = a.factors[kf.id].next!;
              return html`<li><strong><bdi lang=${this.tr(kf, 'title').lang}>${this.kfName(kf)}</bdi></strong>: <bdi>${n.what}</bdi>${n.who ? html` — <bdi>${msg(str`who: ${n.who}`, { desc: 'Who takes a next step' })}</bdi>` : nothing}${n.when
                ? html` — <bdi>${msg(str`by ${this.date(n.when)}`, { desc: 'Date of a next step' })}</bdi>`
                : nothing}</li>`;
            })}
          </ul>`
        : html`<p>${msg('No next steps yet: add one under each key factor that is not in place.', { desc: 'Empty list of next steps' })}</p>`}
    </section>`;
  }

  /** A bar per key factor: the longer, the further in place; each status has its own pattern and its name written out. */
  private renderChart(b: Benchmark, a: Assessment): TemplateResult {
    const rtl = this.dir_ === 'rtl';
    const W = 640;
    const H = 26;
    const x = (v: number, w = 0) => (rtl ? W - v - w : v);
    const fills: Record<FactorStatus, string> = { 'not-in-place': 'url(#p0)', emerging: 'url(#p1)', partly: 'url(#p2)', 'in-place': 'var(--_accent)' };
    return html`<svg part="chart" class="chart" viewBox="0 0 ${W} ${b.keyFactors.length * H + 4}" aria-hidden="true" focusable="false">
      <defs>
        <pattern id="p0" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="Canvas" /></pattern>
        <pattern id="p1" width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1.3" fill="var(--_accent)" /></pattern>
        <pattern id="p2" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="6" fill="var(--_accent)" /></pattern>
      </defs>
      ${b.keyFactors.map((kf, i) => {
        const s = statusOf(b, a, kf.id).status;
        const y = i * H + 2;
        const w = s ? ((STATUSES.indexOf(s) + 1) / 4) * 180 : 0;
        const label = this.kfName(kf);
        // The label keeps its own direction (an Arabic title reads right to left even in an English page).
        const own = directionOf(this.tr(kf, 'title').lang);
        return svg`<text x=${x(4)} y=${y + 17} class="kf" direction=${own} text-anchor=${rtl === (own === 'rtl') ? 'start' : 'end'}>${label.length > 52 ? `${label.slice(0, 50)}…` : label}</text>
          ${s ? svg`<rect x=${x(350, w)} y=${y + 3} width=${w} height=${H - 8} fill=${fills[s]} stroke="var(--_accent)" stroke-width="1.5" />` : nothing}
          <text x=${x(358 + w)} y=${y + 17} class="st">${statusLabel(s)}</text>`;
      })}
    </svg>`;
  }

  private renderFactor(b: Benchmark, a: Assessment, kf: KeyFactor, i: number): TemplateResult {
    const f = a.factors[kf.id] ?? {};
    const { status, suggested } = statusOf(b, a, kf.id);
    const answered = kf.questions.filter((q) => a.answers[q.id]?.answer).length;
    const sub = Math.min(this.level + 1, 6) as HeadingLevel;
    const [n, of] = [formatNumber(answered, this.locale), formatNumber(kf.questions.length, this.locale)];
    return html`<details part="factor" class="factor" ?open=${i === 0}>
      <summary>
        ${heading(sub, html`<bdi lang=${this.tr(kf, 'title').lang}>${this.kfName(kf)}</bdi>`, 'factor-title')}
        <span class="badge">${statusLabel(status)} · ${msg(str`${n} of ${of} answered`, { desc: 'Answered questions of a key factor' })}</span>
      </summary>
      <div class="body">
        <p><strong>${msg('Why it matters:', { desc: 'Label before the explanation of a key factor' })}</strong> ${this.text(this.tr(kf, 'why'))}</p>
        ${kf.tips?.length
          ? html`<details class="tips"><summary>${msg('Tips', { desc: 'Expander of the tips of a key factor' })}</summary>
              <ul lang=${this.tr(kf, 'tips').lang} dir=${directionOf(this.tr(kf, 'tips').lang)}>${(this.tr(kf, 'tips').text ?? []).map((t) => html`<li>${t}</li>`)}</ul></details>`
          : nothing}
        ${kf.questions.map((q, qi) => this.renderQuestion(q, a, `${kf.number ?? i + 1}.${qi + 1}`))}
        <fieldset class="status-group">
          <legend>${msg('Overall status of this key factor', { desc: 'Legend of the status choice' })}</legend>
          <p class="hint">
            ${suggested
              ? msg(str`Suggested from your answers: ${statusLabel(suggested)}.`, { desc: 'The status the answers point to' })
              : msg('Answer the questions to get a suggestion, or choose a status.', { desc: 'Hint before any answer' })}
            ${f.status && f.status !== suggested
              ? html`<button type="button" class="link" @click=${() => this.useSuggestion(kf.id)}>${msg('Use the suggestion', { desc: 'Button that drops the chosen status' })}</button>`
              : nothing}
          </p>
          <div class="choices">
            ${STATUSES.map((s) => html`<label><input type="radio" name="status-${kf.id}" value=${s} data-k="status" data-id=${kf.id} .checked=${status === s} />${statusLabel(s)}</label>`)}
          </div>
        </fieldset>
        ${this.field('textarea', kf.id, 'evidence', msg('Evidence (what shows where you stand)', { desc: 'Label of the evidence note' }), f.evidence)}
        <fieldset class="next">
          <legend>${msg('Next step', { desc: 'Legend of the next-step fields' })}</legend>
          ${this.field('textarea', kf.id, 'what', msg('What', { desc: 'Label: what the next step is' }), f.next?.what)}
          <div class="row">
            ${this.field('text', kf.id, 'who', msg('Who', { desc: 'Label: who takes the next step' }), f.next?.who)}
            ${this.field('date', kf.id, 'when', msg('By when', { desc: 'Label: date of the next step' }), f.next?.when)}
          </div>
        </fieldset>
        ${status !== 'in-place' ? this.renderExamples(kf, sub) : nothing}
      </div>
    </details>`;
  }

  private field(type: string, id: string, k: string, label: string, value = ''): TemplateResult {
    const fid = `${k}-${id}`;
    return html`<p class="field"><label for=${fid}>${label}</label>
      ${type === 'textarea'
        ? html`<textarea id=${fid} rows="2" data-k=${k} data-id=${id} .value=${value}></textarea>`
        : html`<input id=${fid} type=${type} data-k=${k} data-id=${id} .value=${value} />`}</p>`;
  }

  private renderQuestion(q: { id: string; text: string }, a: Assessment, number: string): TemplateResult {
    const s = a.answers[q.id] ?? {};
    return html`<fieldset part="question" class="question">
      <legend><span class="num">${number}</span> ${this.text(this.tr(q, 'text'))}</legend>
      <div class="choices">
        ${ANSWERS.map((v) => html`<label><input type="radio" name=${q.id} value=${v} data-k="answer" data-id=${q.id} .checked=${s.answer === v} />${answerLabel(v)}</label>`)}
      </div>
      ${this.field('textarea', q.id, 'note', msg('Note (optional)', { desc: 'Label of the note on a question' }), s.note)}
    </fieldset>`;
  }

  private renderExamples(kf: KeyFactor, level: HeadingLevel): TemplateResult {
    const ids = new Set(kf.practices);
    const list = this.practices?.filter((p) => ids.has(p.id) || p.keyFactors?.some((k) => k.id === kf.id));
    return html`<details class="examples" @toggle=${(e: Event) => this.showExamples(kf.id, e)}>
      <summary>${msg('See examples from other cities', { desc: 'Expander of practices linked to a key factor' })}</summary>
      ${!this.opened.has(kf.id)
        ? nothing
        : !list
        ? html`<p role="status">${msg('Loading…', { desc: 'Shown while data loads' })}</p>`
        : list.length
          ? html`<div class="cards">${list.map((p) => html`<iw-practice-card variant="compact" heading-level=${Math.min(level + 1, 6)} .practice=${p}></iw-practice-card>`)}</div>`
          : html`<p>${msg('The dataset has no examples for this key factor yet.', { desc: 'No practice is linked to a key factor' })}</p>`}
    </details>`;
  }

  /** The report for printing: context, then every key factor with its answers, status, evidence and next step. */
  private renderReport(b: Benchmark, a: Assessment): TemplateResult {
    const sub = Math.min(this.level + 1, 6) as HeadingLevel;
    return html`<div part="report" class="report">
      ${heading(sub, msg('Local context', { id: 'report-local-context', desc: 'Heading of the context factors in the report' }), 'report-title')}
      ${a.context.length
        ? html`<ul>${a.context.map((c) => html`<li><bdi lang="en">${this.contextName(c.id)}</bdi>: ${effectLabel(c.effect)}${c.note ? html` — <span dir="auto">${c.note}</span>` : nothing}</li>`)}</ul>`
        : html`<p>${msg('No context factors were chosen.', { desc: 'Report without context factors' })}</p>`}
      ${b.keyFactors.map((kf) => {
        const f = a.factors[kf.id] ?? {};
        return html`<section class="kf-report">
          ${heading(sub, html`<bdi lang=${this.tr(kf, 'title').lang}>${this.kfName(kf)}</bdi>`, 'report-title')}
          <p><strong>${msg('Status:', { desc: 'Report label' })}</strong> ${statusLabel(statusOf(b, a, kf.id).status)}</p>
          <table>
            <thead><tr><th scope="col">${msg('Question', { desc: 'Table column' })}</th><th scope="col">${msg('Answer', { desc: 'Table column' })}</th><th scope="col">${msg('Note', { desc: 'Table column' })}</th></tr></thead>
            <tbody>${kf.questions.map((q) => {
              const s = a.answers[q.id] ?? {};
              return html`<tr><td>${this.text(this.tr(q, 'text'))}</td><td>${s.answer ? answerLabel(s.answer) : '—'}</td><td dir="auto">${s.note ?? ''}</td></tr>`;
            })}</tbody>
          </table>
          ${f.evidence ? html`<p><strong>${msg('Evidence:', { desc: 'Report label' })}</strong> <span dir="auto">${f.evidence}</span></p>` : nothing}
          ${f.next?.what || f.next?.who || f.next?.when
            ? html`<p><strong>${msg('Next step:', { desc: 'Report label' })}</strong> <span dir="auto">${[f.next.what, f.next.who, f.next.when && this.date(f.next.when)].filter(Boolean).join(' — ')}</span></p>`
            : nothing}
        </section>`;
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iw-benchmark-checklist': IwBenchmarkChecklist;
  }
  interface HTMLElementEventMap {
    'iw-assessment-change': CustomEvent<{ assessment: Assessment }>;
    'iw-assessment-load': CustomEvent<{ assessment: Assessment }>;
  }
}
