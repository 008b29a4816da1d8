/**
 * Page-level state, one instance per page however many copies of the library it loads (the ES
 * module and the classic script, in either order, or two versions): the first copy to run creates
 * it on `globalThis`, every later copy uses that one. So `setLocale()` and `configure()` of any
 * copy reach the elements of every copy. Its shape is a contract between versions: only ever add
 * optional members.
 */
export interface PageState {
  /** The locale set with `setLocale()`; none: the elements follow the `lang` attributes. */
  locale?: string;
  /** `setLocale()` calls so far: only the last one applies. */
  calls: number;
  /** Called when a locale input changes: `setLocale()`, a `lang` attribute, the browser's languages. */
  listeners: Set<() => void>;
  /** Watches `lang` attributes while there are listeners (created by the first copy that needs it). */
  observer?: MutationObserver;
  /** Everything `configure()` was given so far, for copies that load later. */
  options: object;
  /** Each copy's way to apply `configure()` options (its data core). */
  configurers: Set<(options: object) => void>;
}

const KEY = Symbol.for('integration-widgets');

export const page: PageState = ((globalThis as { [KEY]?: PageState })[KEY] ??= {
  calls: 0,
  listeners: new Set(),
  options: {},
  configurers: new Set(),
});
