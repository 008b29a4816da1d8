import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
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
  ANSWERS, MAX_TEXT, STATUSES, contextProblems, copyAssessment, copyContext, describeProblem, dict, emptyAssessment, fieldKey,
  fieldProblem, fitToBenchmark, hasContent, own, parseAssessment, sameContent, statusOf, toCsv, toJson,
  type Answer, type Assessment, type FactorStatus, type FieldKind, type Problem,
} from '../../data/assessment.js';
import {
  AssessmentStore, copyPrefix, dropCopy, keepCopy, keptCopies, merge, parseStored, readStored, remembered, serialize, storageKey,
  type KeptCopy, type Stored,
} from '../../data/assessment-storage.js';
import { formatDate, formatList, formatNumber } from '../../i18n/format.js';
import { effectLabel } from '../../i18n/labels.js';
import { contentTask, fallbackNotice, translate, type Localized } from '../../i18n/content.js';
import { directionOf, withLocale } from '../../i18n/locale.js';
import '../practice-card/practice-card.js';
import { checklistStyles, disclosureStyles } from './benchmark-checklist.styles.js';

type Loaded = { benchmark: Benchmark; factors: ContextFactor[] };

/** A message about saving, importing or another tab, kept as a kind and turned into text while rendering. */
type Notice =
  | { kind: 'imported'; otherVersion: boolean; dropped: Problem[] }
  | { kind: 'import-failed'; why: string }
  | { kind: 'cleared' }
  | { kind: 'other-tab' }
  | { kind: 'refused' }
  | { kind: 'unreadable'; kept: boolean }
  | { kind: 'salvaged'; dropped: Problem[] }
  | { kind: 'restored'; dropped: Problem[] }
  | { kind: 'examples-failed'; error: unknown };
const ALERTS = new Set<Notice['kind']>(['import-failed', 'refused', 'unreadable', 'salvaged', 'examples-failed']);

/** Why answers are not saved in the browser, shown as long as it lasts. */
type StorageNotice = 'unsaved' | 'other-benchmark';

type Confirm = { kind: 'start-over' | 'restore' | 'delete-copy' } | { kind: 'import'; version?: string; otherVersion: boolean };

/** The newest copy kept aside for this checklist, and what restoring it would give. */
type Kept = KeptCopy & { restore?: Assessment; dropped: Problem[] };

/** A large benchmark is drawn this many questions at a time, one slice per task. */
const SLICE = 100;

const answerLabel = (a: Answer) =>
  ({
    yes: msg('Yes', { desc: 'Answer to a guiding question' }),
    partly: msg('Partly', { desc: 'Answer to a guiding question' }),
    no: msg('No', { desc: 'Answer to a guiding question' }),
    unknown: msg("Don't know", { desc: 'Answer to a guiding question' }),
    na: msg('Not applicable', { desc: 'Answer to a guiding question' }),
  })[a];

const statusName = (s: FactorStatus) =>
  ({
    'not-in-place': msg('Not in place', { desc: 'Status of a key factor' }),
    emerging: msg('Emerging', { desc: 'Status of a key factor' }),
    partly: msg('Partly in place', { desc: 'Status of a key factor' }),
    'in-place': msg('In place', { desc: 'Status of a key factor' }),
  })[s];

/** How many questions of a key factor have an answer. */
const answeredIn = (kf: KeyFactor, a: Assessment) => kf.questions.filter((q) => own(a.answers, q.id)?.answer).length;

/** A status as shown: marked when it is only suggested by the answers, not chosen. */
const statusLabel = (s: FactorStatus | undefined, suggested = false): string => {
  if (!s) return msg('Not assessed yet', { desc: 'Status of a key factor without answers' });
  const name = statusName(s);
  return suggested ? msg(str`${name} (suggested)`, { desc: 'A status suggested by the answers, not chosen by the user' }) : name;
};

/**
 * A self-assessment against one benchmark: every key factor with its guiding questions, a status
 * and a next step per key factor, a summary chart, examples for the gaps; saved in the browser,
 * exported as JSON or CSV, printed as a report.
 *
 * @summary A benchmark self-assessment checklist.
 * @fires iw-assessment-change - The user changed the assessment (or a bound context picker set `context`). Detail: `{ assessment }`.
 * @fires iw-assessment-load - An assessment was loaded (from storage, an import, a kept copy, another tab, or the `assessment` property). Detail: `{ assessment }`.
 * @fires iw-error - Something is wrong (missing or unknown `benchmark`, storage that fails or holds unreadable answers, an invalid import or value). Detail: `{ code, message, element }`.
 * @csspart base - The whole checklist.
 * @csspart title - The benchmark title.
 * @csspart toolbar - The export, import, print and start-over buttons.
 * @csspart notice - Messages about saving, importing and kept copies.
 * @csspart kept - The offer to restore, download or delete a copy of answers kept in the browser.
 * @csspart summary - The summary: progress, chart and next steps.
 * @csspart chart - The status chart: a bar and the written status per key factor.
 * @csspart factor - One key factor section (`<details>`).
 * @csspart question - One guiding question (`<fieldset>`).
 * @csspart report - The printed report (drawn when printing or with `print-preview`).
 * @csspart dialog - The confirmation dialog.
 * @csspart status - The loading or error message.
 * @csspart retry-button - The "Try again" button of the error message.
 * @cssprop --iw-color-accent - Accent colour (chart, progress, chosen answers; mixed into the focus ring). Default `#1a5fb4`.
 * @cssprop --iw-color-focus - Focus ring. Default: the accent mixed with the text colour.
 * @cssprop --iw-color-on-accent - Text of the confirm button, on the accent. Default `#fff`.
 * @cssprop --iw-color-field-border - Border of the text fields and the progress track. Default: the text colour at 60 %.
 * @cssprop --iw-color-surface - Background of the sections, the fields and the dialog. Default: transparent; the dialog opaque, near black under light text and white under dark text.
 * @cssprop --iw-color-border - Border colour. Default: the text colour at 22 %.
 * @cssprop --iw-color-danger - Colour of warnings. Default `#b3261e`.
 * @cssprop --iw-radius - Corner radius. Default `0.375em`.
 */
@customElement('iw-benchmark-checklist')
export class IwBenchmarkChecklist extends IwElement {
  static override styles = [IwElement.styles, disclosureStyles, checklistStyles];

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

  /** The assessment shown, bound to the storage key of the benchmark it belongs to. */
  @state() private store?: AssessmentStore;
  @state() private notice?: Notice;
  @state() private storageNotice?: StorageNotice;
  @state() private kept?: Kept;
  @state() private confirm?: Confirm;
  @state() private practices?: { src?: string; list: Practice[] };
  /** Key factors whose examples were opened: only those render practice cards. */
  @state() private opened = new Set<string>();
  /** Fields whose typed value cannot be saved (a date that is not one), by field key. */
  @state() private invalid = new Set<string>();
  /** How many questions are drawn so far, in document order (a large benchmark is drawn in slices). */
  @state() private drawn = 0;
  /** The browser is printing: the report is drawn. */
  @state() private printing = false;

  private readonly data = new DataTask<Loaded, [string, string | undefined]>(
    this,
    async (id, src) => ({ benchmark: await getBenchmark(id, src), factors: await getContextFactors(src).catch(() => []) }),
    () => (this.benchmark?.trim() ? [this.benchmark.trim(), this.src] : undefined),
    (e) => this.reportLoadError(e, { benchmark: this.benchmark }),
  );

  /** Translations of the benchmark into the element's locale: its own file (none for a custom \`src\`). */
  private readonly content = contentTask(
    this,
    'benchmarks',
    () => (this.src ? undefined : this.locale),
    (e) => this.reportLoadError(e, { locale: this.locale }),
    () => this.benchmark?.trim(),
  );

  /** Translations of the context factors, for their names in the report: loaded once a context is chosen. */
  private readonly factorsContent = contentTask(
    this,
    'context-factors',
    () => (this.src || !this.store?.value.context.length ? undefined : this.locale),
    (e) => this.reportLoadError(e, { locale: this.locale }),
  );

  /** The benchmark, storage key and storage mode the shown assessment belongs to. */
  private restoredFor?: string;
  private pending?: Assessment;
  private pendingContext?: ContextSelection[];
  /** Events to fire once the update that caused them is done (never from inside an update). */
  private effects: (() => void)[] = [];
  private sliceTimer?: ReturnType<typeof setTimeout>;
  /** What the open confirmation dialog does when confirmed. */
  private confirmRun?: () => void;
  private readonly printQuery = window.matchMedia?.('print');

  /** The whole assessment (a copy); set it to load one, e.g. from a server. */
  get assessment(): Assessment | undefined {
    return this.store && copyAssessment(this.store.value);
  }

  set assessment(value: Assessment | undefined) {
    let a: Assessment;
    try {
      a = parseAssessment(value);
    } catch (e) {
      this.refuse(`The assessment set by script is not valid: ${(e as Error).message}.`);
      return;
    }
    const s = this.store;
    if (!s) {
      this.pending = a;
      return;
    }
    if (a.benchmark.id !== s.value.benchmark.id) {
      this.refuse(`The assessment set by script is for benchmark "${a.benchmark.id}", not "${s.value.benchmark.id}".`);
      return;
    }
    this.leaveOut(a, 'The assessment set by script');
    s.replace(a);
    this.loaded();
    this.save();
  }

  /** The local context factors chosen for this assessment; a bound `<iw-context-picker>` sets it. Setting it counts as a change by the user. */
  get context(): ContextSelection[] {
    return copyContext(this.store?.value.context ?? this.pendingContext ?? []);
  }

  set context(value: ContextSelection[]) {
    const problems = contextProblems(value);
    if (problems.length) {
      this.refuse(`The context set by script is not valid: ${problems.slice(0, 3).join('; ')}.`);
      return;
    }
    if (this.store) this.edit('context', copyContext(value));
    else this.pendingContext = copyContext(value);
  }

  private get level(): HeadingLevel {
    return parseHeadingLevel(this.headingLevel) ?? 2;
  }

  /** What the shown assessment is bound to: changing any of these loads another one. */
  private get binding(): string {
    return JSON.stringify([this.benchmark?.trim(), this.storageKey?.trim(), this.noStorage]);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.onStorage);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.printQuery?.addEventListener?.('change', this.onPrintMedia);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.onStorage);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.printQuery?.removeEventListener?.('change', this.onPrintMedia);
    clearTimeout(this.sliceTimer);
    this.sliceTimer = undefined;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('benchmark') || !this.hasUpdated) && !this.benchmark?.trim()) {
      this.report('missing-attribute', 'The "benchmark" attribute is missing: set it to the id of a benchmark.', { attribute: 'benchmark' });
    }
    if (this.restoredFor !== this.binding) {
      // Another benchmark or key: nothing more is written for the old one; changes wait for the new one.
      this.store = undefined;
      const b = this.data.value?.benchmark;
      if (this.data.status === 'ready' && b && b.id === this.benchmark?.trim()) this.restore(b);
    }
  }

  override updated(): void {
    for (const effect of this.effects.splice(0)) effect();
    const total = this.total;
    if (this.store && this.drawn < total && this.sliceTimer === undefined && this.isConnected) {
      // The next slice in a task of its own, so the page stays responsive while a large benchmark draws.
      this.sliceTimer = setTimeout(() => {
        this.sliceTimer = undefined;
        this.drawn = Math.min(this.total, this.drawn + SLICE);
      });
    }
  }

  private get total(): number {
    return this.data.value?.benchmark.keyFactors.reduce((n, kf) => n + kf.questions.length, 0) ?? 0;
  }

  /** Loads what is saved for this benchmark (or what the script set), else starts blank. */
  private restore(b: Benchmark): void {
    this.restoredFor = this.binding;
    this.storageNotice = undefined;
    this.notice = undefined;
    this.invalid = new Set();
    this.drawn = Math.min(SLICE, this.total);
    const key = this.noStorage ? undefined : storageKey(this.storageKey?.trim() || b.id);
    const fromScript = this.pending?.benchmark.id === b.id ? this.pending : undefined;
    this.pending = undefined;
    let stored: Stored | undefined;
    let writable = true;
    if (key) {
      const read = readStored(key);
      if (read.state === 'unavailable') {
        writable = false;
        this.storageNotice = 'unsaved';
        this.report('storage', 'The browser storage cannot be read; answers are kept in memory only and nothing is written over what is stored.');
      } else if (read.state === 'unreadable') {
        const kept = keepCopy(key, read.raw);
        this.report('storage', `The saved assessment under "${key}" could not be read (${read.problems.map(describeProblem).join('; ')})${kept ? `; it was kept as "${kept}"` : ''}.`, { backup: kept });
        this.notice = { kind: 'unreadable', kept: !!kept };
      } else if (read.state === 'ok' && read.stored.value.benchmark.id !== b.id) {
        writable = false;
        this.storageNotice = 'other-benchmark';
        this.report('storage', `The saved assessment under "${key}" is for benchmark "${read.stored.value.benchmark.id}"; starting blank and saving nothing.`);
      } else if (read.state === 'ok') {
        stored = read.stored;
        const dropped = this.storedLeftOut(read.problems, stored.value, b);
        if (dropped.length) {
          const kept = keepCopy(key, read.raw);
          this.report('storage', `Parts of the saved assessment under "${key}" could not be read and were left out: ${dropped.map(describeProblem).join('; ')}${kept ? `; the saved value was kept as "${kept}"` : ''}.`, {
            backup: kept, dropped: dropped.map(describeProblem),
          });
          this.notice = { kind: 'salvaged', dropped };
        }
      }
    }
    // What this page typed when storage failed: the newer of each field wins.
    const mem = key ? remembered(key) : undefined;
    if (mem && mem.value.benchmark.id === b.id) stored = stored ? merge(stored, mem) : mem;
    this.store = new AssessmentStore(stored ?? { value: emptyAssessment(b), clock: dict() }, key, writable);
    if (fromScript) {
      this.leaveOut(fromScript, 'The assessment set by script');
      this.store.replace(fromScript);
      this.save();
    }
    this.loaded();
    if (this.pendingContext) {
      const context = this.pendingContext;
      this.pendingContext = undefined;
      this.edit('context', context);
    }
    this.kept = this.findKept(b);
  }

  /** Leaves out what the benchmark does not have; returns what was left out. */
  private fit(a: Assessment, b: Benchmark): Problem[] {
    const factors = this.data.value?.factors;
    return fitToBenchmark(a, b, factors?.length ? new Set(factors.map((f) => f.id)) : undefined);
  }

  /** What a stored value loses: its unreadable answers, factors and context entries, then what `fit()` leaves out. */
  private storedLeftOut(problems: Problem[], a: Assessment, b: Benchmark): Problem[] {
    return [...problems.filter((p) => ['answers', 'factors', 'context'].includes(p.part)), ...this.fit(a, b)];
  }

  /** `fit()` for a value from a script: what is left out is reported to the page. */
  private leaveOut(a: Assessment, what: string): Problem[] {
    const b = this.data.value?.benchmark;
    const dropped = b ? this.fit(a, b) : [];
    if (dropped.length) this.report('invalid-data', `${what} has entries this benchmark does not have; they were left out: ${dropped.slice(0, 5).map(describeProblem).join('; ')}.`);
    return dropped;
  }

  /** The copy kept aside for this checklist's key to offer: the newest one that restoring would bring back, else the newest. */
  private findKept(b: Benchmark): Kept | undefined {
    const key = this.store?.key;
    const offers = (key ? keptCopies(key) : []).reverse().map((copy): Kept => {
      const read = parseStored(copy.raw);
      if (read.state !== 'ok' || read.stored.value.benchmark.id !== b.id) return { ...copy, dropped: [] };
      const a = read.stored.value;
      const dropped = this.storedLeftOut(read.problems, a, b);
      return { ...copy, restore: hasContent(a) && !sameContent(a, this.store!.value) ? a : undefined, dropped };
    });
    return offers.find((k) => k.restore) ?? offers[0];
  }

  /** The assessment was replaced: redraw every field, tell a bound context picker. */
  private loaded(): void {
    const a = copyAssessment(this.store!.value);
    this.invalid = new Set();
    this.requestUpdate();
    this.effects.push(() => emit(this, 'iw-assessment-load', { assessment: a }));
  }

  private refuse(message: string): void {
    this.report('invalid-data', message);
    this.notice = { kind: 'refused' };
  }

  /** Applies a change made by the user to one field, saves it and tells the page. */
  private edit(key: string, value: unknown): void {
    const s = this.store;
    if (!s) return;
    s.edit(key, value);
    this.changed();
  }

  private changed(): void {
    this.requestUpdate();
    this.save();
    emit(this, 'iw-assessment-change', { assessment: copyAssessment(this.store!.value) });
  }

  private save(): void {
    const result = this.store!.save();
    if (result === 'saved') {
      if (this.storageNotice === 'unsaved') this.storageNotice = undefined;
    } else if (result === 'failed' && !this.storageNotice) {
      this.storageNotice = 'unsaved';
      this.report('storage', 'The assessment could not be saved in the browser storage (blocked, full or unreadable); it is kept in memory.');
    }
  }

  private onStorage = (e: StorageEvent): void => {
    const s = this.store;
    if (!s?.key || !e.key || (e.storageArea && e.storageArea !== window.localStorage)) return;
    if (e.key.startsWith(copyPrefix(s.key))) {
      this.kept = this.findKept(this.data.value!.benchmark);
      return;
    }
    if (e.key !== s.key || e.newValue === null) return;
    const { changed, problem } = s.receive(e.newValue);
    if (problem) this.report('storage', `Ignored an unreadable change made in another tab: ${problem}.`);
    if (!changed) return;
    this.loaded();
    this.notice = { kind: 'other-tab' };
  };

  private onInput = (e: Event): void => {
    const t = e.target as HTMLInputElement;
    const { k, id } = t.dataset;
    if (!k || !id) return;
    const key = fieldKey(k as FieldKind, id);
    // What cannot be saved is not saved: the field says why, the stored value stays as it was.
    const bad = t.validity?.badInput || !!fieldProblem(k as FieldKind, t.value);
    if (bad !== this.invalid.has(key)) {
      const next = new Set(this.invalid);
      if (bad) next.add(key);
      else next.delete(key);
      this.invalid = next;
    }
    if (!bad) this.edit(key, t.value);
  };

  private onBeforePrint = (): void => {
    this.printing = true;
    // The report must be in the page before the browser lays it out for print.
    this.performUpdate();
  };

  private onAfterPrint = (): void => {
    this.printing = false;
  };

  private onPrintMedia = (e: MediaQueryListEvent): void => {
    this.printing = e.matches;
  };

  private async print(): Promise<void> {
    this.printing = true;
    await this.updateComplete;
    window.print();
  }

  private async ask(confirm: Confirm, run: () => void): Promise<void> {
    this.confirm = confirm;
    this.confirmRun = run;
    await this.updateComplete;
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  private answerDialog(yes: boolean): void {
    const run = this.confirmRun;
    this.renderRoot.querySelector('dialog')?.close();
    this.confirm = undefined;
    this.confirmRun = undefined;
    if (yes) run?.();
  }

  private startOver(): void {
    void this.ask({ kind: 'start-over' }, () => {
      this.store!.replace(emptyAssessment(this.data.value!.benchmark));
      this.loaded();
      this.changed();
      this.notice = { kind: 'cleared' };
    });
  }

  private restoreKept(): void {
    const kept = this.kept;
    const s = this.store;
    if (!kept?.restore || !s) return;
    const run = () => {
      // The current answers are kept in its place, so restoring can be undone the same way.
      if (s.key && hasContent(s.value)) keepCopy(s.key, serialize(s.state));
      const a = kept.restore!;
      a.updated = new Date().toISOString();
      s.replace(a);
      this.loaded();
      this.changed();
      dropCopy(kept.key);
      this.notice = { kind: 'restored', dropped: kept.dropped };
      this.kept = this.findKept(this.data.value!.benchmark);
    };
    if (hasContent(s.value)) void this.ask({ kind: 'restore' }, run);
    else run();
  }

  private deleteKept(): void {
    const kept = this.kept;
    if (!kept) return;
    void this.ask({ kind: 'delete-copy' }, () => {
      dropCopy(kept.key);
      this.kept = this.findKept(this.data.value!.benchmark);
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
      this.notice = { kind: 'import-failed', why };
      return;
    }
    const otherVersion = a.benchmark.version !== b.version;
    const dropped = this.fit(a, b);
    if (dropped.length) this.report('import', `${name}: entries this benchmark does not have were left out: ${dropped.slice(0, 5).map(describeProblem).join('; ')}${dropped.length > 5 ? ` (${dropped.length} in all)` : ''}.`);
    const apply = () => {
      a.updated = new Date().toISOString();
      this.store!.replace(a);
      this.loaded();
      this.changed();
      this.notice = { kind: 'imported', otherVersion, dropped };
    };
    if (!hasContent(this.store!.value)) return apply();
    void this.ask({ kind: 'import', version: a.benchmark.version, otherVersion }, apply);
  }

  private async showExamples(id: string, e: Event): Promise<void> {
    if (!(e.target as HTMLDetailsElement).open) return;
    this.opened = new Set(this.opened).add(id);
    const src = this.src;
    if (this.practices && this.practices.src === src) return;
    try {
      const list = await getPractices(src);
      if (src === this.src) this.practices = { src, list };
    } catch (err) {
      this.reportLoadError(err);
      this.notice = { kind: 'examples-failed', error: err };
    }
  }

  private download(ext: 'json' | 'csv', text: string, name = `assessment-${this.store!.value.benchmark.id}-${new Date().toISOString().slice(0, 10)}`): void {
    const url = URL.createObjectURL(new Blob([text], { type: ext === 'json' ? 'application/json' : 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${name}.${ext}`;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  /** The assessment as a JSON export (the format `import` accepts), or `undefined` before it loads. */
  exportJson(): string | undefined {
    return this.store && toJson(this.store.value);
  }

  /** The assessment as CSV for spreadsheets, in the checklist's language: one row per question, then the context factors. */
  exportCsv(): string | undefined {
    const a = this.store?.value;
    const loaded = this.data.value;
    if (!a || !loaded) return undefined;
    return withLocale(this.locale, () => this.csv(loaded.benchmark, a));
  }

  private csv(b: Benchmark, a: Assessment): string {
    const rows: unknown[][] = [
      [
        msg('Key factor', { id: 'csv-key-factor', desc: 'CSV column' }), msg('Question', { id: 'csv-question', desc: 'CSV column' }), msg('Answer', { id: 'csv-answer', desc: 'CSV column' }),
        msg('Note', { id: 'csv-note', desc: 'CSV column' }), msg('Status', { id: 'csv-status', desc: 'CSV column: status of the key factor' }),
        msg('Evidence', { id: 'csv-evidence', desc: 'CSV column' }), msg('Next step', { id: 'csv-next-step', desc: 'CSV column' }), msg('Who', { id: 'csv-who', desc: 'CSV column: who takes the next step' }),
        msg('By when', { id: 'csv-by-when', desc: 'CSV column: date of the next step' }),
      ],
    ];
    for (const kf of b.keyFactors) {
      const f = own(a.factors, kf.id) ?? {};
      const { status, isSuggested } = statusOf(b, a, kf.id);
      for (const q of kf.questions) {
        const s = own(a.answers, q.id) ?? {};
        rows.push([this.kfName(kf), this.tr(q, 'text').text, s.answer ? answerLabel(s.answer) : '', s.note, statusLabel(status, isSuggested), f.evidence, f.next?.what, f.next?.who, f.next?.when]);
      }
    }
    if (a.context.length) {
      rows.push([], [msg('Context factor', { id: 'csv-context-factor', desc: 'CSV column' }), msg('Effect', { id: 'csv-effect', desc: 'CSV column: effect of a context factor' }), msg('Note', { id: 'csv-note', desc: 'CSV column' })]);
      for (const c of a.context) rows.push([this.contextName(c.id).text, effectLabel(c.effect), c.note]);
    }
    return toCsv(rows);
  }

  /** A field of the benchmark, a key factor or a question in the reader's language when translated. */
  private tr<R extends { id: string }, F extends keyof R & string>(record: R, field: F): Localized<R[F]> {
    return translate(record, field, this.content.status === 'ready' ? this.content.value : undefined);
  }

  /** A paragraph of dataset text, in the language and direction of that text (English in an Arabic checklist reads left to right). */
  private paragraph(l: Localized<string>, className: string): TemplateResult {
    return html`<p class=${className} lang=${l.lang} dir=${directionOf(l.lang)}>${l.text}</p>`;
  }

  /** Dataset text marked with the language it is in. */
  private text(l: Localized<string>): TemplateResult {
    return html`<span lang=${l.lang} dir=${directionOf(l.lang)}>${l.text}</span>`;
  }

  private date = (d: string) => formatDate(d, this.locale, { dateStyle: 'medium', timeZone: 'UTC' });

  private kfName = (kf: KeyFactor) => {
    const title = this.tr(kf, 'title').text;
    return kf.number ? `${kf.number}. ${title}` : title;
  };

  /** A context factor's name, in the reader's language when translated. */
  private contextName(id: string): Localized<string> {
    const f = this.data.value?.factors.find((x) => x.id === id);
    return f ? translate(f, 'title', this.factorsContent.status === 'ready' ? this.factorsContent.value : undefined) : { text: id, lang: 'en', translated: false };
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
        return this.store ? this.renderChecklist(this.data.value!.benchmark, this.store.value) : this.renderLoading();
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
    return html`<div part="base" dir=${this.dir_} lang=${this.locale}>
      ${heading(this.level, html`<bdi lang=${this.tr(b, 'title').lang}>${this.tr(b, 'title').text}</bdi>`, 'title')}
      <p class="meta">
        ${b.version ? msg(str`Benchmark version ${b.version}`, { desc: 'Version of the benchmark' }) : nothing}
        <span class="print-only">${b.version ? '· ' : ''}${msg(str`Report of ${formatDate(new Date(), this.locale)}`, { desc: 'Date line of the printed report' })}</span>
      </p>
      ${this.paragraph(this.tr(b, 'summary'), 'intro screen-only')}
      ${this.contentNotice(b)}
      <div part="toolbar" class="toolbar screen-only" role="group" aria-label=${msg('Save and share', { desc: 'Accessible name of the toolbar' })}>
        <button type="button" @click=${() => this.download('json', this.exportJson()!)}>${msg('Export (JSON)', { desc: 'Button' })}</button>
        <button type="button" @click=${() => this.download('csv', this.exportCsv()!)}>${msg('Export for spreadsheets (CSV)', { desc: 'Button' })}</button>
        <button type="button" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')!.click()}>${msg('Import…', { desc: 'Button that opens a file to import' })}</button>
        <input type="file" accept=".json,application/json" hidden tabindex="-1" aria-hidden="true" @change=${this.onFile} />
        <button type="button" @click=${this.print}>${msg('Print or save as PDF', { desc: 'Button' })}</button>
        <button type="button" @click=${this.startOver}>${msg('Start over', { desc: 'Button that erases the assessment' })}</button>
      </div>
      ${this.renderNotices(b)}
      ${this.renderSummary(b, a)}
      <div class="form screen-only" @input=${this.onInput}>${this.renderFactors(b, a)}</div>
      <div part="report" class="report">${this.printing || this.printPreview ? this.renderReport(b, a) : nothing}</div>
      <dialog part="dialog" aria-labelledby="confirm-text" @cancel=${() => (this.confirm = undefined)}>
        <p id="confirm-text">${this.confirmText()}</p>
        <div class="actions">
          <button type="button" class="primary" @click=${() => this.answerDialog(true)}>${this.confirmYes()}</button>
          <button type="button" autofocus @click=${() => this.answerDialog(false)}>${msg('Cancel', { desc: 'Button' })}</button>
        </div>
      </dialog>
    </div>`;
  }

  private renderNotices(b: Benchmark): TemplateResult {
    const n = this.notice;
    const alert = n && ALERTS.has(n.kind);
    const saving =
      this.storageNotice === 'unsaved'
        ? msg('Your answers cannot be saved in this browser (storage is blocked or full). They are kept while this page stays open: export them to keep them.', { desc: 'Notice: storage fails' })
        : this.storageNotice === 'other-benchmark'
          ? msg('The answers saved under this name belong to another benchmark. They are left untouched; this checklist starts blank and is not saved.', { desc: 'Notice: stored data of another benchmark' })
          : this.noStorage
            ? ''
            : msg('Your answers are saved in this browser as you go.', { desc: 'Notice: autosave works' });
    return html`<div part="notice" class="notices screen-only">
      <p class=${this.storageNotice ? 'warn' : ''}>${saving}</p>
      <p role="status">${n && !alert ? this.noticeText(b, n) : ''}</p>
      <p role="alert" class=${alert ? 'warn' : ''}>${n && alert ? this.noticeText(b, n) : ''}</p>
      ${this.renderKept()}
    </div>`;
  }

  private noticeText(b: Benchmark, n: Notice): string {
    const left = (dropped: Problem[]) => {
      const list = this.droppedList(b, dropped);
      return dropped.length ? ` ${msg(str`Left out, because they could not be used: ${list}.`, { desc: 'After a notice: the parts of an assessment that were not loaded; a list follows' })}` : '';
    };
    switch (n.kind) {
      case 'imported':
        return (n.otherVersion
          ? msg('The file was imported. It was made for another version of this benchmark: check the answers.', { desc: 'Notice: imported from another benchmark version' })
          : msg('The file was imported.', { desc: 'Notice: import succeeded' })) + left(n.dropped);
      case 'import-failed': {
        const why = n.why;
        return msg(str`This file cannot be imported: ${why}. Choose a JSON file exported from this checklist.`, { desc: 'Error: an import failed; the reason is in English' });
      }
      case 'cleared':
        return msg('The checklist was cleared.', { desc: 'Notice after starting over' });
      case 'other-tab':
        return msg('Updated with the changes made in another tab or window.', { desc: 'Notice: answers changed in another tab' });
      case 'refused':
        return msg('A value set by the web page could not be used; your answers are unchanged.', { desc: 'Notice: a script set an invalid value' });
      case 'unreadable':
        return n.kept
          ? msg('Your saved answers could not be read, so the checklist starts blank. The unreadable copy was kept aside in this browser, not deleted.', { desc: 'Notice: corrupted stored data was backed up' })
          : msg('Your saved answers could not be read, so the checklist starts blank.', { desc: 'Notice: corrupted stored data' });
      case 'salvaged':
        return msg('Some of your saved answers could not be read. Everything else is back, and the saved data as it was is kept aside in this browser.', { desc: 'Notice: stored data was partly invalid; the valid part was loaded' }) + left(n.dropped);
      case 'restored':
        return msg('The kept copy was restored.', { desc: 'Notice: a copy kept in the browser was loaded' }) + left(n.dropped);
      case 'examples-failed':
        return this.describeLoadError(n.error);
    }
  }

  /** The parts left out of an assessment, named as the form names them ("Note (1.3)"). */
  private droppedList(b: Benchmark, dropped: Problem[]): string {
    const numbers = new Map<string, string>();
    b.keyFactors.forEach((kf, i) => {
      const n = kf.number ?? String(i + 1);
      numbers.set(`f:${kf.id}`, n);
      kf.questions.forEach((q, qi) => numbers.set(`q:${q.id}`, `${n}.${qi + 1}`));
    });
    const items: string[] = [];
    let other = 0;
    for (const p of dropped) {
      const field = p.field && p.field !== 'entry' ? p.field : undefined;
      const n = field && p.id !== undefined ? numbers.get(`${p.part === 'answers' ? 'q' : 'f'}:${p.id}`) : undefined;
      if (field && n) items.push(`${this.fieldLabel(field)} (${n})`);
      else other++;
    }
    if (other) {
      const count = formatNumber(other, this.locale);
      items.push(msg(str`${count} other entries`, { desc: 'In the list of parts left out: entries that belong to no question of this benchmark' }));
    }
    return formatList(items, this.locale);
  }

  private fieldLabel(k: FieldKind): string {
    switch (k) {
      case 'answer':
        return msg('Answer', { desc: 'Table column' });
      case 'note':
        return msg('Note', { desc: 'Table column' });
      case 'status':
        return msg('Status', { desc: 'Table column' });
      case 'evidence':
        return msg('Evidence', { id: 'csv-evidence', desc: 'CSV column' });
      case 'what':
        return msg('What', { desc: 'Label: what the next step is' });
      case 'who':
        return msg('Who', { desc: 'Label: who takes the next step' });
      case 'when':
        return msg('By when', { desc: 'Label: date of the next step' });
    }
  }

  private renderKept(): TemplateResult | typeof nothing {
    const kept = this.kept;
    if (!kept) return nothing;
    const when = formatDate(kept.time, this.locale, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<div part="kept" class="kept">
      <p>${msg(str`A copy of earlier answers is kept in this browser (from ${when}).`, { desc: 'Notice: a copy of answers (e.g. unreadable ones) is kept in the browser; buttons follow' })}</p>
      <div class="actions">
        ${kept.restore ? html`<button type="button" class="primary" @click=${this.restoreKept}>${msg('Restore the kept copy', { desc: 'Button that loads a copy of answers kept in the browser' })}</button>` : nothing}
        <button type="button" @click=${() => this.download('json', kept.raw, `assessment-${this.store!.value.benchmark.id}-kept-${kept.time.slice(0, 10)}`)}>${msg('Download it', { desc: 'Button that downloads the kept copy as a file' })}</button>
        <button type="button" @click=${this.deleteKept}>${msg('Delete it', { desc: 'Button that deletes the kept copy' })}</button>
      </div>
    </div>`;
  }

  private confirmText(): string {
    const c = this.confirm;
    switch (c?.kind) {
      case 'start-over':
        return msg('Start over? All answers, notes, statuses and next steps of this checklist will be erased. Export them first if you may need them.', { desc: 'Confirmation before erasing the assessment' });
      case 'import': {
        const version = c.version ?? '?';
        const ask = msg('Replace your current answers with the ones in the file?', { desc: 'Confirmation before an import overwrites answers' });
        return c.otherVersion ? `${ask} ${msg(str`The file was made for version ${version} of this benchmark.`, { desc: 'Warning in the import confirmation' })}` : ask;
      }
      case 'restore':
        return msg('Replace your current answers with the kept copy? Your current answers are kept in its place.', { desc: 'Confirmation before a kept copy replaces the answers' });
      case 'delete-copy':
        return msg('Delete the kept copy? It cannot be brought back.', { desc: 'Confirmation before deleting the kept copy' });
      default:
        return '';
    }
  }

  private confirmYes(): string {
    switch (this.confirm?.kind) {
      case 'start-over':
        return msg('Erase and start over', { desc: 'Button that confirms erasing the assessment' });
      case 'import':
        return msg('Replace my answers', { desc: 'Button that confirms an import' });
      case 'restore':
        return msg('Restore the kept copy', { desc: 'Button that loads a copy of answers kept in the browser' });
      case 'delete-copy':
        return msg('Delete it', { desc: 'Button that deletes the kept copy' });
      default:
        return '';
    }
  }

  private renderSummary(b: Benchmark, a: Assessment): TemplateResult {
    const done = b.keyFactors.reduce((n, kf) => n + answeredIn(kf, a), 0);
    const [d, t] = [formatNumber(done, this.locale), formatNumber(this.total, this.locale)];
    const steps = b.keyFactors.filter((kf) => own(a.factors, kf.id)?.next?.what || own(a.factors, kf.id)?.next?.who);
    const sub = Math.min(this.level + 1, 6) as HeadingLevel;
    return html`<section part="summary" class="summary" aria-labelledby="summary-h">
      ${heading(sub, msg('Summary', { desc: 'Heading of the assessment summary' }), 'summary-title', 'summary-h')}
      <p>
        <label for="progress">${msg(str`${d} of ${t} questions answered`, { desc: 'Progress of the assessment' })}</label>
        <progress id="progress" max=${this.total} .value=${done}></progress>
      </p>
      ${this.renderChart(b, a)}
      <div class="visually-hidden"><table>
        <caption>${msg('Status of each key factor', { desc: 'Caption of the status table' })}</caption>
        <thead><tr><th scope="col">${msg('Key factor', { desc: 'Table column' })}</th><th scope="col">${msg('Status', { desc: 'Table column' })}</th><th scope="col">${msg('Answered', { desc: 'Table column: answered questions' })}</th></tr></thead>
        <tbody>
          ${b.keyFactors.map((kf) => {
            const n = formatNumber(answeredIn(kf, a), this.locale);
            const of = formatNumber(kf.questions.length, this.locale);
            const { status, isSuggested } = statusOf(b, a, kf.id);
            return html`<tr><th scope="row"><bdi lang=${this.tr(kf, 'title').lang}>${this.kfName(kf)}</bdi></th><td>${statusLabel(status, isSuggested)}</td><td>${msg(str`${n} of ${of}`, { desc: 'Answered questions of a key factor' })}</td></tr>`;
          })}
        </tbody>
      </table></div>
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

  /**
   * A bar per key factor: the longer, the further in place; each status has its own pattern and
   * its name written out; a suggested status has a dashed outline. HTML, not SVG, so its text keeps
   * the page's size at every width (an SVG's text scales with its viewBox) and wraps instead of
   * being cut; each key factor's name keeps its own language and direction.
   */
  private renderChart(b: Benchmark, a: Assessment): TemplateResult {
    return html`<div part="chart" class="chart" aria-hidden="true">
      ${b.keyFactors.map((kf) => {
        const { status: s, isSuggested } = statusOf(b, a, kf.id);
        const { lang } = this.tr(kf, 'title');
        return html`<div class="row">
          <span class="kf" lang=${lang} dir=${directionOf(lang)}>${this.kfName(kf)}</span>
          <span class="track"><span class="bar ${s ?? 'none'}${isSuggested ? ' suggested' : ''}"></span></span>
          <span class="st">${statusLabel(s, isSuggested)}</span>
        </div>`;
      })}
    </div>`;
  }

  /** The key factors, drawn up to `drawn` questions in document order. */
  private renderFactors(b: Benchmark, a: Assessment): TemplateResult[] {
    let first = 0;
    return b.keyFactors.map((kf, i) => {
      const start = first;
      first += kf.questions.length;
      return this.renderFactor(b, a, kf, i, Math.max(0, Math.min(kf.questions.length, this.drawn - start)));
    });
  }

  private renderFactor(b: Benchmark, a: Assessment, kf: KeyFactor, i: number, shown: number): TemplateResult {
    const f = own(a.factors, kf.id) ?? {};
    const { status, isSuggested, suggested, missing } = statusOf(b, a, kf.id);
    const sub = Math.min(this.level + 1, 6) as HeadingLevel;
    const [n, of] = [formatNumber(answeredIn(kf, a), this.locale), formatNumber(kf.questions.length, this.locale)];
    const more = formatNumber(missing, this.locale);
    return html`<details part="factor" class="factor" ?open=${i === 0}>
      <summary>
        ${heading(sub, html`<bdi lang=${this.tr(kf, 'title').lang}>${this.kfName(kf)}</bdi>`, 'factor-title')}
        <span class="badge">${statusLabel(status, isSuggested)} · ${msg(str`${n} of ${of} answered`, { desc: 'Answered questions of a key factor' })}</span>
      </summary>
      <div class="body">
        <p><strong>${msg('Why it matters:', { desc: 'Label before the explanation of a key factor' })}</strong> ${this.text(this.tr(kf, 'why'))}</p>
        ${kf.tips?.length
          ? html`<details class="tips"><summary>${msg('Tips', { desc: 'Expander of the tips of a key factor' })}</summary>
              <ul lang=${this.tr(kf, 'tips').lang} dir=${directionOf(this.tr(kf, 'tips').lang)}>${(this.tr(kf, 'tips').text ?? []).map((t) => html`<li>${t}</li>`)}</ul></details>`
          : nothing}
        ${kf.questions.slice(0, shown).map((q, qi) => this.renderQuestion(q, a, `${kf.number ?? i + 1}.${qi + 1}`))}
        ${shown < kf.questions.length ? html`<p role="status">${msg('Loading…', { desc: 'Shown while data loads' })}</p>` : nothing}
        <fieldset class="status-group">
          <legend>${msg('Overall status of this key factor', { desc: 'Legend of the status choice' })}</legend>
          <p class="hint">
            ${suggested
              ? msg(str`Suggested from your answers: ${statusLabel(suggested)}.`, { desc: 'The status the answers point to' })
              : missing
                ? msg(str`A status is suggested once at least half of the questions that apply have a Yes, Partly or No answer (${more} more needed). You can also choose one.`, { desc: 'Hint before enough answers for a suggested status' })
                : msg('Answer the questions to get a suggestion, or choose a status.', { desc: 'Hint before any answer' })}
            ${f.status && suggested && f.status !== suggested
              ? html`<button type="button" class="link" @click=${() => this.edit(fieldKey('status', kf.id), undefined)}>${msg('Use the suggestion', { desc: 'Button that drops the chosen status' })}</button>`
              : nothing}
          </p>
          <div class="choices">
            ${STATUSES.map((s) => html`<label><input type="radio" name="status-${kf.id}" value=${s} data-k="status" data-id=${kf.id} .checked=${f.status === s} />${statusName(s)}</label>`)}
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

  private field(type: 'textarea' | 'text' | 'date', id: string, k: FieldKind, label: string, value = ''): TemplateResult {
    const fid = `${k}-${id}`;
    const bad = this.invalid.has(fieldKey(k, id));
    const error = bad
      ? html`<span class="field-error warn" id="error-${fid}">${msg('This is not a date with a four-digit year, so it was not saved.', { desc: 'Error under a date field whose typed value is not a valid date' })}</span>`
      : nothing;
    return html`<p class="field"><label for=${fid}>${label}</label>
      ${type === 'textarea'
        ? html`<textarea id=${fid} rows="2" maxlength=${MAX_TEXT} data-k=${k} data-id=${id} .value=${value}></textarea>`
        : type === 'date'
          ? html`<input id=${fid} type="date" min="1000-01-01" max="9999-12-31" data-k=${k} data-id=${id} .value=${value} aria-invalid=${bad ? 'true' : 'false'} aria-describedby=${bad ? `error-${fid}` : nothing} />`
          : html`<input id=${fid} type="text" maxlength=${MAX_TEXT} data-k=${k} data-id=${id} .value=${value} />`}${error}</p>`;
  }

  private renderQuestion(q: { id: string; text: string }, a: Assessment, number: string): TemplateResult {
    const s = own(a.answers, q.id) ?? {};
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
    const loaded = this.practices;
    const all = loaded && loaded.src === this.src ? loaded.list : undefined;
    const list = all?.filter((p) => ids.has(p.id) || p.keyFactors?.some((k) => k.id === kf.id));
    return html`<details class="examples" @toggle=${(e: Event) => this.showExamples(kf.id, e)}>
      <summary>${msg('See examples from other cities', { desc: 'Expander of practices linked to a key factor' })}</summary>
      ${!this.opened.has(kf.id)
        ? nothing
        : !list
        ? html`<p role="status">${msg('Loading…', { desc: 'Shown while data loads' })}</p>`
        : list.length
          ? html`<div class="cards">${list.map((p) => html`<iw-practice-card variant="compact" heading-level=${Math.min(level + 1, 6)} practice=${p.id} src=${ifDefined(this.src)}></iw-practice-card>`)}</div>`
          : html`<p>${msg('The dataset has no examples for this key factor yet.', { desc: 'No practice is linked to a key factor' })}</p>`}
    </details>`;
  }

  /** The report for printing: context, then every key factor with its answers, status, evidence and next step. */
  private renderReport(b: Benchmark, a: Assessment): TemplateResult {
    const sub = Math.min(this.level + 1, 6) as HeadingLevel;
    return html`
      ${heading(sub, msg('Local context', { id: 'report-local-context', desc: 'Heading of the context factors in the report' }), 'report-title')}
      ${a.context.length
        ? html`<ul>${a.context.map((c) => html`<li><bdi lang=${this.contextName(c.id).lang}>${this.contextName(c.id).text}</bdi>: ${effectLabel(c.effect)}${c.note ? html` — <span dir="auto">${c.note}</span>` : nothing}</li>`)}</ul>`
        : html`<p>${msg('No context factors were chosen.', { desc: 'Report without context factors' })}</p>`}
      ${b.keyFactors.map((kf) => {
        const f = own(a.factors, kf.id) ?? {};
        const { status, isSuggested } = statusOf(b, a, kf.id);
        return html`<section class="kf-report">
          ${heading(sub, html`<bdi lang=${this.tr(kf, 'title').lang}>${this.kfName(kf)}</bdi>`, 'report-title')}
          <p><strong>${msg('Status:', { desc: 'Report label' })}</strong> ${statusLabel(status, isSuggested)}</p>
          <table>
            <thead><tr><th scope="col">${msg('Question', { desc: 'Table column' })}</th><th scope="col">${msg('Answer', { desc: 'Table column' })}</th><th scope="col">${msg('Note', { desc: 'Table column' })}</th></tr></thead>
            <tbody>${kf.questions.map((q) => {
              const s = own(a.answers, q.id) ?? {};
              return html`<tr><td>${this.text(this.tr(q, 'text'))}</td><td>${s.answer ? answerLabel(s.answer) : '—'}</td><td dir="auto">${s.note ?? ''}</td></tr>`;
            })}</tbody>
          </table>
          ${f.evidence ? html`<p><strong>${msg('Evidence:', { desc: 'Report label' })}</strong> <span dir="auto">${f.evidence}</span></p>` : nothing}
          ${f.next?.what || f.next?.who || f.next?.when
            ? html`<p><strong>${msg('Next step:', { desc: 'Report label' })}</strong> <span dir="auto">${[f.next.what, f.next.who, f.next.when && this.date(f.next.when)].filter(Boolean).join(' — ')}</span></p>`
            : nothing}
        </section>`;
      })}`;
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
