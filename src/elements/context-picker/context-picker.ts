import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { customElement } from '../../core/define.js';
import { msg, str } from '../../i18n/msg.js';
import { IwElement } from '../../core/base-element.js';
import { DataTask } from '../../core/data-task.js';
import { emit } from '../../core/events.js';
import { DataError, getBenchmark, getContextFactors } from '../../data/store.js';
import type { ContentBundle, ContextFactor } from '../../data/types.js';
import type { ContextEffect, ContextSelection } from '../../data/assessment-types.js';
import { effectLabel } from '../../i18n/labels.js';
import { contentTask, translate, type Localized } from '../../i18n/content.js';
import { directionOf } from '../../i18n/locale.js';
import { pickerStyles } from './context-picker.styles.js';

type Loaded = {
  factors: ContextFactor[];
  /** The ids the benchmark lists (undefined: all factors), with the positions of its own wordings of each. */
  hints?: Map<string, number[]>;
  /** The benchmark's own wording of its context factors, in English, in its order (positions of `hints`). */
  wording?: { id: string; contextFactors: (string | null)[] };
  /** The benchmark id is unknown: all factors are loaded, shown once the user asks. */
  unknown?: boolean;
};

/** The side of `<iw-benchmark-checklist>` the picker relies on (the checklist keeps, saves and prints it). */
type Checklist = HTMLElement & { context?: unknown };

const CHECKLIST = 'iw-benchmark-checklist';
const CHECKLIST_EVENTS = ['iw-assessment-load', 'iw-assessment-change'];
const EFFECTS: ContextEffect[] = ['helps', 'hinders', 'both'];

/**
 * The local context factors that shape a city's situation (the shared vocabulary of the
 * benchmarks): the user ticks the factors that matter, says whether each helps or hinders,
 * and adds a note. Works inside a native `<form>` (with `name`) and, with `for`, fills in the
 * context of an `<iw-benchmark-checklist>`.
 *
 * @summary A picker of local context factors.
 * @fires iw-context-change - The user changed the selection, an effect or a note. Detail: `{ value }` (`ContextSelection[]`).
 * @fires iw-error - Something is wrong (unknown `benchmark`, `for` naming no checklist, a `value` that does not fit, failed load). Detail: `{ code, message, element }`.
 * @csspart base - The outer `<fieldset>`.
 * @csspart factor - One factor (list item).
 * @csspart hint - The benchmark's own wording of a factor.
 * @csspart details - The expandable description and examples.
 * @csspart effect - The helps/hinders/both radio group of a chosen factor.
 * @csspart note - The note field of a chosen factor.
 * @csspart notice - A note about input that could not be used.
 * @csspart status - The loading or error message.
 * @csspart retry-button - The "Try again" button of the error message.
 * @csspart show-all-button - The button that shows all factors when the benchmark is unknown.
 * @cssprop --iw-color-accent - Accent colour (ticks, the mark of a chosen factor; mixed into the focus ring). Default `#1a5fb4`.
 * @cssprop --iw-color-focus - Focus ring. Default: the accent mixed with the text colour.
 * @cssprop --iw-color-field-border - Border of the note fields. Default: the text colour at 60 %.
 * @cssprop --iw-color-border - Border colour. Default: the text colour at 22 %.
 * @cssprop --iw-color-muted - Secondary text colour. Default: the text colour at 72 %.
 * @cssprop --iw-radius - Corner radius. Default `0.375em`.
 */
@customElement('iw-context-picker')
export class IwContextPicker extends IwElement {
  static override styles = [IwElement.styles, pickerStyles];
  static formAssociated = true;

  /** Show only the factors that this benchmark lists (its id), with its printed wording as a hint; all factors without it. */
  @property() benchmark?: string;

  /** The id of an `<iw-benchmark-checklist>` in the same document whose assessment keeps this context. */
  @property({ attribute: 'for' }) htmlFor?: string;

  /** The name under which the value (a JSON string) is submitted with a `<form>`. */
  @property({ reflect: true }) name?: string;

  /** Makes every control read-only (a disabled `<fieldset>` around it does the same). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** URL of a custom dataset that follows `dataset.schema.json`, instead of the bundled data. */
  @property() src?: string;

  @state() private selection: ContextSelection[] = [];
  @state() private all = false;
  @state() private formDisabled = false;
  /** A note about input that could not be used, drawn in the element's language. */
  @state() private notice?: 'dropped' | 'no-checklist';

  private readonly internals = this.attachInternals();
  /** What `form.reset()` returns to: the last value set by script or loaded by the checklist. */
  private initial: ContextSelection[] = [];
  /** Effect and note of factors the user unticked, so ticking again brings them back. */
  private readonly drafts = new Map<string, ContextSelection>();
  private known?: Set<string>;
  private checklist?: Checklist;
  private binding = 0;

  private readonly data = new DataTask<Loaded, [string | undefined, string | undefined]>(
    this,
    async (benchmark, src) => {
      const factors = await getContextFactors(src);
      this.known = new Set(factors.map((f) => f.id));
      this.selection = this.fit(this.selection);
      this.initial = this.fit(this.initial, true);
      this.sync();
      if (!benchmark) return { factors };
      try {
        const b = await getBenchmark(benchmark, src);
        const listed = b.contextFactors;
        if (!listed.length) return { factors };
        const hints = new Map<string, number[]>();
        listed.forEach(({ id }, i) => hints.set(id, [...(hints.get(id) ?? []), i]));
        return { factors, hints, wording: { id: b.id, contextFactors: listed.map((c) => c.asPrinted ?? null) } };
      } catch (e) {
        if (!(e instanceof DataError && e.code === 'unknown-id')) throw e;
        this.reportLoadError(e, { benchmark });
        return { factors, unknown: true };
      }
    },
    () => [this.benchmark?.trim() || undefined, this.src],
    (e) => this.reportLoadError(e),
  );

  /** Translations of the context factors into the picker's locale (none for a custom `src`). */
  private readonly content = contentTask(this, 'context-factors', () => (this.src ? undefined : this.locale), (e) => this.reportLoadError(e, { locale: this.locale }));

  /** Translations of the benchmark, for its own wording of the factors. */
  private readonly benchmarkContent = contentTask(
    this,
    'benchmarks',
    () => (this.src || !this.benchmark?.trim() ? undefined : this.locale),
    (e) => this.reportLoadError(e, { locale: this.locale }),
    () => this.benchmark?.trim(),
  );

  /** The chosen factors, each `{ id, effect: 'helps' | 'hinders' | 'both', note? }`; entries that do not fit are dropped and reported. */
  get value(): ContextSelection[] {
    return this.selection.map((s) => ({ ...s }));
  }

  set value(value: ContextSelection[]) {
    this.apply(value, true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.sync();
    if (this.hasUpdated) void this.bind();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unbind();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('benchmark')) this.all = false;
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor')) void this.bind();
  }

  /** Called by the browser on `form.reset()`. */
  formResetCallback(): void {
    this.apply(this.initial, false);
    this.push();
  }

  /** Called by the browser when it restores a form (back/forward navigation, autofill). */
  formStateRestoreCallback(state: unknown): void {
    try {
      if (typeof state === 'string') this.apply(JSON.parse(state), false);
    } catch {
      // A state that is not JSON was not written by this element: keep the current value.
    }
  }

  /** Called by the browser when the element or a `<fieldset>` around it is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Sets the value from outside (script, checklist, form), without firing `iw-context-change`. */
  private apply(raw: unknown, initial: boolean): void {
    this.selection = this.fit(raw);
    if (initial) this.initial = this.selection;
    this.drafts.clear();
    this.sync();
  }

  /** Keeps the entries that fit (known id, once known; a valid effect; no repeats) and reports the others. */
  private fit(raw: unknown, quiet = false): ContextSelection[] {
    const list: unknown[] = raw == null ? [] : Array.isArray(raw) ? raw : [raw];
    const good: ContextSelection[] = [];
    const bad = list.filter((e) => {
      const { id, effect, note } = (e ?? {}) as Partial<ContextSelection>;
      const ok =
        typeof id === 'string' &&
        (!this.known || this.known.has(id)) &&
        EFFECTS.includes(effect!) &&
        (note == null || typeof note === 'string') &&
        !good.some((g) => g.id === id);
      if (ok) good.push(note ? { id, effect: effect!, note } : { id, effect: effect! });
      return !ok;
    });
    if (bad.length && !quiet) {
      this.notice = 'dropped';
      this.report('invalid-data', `Dropped ${bad.length} context selection(s) that do not fit (unknown id, effect other than helps/hinders/both, or repeated): ${JSON.stringify(bad).slice(0, 300)}`, { dropped: bad });
    }
    return good;
  }

  private sync(): void {
    const json = JSON.stringify(this.selection);
    this.internals.setFormValue(json, json);
  }

  /** Gives the value to the bound checklist. */
  private push(): void {
    if (this.checklist) this.checklist.context = this.value;
  }

  private async bind(): Promise<void> {
    this.unbind();
    const run = ++this.binding;
    const id = this.htmlFor;
    if (!id) return;
    // A classic script runs before the rest of the page is parsed: look once the page is complete.
    const doc = this.ownerDocument;
    if (doc.readyState === 'loading') await new Promise((r) => doc.addEventListener('DOMContentLoaded', r, { once: true }));
    if (run !== this.binding || !this.isConnected) return;
    const el = (this.getRootNode() as Document | ShadowRoot).getElementById(id) as Checklist | null;
    if (el?.localName !== CHECKLIST) {
      this.notice = 'no-checklist';
      this.report('invalid-attribute', `for="${id}" names no <${CHECKLIST}> in the same document; the picker works on its own.`, { attribute: 'for' });
      return;
    }
    // The checklist's code may still be on its way (it loads lazily).
    await customElements.whenDefined(CHECKLIST);
    if (run !== this.binding || !this.isConnected) return;
    if (this.notice === 'no-checklist') this.notice = undefined;
    this.checklist = el;
    CHECKLIST_EVENTS.forEach((t) => el.addEventListener(t, this.pull));
    this.pull();
  }

  private unbind(): void {
    this.binding++;
    CHECKLIST_EVENTS.forEach((t) => this.checklist?.removeEventListener(t, this.pull));
    this.checklist = undefined;
  }

  /** Reads the checklist's context: on binding and whenever it loads or changes its assessment. */
  private pull = (e?: Event): void => {
    const context = this.checklist?.context ?? [];
    if (JSON.stringify(context) !== JSON.stringify(this.selection)) this.apply(context, e?.type !== 'iw-assessment-change');
  };

  private onInput(e: Event): void {
    const t = e.target as HTMLInputElement;
    const id = t.dataset.id!;
    const current = this.selection.find((s) => s.id === id);
    if (t.type === 'checkbox') {
      if (t.checked) {
        this.selection = [...this.selection, this.drafts.get(id) ?? { id, effect: 'both' }];
      } else {
        this.drafts.set(id, current!);
        this.selection = this.selection.filter((s) => s !== current);
      }
    } else {
      const next: ContextSelection = t.type === 'radio' ? { ...current!, effect: t.value as ContextEffect } : { ...current!, note: t.value };
      if (!next.note) delete next.note;
      this.selection = this.selection.map((s) => (s === current ? next : s));
    }
    this.sync();
    this.push();
    emit(this, 'iw-context-change', { value: this.value });
  }

  private showAll(): void {
    this.all = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector('input')?.focus());
  }

  override render(): TemplateResult {
    switch (this.data.status) {
      case 'pending':
        return this.renderLoading(msg('Loading context factors…', { desc: 'Shown while the context picker loads' }));
      case 'error':
        return this.renderProblem(this.describeLoadError(this.data.error), this.data.retry);
      case 'ready':
        return this.renderPicker(this.data.value!);
    }
  }

  private renderPicker({ factors, hints, wording, unknown }: Loaded): TemplateResult {
    if (unknown && !this.all) {
      const id = this.benchmark!;
      return html`<div class="status" part="status" data-kind="error" role="alert">
        <p>${msg(str`Sorry, there is no benchmark with the id "${id}".`, { desc: 'Error: unknown benchmark id' })}</p>
        <button type="button" part="show-all-button" @click=${this.showAll}>${msg('Show all context factors', { desc: 'Button shown when the benchmark is unknown' })}</button>
      </div>`;
    }
    const chosen = (id: string) => this.selection.find((s) => s.id === id);
    const shown = hints && !this.all ? factors.filter((f) => hints.has(f.id) || chosen(f.id) || this.drafts.has(f.id)) : factors;
    return html`<fieldset part="base" class="base" dir=${this.dir_} lang=${this.locale} ?disabled=${this.disabled || this.formDisabled} @input=${this.onInput}>
      <legend>${msg('Local context', { desc: 'Title of the context picker' })}</legend>
      <p class="muted">${msg('Tick the factors that shape your city’s situation, then say whether each one helps or hinders your work.', { desc: 'Instructions of the context picker' })}</p>
      ${this.notice ? html`<p part="notice" class="muted" role="note">${this.noticeText(this.notice)}</p>` : nothing}
      <ul>
        ${shown.map((f) => this.renderFactor(f, chosen(f.id), this.hintsOf(f, hints, wording)))}
      </ul>
    </fieldset>`;
  }

  /** The benchmark's own wordings of a factor (other than its title), in the picker's language when translated. */
  private hintsOf(f: ContextFactor, hints: Loaded['hints'], wording: Loaded['wording']): Localized<string[]> | undefined {
    if (!hints || !wording) return undefined;
    const at = hints.get(f.id)?.filter((i) => wording.contextFactors[i] && wording.contextFactors[i] !== f.title);
    if (!at?.length) return undefined;
    const list = translate(wording, 'contextFactors', this.bundle(this.benchmarkContent));
    return { ...list, text: at.map((i) => list.text[i]!) };
  }

  private bundle(task: typeof this.content): ContentBundle | undefined {
    return task.status === 'ready' ? task.value : undefined;
  }

  private noticeText(notice: 'dropped' | 'no-checklist'): string {
    return notice === 'dropped'
      ? msg('Some saved context factors could not be shown because they do not fit the list of factors.', { desc: 'Notice: some entries of a value set by script were dropped' })
      : msg('Note for the web editor: the checklist named in "for" was not found, so these choices are not kept with an assessment.', { desc: 'Notice when the for attribute names no benchmark checklist' });
  }

  private renderFactor(f: ContextFactor, s: ContextSelection | undefined, hints?: Localized<string[]>): TemplateResult {
    const labels: Record<ContextEffect, string> = { helps: effectLabel('helps'), hinders: effectLabel('hinders'), both: effectLabel('both') };
    const bundle = this.bundle(this.content);
    const title = translate(f, 'title', bundle);
    const description = translate(f, 'description', bundle);
    const examples = translate(f, 'examples', bundle);
    const name = html`<bdi lang=${title.lang}>${title.text}</bdi>`;
    return html`<li part="factor">
      <label class="check"><input type="checkbox" data-id=${f.id} .checked=${!!s} aria-describedby=${hints ? `h-${f.id}` : nothing} />
        ${name}</label>
      ${hints
        ? html`<p part="hint" class="muted" id="h-${f.id}">${msg('In this benchmark:', { desc: 'Before the wording a benchmark uses for a context factor' })}
            ${hints.text.map((h) => html`<bdi class="quote" lang=${hints.lang} dir=${directionOf(hints.lang)}>“${h}”</bdi>`)}</p>`
        : nothing}
      <details part="details">
        <summary>${msg('What it means', { desc: 'Expander of the description of a context factor' })}</summary>
        <div>
          <p lang=${description.lang} dir=${directionOf(description.lang)}>${description.text}</p>
          ${examples.text?.length ? html`<ul class="examples" lang=${examples.lang} dir=${directionOf(examples.lang)}>${examples.text.map((x) => html`<li>${x}</li>`)}</ul>` : nothing}
        </div>
      </details>
      ${s
        ? html`<fieldset part="effect">
              <legend>${msg('Effect on your city’s work', { desc: 'Legend of the helps/hinders/both choice' })}<span class="visually-hidden">: ${name}</span></legend>
              ${EFFECTS.map((e) => html`<label><input type="radio" name="e-${f.id}" value=${e} data-id=${f.id} .checked=${s.effect === e} /> ${labels[e]}</label>`)}
            </fieldset>
            <label class="note">${msg('Note (optional)', { id: 'context-note-optional', desc: 'Label of the note about a context factor' })}<span class="visually-hidden">: ${name}</span>
              <textarea part="note" rows="2" data-id=${f.id} .value=${s.note ?? ''}></textarea></label>`
        : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iw-context-picker': IwContextPicker;
  }
  interface HTMLElementEventMap {
    'iw-context-change': CustomEvent<{ value: ContextSelection[] }>;
  }
}
