/**
 * Registers a custom element unless its tag is taken: a page that loads the script twice, or
 * two versions of it (ESM and IIFE builds side by side), keeps the first and gets a warning.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
  } else if (existing !== ctor) {
    console.warn(`integration-widgets: <${tag}> is already defined (the script was loaded twice?); keeping the first definition.`);
  }
}

/**
 * Like lit's `@customElement`, but registering through `define()`: every element uses this one,
 * so a second copy of the script never throws.
 */
export const customElement =
  (tag: string) =>
  (ctor: CustomElementConstructor, context?: { addInitializer(f: () => void): void }): void => {
    if (context) context.addInitializer(() => define(tag, ctor));
    else define(tag, ctor);
  };
