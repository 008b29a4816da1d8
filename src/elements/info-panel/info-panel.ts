import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from '../../core/define.js';
import { msg, str } from '../../i18n/msg.js';
import { IwElement } from '../../core/base-element.js';
import { DataTask } from '../../core/data-task.js';
import { emit } from '../../core/events.js';
import { heading, type HeadingLevel } from '../../core/heading.js';
import { hostOf, safeHttpUrl } from '../../core/safe-url.js';
import { DataError, getSources, getTopic } from '../../data/store.js';
import type { Source, Topic, TopicBlock } from '../../data/types.js';
import { contentTask, fallbackNotice, localesOf, translate, type Localized } from '../../i18n/content.js';
import { languageName } from '../../i18n/format.js';
import { directionOf, matchLocale, setLocale, supportedLocales, type Locale } from '../../i18n/locale.js';
import { panelStyles } from './info-panel.styles.js';

type Loaded = { topic: Topic; sources: Source[]; locales: Locale[] };

export interface IwLanguageChangeDetail {
  /** The locale the reader chose. */
  locale: Locale;
  /** Whether it applies to every widget on the page (`global-locale`) or to this panel only. */
  global: boolean;
}

/**
 * A reference text from the dataset (what a benchmark is, the projects, definitions...) in the
 * reader's language where a translation exists, with a switcher listing the languages this
 * text can be read in, and the source it comes from.
 *
 * @summary An information panel on one topic, in several languages.
 * @fires iw-language-change - The reader chose another language. Detail: `{ locale, global }`.
 * @fires iw-error - Something is wrong (missing or unknown `topic`, unknown `lang`, failed load, translation that cannot be loaded). Detail: `{ code, message, element }`.
 * @csspart base - The panel (`<article>`).
 * @csspart languages - The language switcher (`<fieldset>`).
 * @csspart language-button - One language button; the current one has `aria-pressed="true"`.
 * @csspart title - The title heading.
 * @csspart notice - The notice that the text is (partly) shown in English, or that a language is unknown.
 * @csspart body - The text.
 * @csspart citation - The source citation.
 * @csspart status - The loading or error message.
 * @csspart retry-button - The "Try again" button of the error message.
 * @cssprop --iw-color-accent - Accent colour (current language; mixed into the focus ring). Default `#1a5fb4`.
 * @cssprop --iw-color-on-accent - Text of the current language, on the accent. Default `#fff`.
 * @cssprop --iw-color-focus - Focus ring. Default: the accent mixed with the text colour.
 * @cssprop --iw-color-text - Text colour. Default: inherited from the page.
 * @cssprop --iw-color-muted - Secondary text colour. Default: the text colour at 72 %.
 * @cssprop --iw-color-border - Border colour. Default: the text colour at 22 %.
 * @cssprop --iw-font-family - Font. Default: inherited from the page.
 * @cssprop --iw-radius - Corner radius. Default `0.375em`.
 * @cssprop --iw-panel-background - Panel background. Default: `--iw-color-surface`, else transparent.
 * @cssprop --iw-panel-title-size - Title size. Default `1.4em`.
 * @cssprop --iw-panel-padding - Inner spacing. Default `1.25em`.
 */
@customElement('iw-info-panel')
export class IwInfoPanel extends IwElement {
  static override styles = [IwElement.styles, panelStyles];

  /** The topic to show: its id in the dataset (e.g. `about-benchmarks`). */
  @property() topic?: string;

  /** The level of the panel's title heading, 2–6; headings inside the text are one level lower. */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 2;

  /** When set, the language switcher changes the language of every widget on the page (`setLocale`), not only this panel. */
  @property({ type: Boolean, attribute: 'global-locale' }) globalLocale = false;

  /** URL of a custom dataset that follows `dataset.schema.json`, instead of the bundled data (English only). */
  @property() src?: string;

  private readonly data = new DataTask<Loaded, [string, string | undefined]>(
    this,
    async (topic, src) => {
      const [record, sources, locales] = await Promise.all([
        getTopic(topic, src),
        getSources(src),
        // A failed index only costs the translations: the English text still shows.
        src ? ['en'] : localesOf('topics', topic).catch((e: unknown) => (this.reportLoadError(e), ['en'])),
      ]);
      return { topic: record, sources, locales };
    },
    () => (this.inputProblem ? undefined : [this.topic!.trim(), this.src]),
    (e) => this.reportLoadError(e, { topic: this.topic }),
  );

  private readonly content = contentTask(
    this,
    'topics',
    () => (this.src ? undefined : this.locale),
    (e) => this.reportLoadError(e, { topic: this.topic, locale: this.locale }),
  );

  /** Why the inputs cannot be shown, checked before any load. */
  private inputProblem?: 'missing';
  private level: HeadingLevel = 2;
  /** The panel's own `lang` when no supported locale matches it. */
  private unknownLang?: string;
  /** The last `locale/topic` reported as having no translation (reported once, not on every render). */
  private reportedUntranslated?: string;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.level = this.headingLevelOf(this.headingLevel, 2);
    if (changed.has('topic') || !this.hasUpdated) {
      this.inputProblem = this.topic?.trim() ? undefined : 'missing';
      if (this.inputProblem) this.report('missing-attribute', 'The "topic" attribute is missing: set it to the id of a topic.', { attribute: 'topic' });
    }
    this.checkLang();
  }

  override updated(): void {
    // A reader's language with no translation of this topic: the page author may want to know.
    if (this.data.status !== 'ready' || this.content.status !== 'ready' || this.locale === 'en') return;
    const { topic } = this.data.value!;
    const key = `${this.locale}/${topic.id}`;
    if (key === this.reportedUntranslated || this.content.value?.entries[topic.id]) return;
    this.reportedUntranslated = key;
    this.report('not-found', `The topic "${topic.id}" has no "${this.locale}" translation; showing English.`, { topic: topic.id, locale: this.locale });
  }

  private checkLang(): void {
    const own = this.getAttribute('lang');
    const unknown = own && !matchLocale(own) ? own : undefined;
    if (unknown && unknown !== this.unknownLang) {
      this.report('invalid-attribute', `lang "${unknown}" is not a supported language (${supportedLocales.join(', ')}); using ${this.locale}.`, { attribute: 'lang' });
    }
    this.unknownLang = unknown;
  }

  private choose(locale: Locale): void {
    if (locale === this.locale) return;
    if (this.globalLocale) {
      this.removeAttribute('lang');
      setLocale(locale).catch((e: unknown) => this.report('locale', `Could not switch the page to "${locale}" (${String(e)}).`));
    } else {
      this.setAttribute('lang', locale);
    }
    emit<IwLanguageChangeDetail>(this, 'iw-language-change', { locale, global: this.globalLocale });
  }

  override render(): TemplateResult {
    if (this.inputProblem === 'missing') {
      return this.renderProblem(msg('No topic was chosen for this panel.', { desc: 'Error: the topic attribute of the information panel is missing' }));
    }
    switch (this.data.status) {
      case 'pending':
        return this.renderLoading();
      case 'error': {
        const e = this.data.error;
        if (e instanceof DataError && e.code === 'unknown-id') {
          const id = this.topic!.trim();
          return this.renderProblem(msg(str`Sorry, there is no topic with the id "${id}".`, { desc: 'Error: unknown topic id in the information panel' }));
        }
        return this.renderProblem(this.describeLoadError(e), this.data.retry);
      }
      case 'ready':
        return this.renderPanel(this.data.value!);
    }
  }

  private renderPanel({ topic, sources, locales }: Loaded): TemplateResult {
    const bundle = this.content.status === 'ready' ? this.content.value : undefined;
    const title = translate(topic, 'title', bundle);
    const blocks = translate(topic, 'blocks', bundle);
    const notice = this.content.status === 'pending' ? undefined : fallbackNotice(this.locale, [title, blocks], this.content.status === 'error');
    const unknown = this.unknownLang;
    return html`<article part="base" dir=${this.dir_} lang=${this.locale} aria-labelledby="title">
      ${locales.length > 1 ? this.renderLanguages(locales) : nothing}
      ${heading(this.level, html`<bdi lang=${title.lang} dir=${directionOf(title.lang)}>${title.text}</bdi>`, 'title', 'title')}
      ${unknown
        ? html`<p part="notice" class="notice" role="note">${msg(str`The language "${unknown}" is not available here.`, { desc: 'Notice: the lang attribute of the panel names a language the widgets do not support' })}</p>`
        : nothing}
      ${notice ? html`<p part="notice" class="notice" role="note">${notice}</p>` : nothing}
      <div part="body" class="body" lang=${blocks.lang} dir=${directionOf(blocks.lang)}>${this.renderBlocks(blocks)}</div>
      ${this.renderCitation(topic, sources)}
    </article>`;
  }

  private renderLanguages(locales: Locale[]): TemplateResult {
    return html`<fieldset part="languages" class="languages">
      <legend>${msg('Read this text in', { desc: 'Legend of the language buttons of the information panel, followed by language names' })}</legend>
      <ul>
        ${locales.map(
          (l) => html`<li>
            <button type="button" part="language-button" lang=${l} dir=${directionOf(l)} aria-pressed=${l === this.locale ? 'true' : 'false'} @click=${() => this.choose(l)}>
              ${languageName(l, l)}
            </button>
          </li>`,
        )}
      </ul>
    </fieldset>`;
  }

  /** The blocks as checked by the data core (a list or links block always has its items). */
  private renderBlocks({ text: blocks }: Localized<TopicBlock[]>): TemplateResult[] {
    const sub = Math.min(this.level + 1, 6) as HeadingLevel;
    return blocks.map((b) => {
      switch (b.type) {
        case 'heading':
          return heading(sub, b.text, 'subheading');
        case 'paragraph':
          return html`<p>${b.text}</p>`;
        case 'list':
          return b.ordered ? html`<ol>${b.items.map((i) => html`<li>${i}</li>`)}</ol>` : html`<ul>${b.items.map((i) => html`<li>${i}</li>`)}</ul>`;
        case 'links':
          return html`<ul class="links">
            ${b.items.map((item) => {
              const href = safeHttpUrl(item.url);
              return html`<li>${href
                ? html`<a href=${href} rel="noopener noreferrer external" target="_blank">${item.text || hostOf(href)}<span class="visually-hidden"> ${msg('(opens in a new tab)', { desc: 'Hidden hint after an external link' })}</span></a>`
                : item.text}</li>`;
            })}
          </ul>`;
      }
    });
  }

  private renderCitation(topic: Topic, sources: Source[]): TemplateResult {
    // One English reference per line, isolated, so it stays readable inside right-to-left text.
    const cited = topic.provenance.map((p) => {
      const source = sources.find((s) => s.id === p.source);
      const doc = source ? `${source.title} (${source.publisher}, ${source.year})` : p.source;
      const section = p.heading ? `${p.section}, “${p.heading}”` : p.section;
      return html`<li><bdi lang="en" dir="ltr"><cite>${doc}</cite>, ${section}</bdi></li>`;
    });
    return html`<div part="citation" class="citation">
      <p>${msg('Source:', { desc: 'Label before the source citation' })}</p>
      <ul>${cited}</ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'iw-info-panel': IwInfoPanel;
  }
  interface HTMLElementEventMap {
    'iw-language-change': CustomEvent<IwLanguageChangeDetail>;
  }
}
