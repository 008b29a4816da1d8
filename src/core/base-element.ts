import { LitElement, html, type CSSResultGroup, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg } from '../i18n/msg.js';
import { baseStyles } from './styles.js';
import { parseHeadingLevel, type HeadingLevel } from './heading.js';
import { emit, type IwErrorCode } from './events.js';
import { directionOf, isLoaded, loadLocale, onLocaleInputsChange, resolveLocale, sourceLocale, withLocale, type Locale } from '../i18n/locale.js';
import { DataError } from '../data/store.js';

/** Per class: the accessors with a setter that the classes below IwElement define (nearest definition wins). */
const settersOf = new WeakMap<object, string[]>();
function setters(proto: object): string[] {
  let names = settersOf.get(proto);
  if (!names) {
    const seen = new Set<string>();
    names = [];
    for (let p: object | null = proto; p && p !== IwElement.prototype; p = Object.getPrototypeOf(p) as object | null) {
      for (const [name, d] of Object.entries(Object.getOwnPropertyDescriptors(p))) {
        if (seen.has(name)) continue;
        seen.add(name);
        if (d.set) names.push(name);
      }
    }
    settersOf.set(proto, names);
  }
  return names;
}

/**
 * How long an element's first draw waits for data already on its way (ms): data that comes
 * sooner is drawn at once, with no loading state drawn and laid out before it (on a page of
 * many cards, that is half the work); slower data gets the loading state after this.
 */
const FIRST_DRAW_GRACE = 100;
let grace: Promise<void> | undefined;
/** One timer for every element whose first update starts in the same task. */
const graceTime = () =>
  (grace ??= new Promise((resolve) =>
    setTimeout(() => {
      grace = undefined;
      resolve();
    }, FIRST_DRAW_GRACE),
  ));

/**
 * The base of every element: renders in its own resolved locale (and direction), follows
 * locale changes on the page, reports problems the same way everywhere (a message in the
 * element, an `iw-error` event, one console warning), and draws the shared states.
 *
 * Every update waits for the interface strings of the element's locale, then runs whole
 * (`willUpdate`, `render`, `updated`) with `msg()` answering in that locale: changed properties
 * accumulate meanwhile, and `updateComplete` resolves once the element is drawn.
 *
 * @attr {string} lang - The language of this element only, over `setLocale()` (a supported code such as `fr`, `ar`, `uk`; `fr-BE` gives `fr`). Without it: the locale set with `setLocale()`, else the nearest `lang` above (up to `<html lang>`), else the browser's languages, else English.
 */
export abstract class IwElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles];

  /** The locale the element renders in, resolved from `lang` attributes, `setLocale()` and the browser. */
  @state() protected locale: Locale = sourceLocale;

  /** A locale whose strings could not be loaded: the element shows English instead. */
  private failedLocale?: Locale;
  private stopListening?: () => void;
  private warned = new Set<string>();

  /** The text direction of the resolved locale. */
  protected get dir_(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  /** `lang` set on the element itself (also inside another element's shadow root) re-resolves its locale. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    // A value set on the element before its class was defined (a page script, React, Vue) stays
    // an own property that hides the class's accessor. lit takes over its reactive properties;
    // this does the same for every other accessor (e.g. the checklist's `assessment`).
    const self = this as unknown as Record<string, unknown>;
    for (const k of setters(Object.getPrototypeOf(self) as object)) {
      if (!Object.hasOwn(self, k)) continue;
      const value = self[k];
      delete self[k];
      self[k] = value;
    }
    super.connectedCallback();
    // A `lang` change elsewhere on the page re-renders only the elements whose locale it changes.
    const follow = () => this.target() !== this.locale && this.requestUpdate();
    this.stopListening = onLocaleInputsChange(follow);
    follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  /** The locale to draw in: the resolved one, or English when its strings could not be loaded. */
  private target(): Locale {
    const wanted = resolveLocale(this);
    return wanted === this.failedLocale && !isLoaded(wanted) ? sourceLocale : wanted;
  }

  /**
   * The loads the first draw waits for (up to `FIRST_DRAW_GRACE`), started now: each a promise
   * that settles when its data is here, or `undefined` when it needs no waiting.
   */
  protected firstDrawData(): (Promise<unknown> | undefined)[] {
    return [];
  }

  private graced = false;

  /** Waits for the strings of the element's locale (and briefly, for a first draw, for its data), then updates with `msg()` answering in it. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const wanted = this.target();
    if (isLoaded(wanted)) {
      this.locale = wanted;
      if (!this.graced) {
        this.graced = true;
        const pending = this.firstDrawData().filter((p) => p !== undefined);
        if (pending.length) return Promise.race([Promise.all(pending), graceTime()]).then(() => this.scheduleUpdate());
      }
      return withLocale(wanted, () => super.scheduleUpdate());
    }
    // The locale may change again while it loads: resolve it anew afterwards.
    return loadLocale(wanted).then(
      () => this.scheduleUpdate(),
      (e: unknown) => {
        this.failedLocale = wanted;
        this.report('locale', `The interface strings for "${wanted}" could not be loaded (${String(e)}); showing English.`);
        return this.scheduleUpdate();
      },
    );
  }

  /** Reports a problem to the page: an `iw-error` event every time, a console warning once. */
  protected report(code: IwErrorCode, message: string, extra: Record<string, unknown> = {}): void {
    emit(this, 'iw-error', { code, message, element: this.localName, ...extra });
    const key = `${code}:${message}`;
    if (!this.warned.has(key)) {
      this.warned.add(key);
      console.warn(`integration-widgets <${this.localName}>: ${message}`);
    }
  }

  /** Reports a failed load with the matching `iw-error` code. */
  protected reportLoadError(error: unknown, extra: Record<string, unknown> = {}): void {
    const code: IwErrorCode = error instanceof DataError ? (error.code === 'unknown-id' ? 'not-found' : error.code) : 'network';
    this.report(code, error instanceof Error ? error.message : String(error), extra);
  }

  /** A `heading-level` value as a level: the fallback (reported as `invalid-attribute`) when it is not 2–6. */
  protected headingLevelOf(value: unknown, fallback: HeadingLevel): HeadingLevel {
    const level = parseHeadingLevel(value);
    if (level !== undefined) return level;
    this.report('invalid-attribute', `heading-level "${String(value)}" is not a whole number from 2 to 6; using ${fallback}.`, { attribute: 'heading-level' });
    return fallback;
  }

  /** A readable sentence for a failed load, in the element's locale. */
  protected describeLoadError(error: unknown): string {
    if (error instanceof DataError) {
      switch (error.code) {
        case 'timeout':
          return msg('The information is taking too long to arrive. Please check your connection and try again.', { desc: 'Error: a data request timed out' });
        case 'network':
          return msg('The information could not be loaded. Please check your connection and try again.', { desc: 'Error: a data request failed' });
        case 'invalid-data':
          return msg('The information could not be shown because the data is not in the expected format.', { desc: 'Error: custom data failed validation' });
        case 'not-found':
        case 'unknown-id':
          return msg('The information could not be found.', { desc: 'Error: a data file does not exist' });
        case 'invalid-attribute':
          return msg('The address of the data (the src attribute) is not valid.', { desc: 'Error: the src attribute is not a usable URL' });
      }
    }
    return msg('Something went wrong while loading the information.', { desc: 'Error: unexpected failure while loading' });
  }

  protected renderLoading(label = msg('Loading…', { desc: 'Shown while data loads' })): TemplateResult {
    return html`<div class="status" part="status" data-kind="loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true"></span>
      <p>${label}</p>
    </div>`;
  }

  protected renderProblem(message: string, retry?: () => void): TemplateResult {
    return html`<div class="status" part="status" data-kind="error" role="alert">
      <p>${message}</p>
      ${retry
        ? html`<button type="button" part="retry-button" @click=${retry}>${msg('Try again', { desc: 'Button that retries a failed data load' })}</button>`
        : null}
    </div>`;
  }
}
