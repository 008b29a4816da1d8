/**
 * Page-specific elements (the explorer, the self-assessment) load on demand, as Shoelace's
 * autoloader does: their code is a separate file next to the script, fetched the first time the
 * page contains their tag. Pages with only cards never download them. The all-in-one and IIFE
 * builds inline them, so nothing changes there.
 */
const pending = new Map<string, () => Promise<unknown>>();
const loading = new Map<string, Promise<void>>();
let observer: MutationObserver | undefined;

/** Loads the code of a lazily defined element now; resolves once the tag is defined. */
export function load(tag: string): Promise<void> {
  const started = loading.get(tag);
  if (started) return started;
  const importer = pending.get(tag);
  if (!importer) return customElements.whenDefined(tag).then(() => undefined);
  pending.delete(tag);
  if (pending.size === 0) observer?.disconnect();
  const promise = importer().then(
    () => undefined,
    (e: unknown) => {
      // Another page view may succeed: allow a later retry with load(tag).
      pending.set(tag, importer);
      loading.delete(tag);
      console.warn(`integration-widgets: the code of <${tag}> could not be loaded (${String(e)}).`);
      throw e;
    },
  );
  promise.catch(() => undefined);
  loading.set(tag, promise);
  return promise;
}

function scan(root: ParentNode): void {
  for (const tag of [...pending.keys()]) if (root.querySelector(tag)) void load(tag).catch(() => undefined);
}

/**
 * Room kept on the page for an element whose code is still on its way, so that what follows it
 * does not jump when it arrives (layout shift): the explorer and the checklist are taller than
 * the screen once drawn, so they keep a screen's height (a list without controls, one row of
 * cards). Zero specificity (`:where`), so any rule of the page wins; it stops applying once the
 * element is defined, and the element keeps the same room while its data loads.
 */
const RESERVED: Record<string, string> = {
  'iw-practice-list': ':where(iw-practice-list:not(:defined)) { display: block; min-block-size: 100vh } :where(iw-practice-list[no-controls]:not(:defined)) { min-block-size: 24em }',
  'iw-benchmark-checklist': ':where(iw-benchmark-checklist:not(:defined)) { display: block; min-block-size: 100vh }',
};
let reserved: CSSStyleSheet | undefined;

function reserve(tag: string): void {
  if (!RESERVED[tag] || !('adoptedStyleSheets' in Document.prototype)) return;
  if (!reserved) {
    reserved = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, reserved];
  }
  reserved.replaceSync(`${[...reserved.cssRules].map((r) => r.cssText).join('\n')}\n${RESERVED[tag]}`);
}

/** Registers `tag` to be loaded with `importer` when it first appears in the document. */
export function lazyDefine(tag: string, importer: () => Promise<unknown>): void {
  if (customElements.get(tag) || loading.has(tag)) return;
  pending.set(tag, importer);
  reserve(tag);
  observer ??= new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (pending.has(node.localName)) void load(node.localName).catch(() => undefined);
        else if (node.firstElementChild) scan(node);
      }
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  scan(document);
}
