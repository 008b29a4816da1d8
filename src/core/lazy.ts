/**
 * Page-specific elements (the explorer, the self-assessment, the information panel) load on demand, as Shoelace's
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

/** Registers `tag` to be loaded with `importer` when it first appears in the document. */
export function lazyDefine(tag: string, importer: () => Promise<unknown>): void {
  if (customElements.get(tag) || loading.has(tag)) return;
  pending.set(tag, importer);
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
