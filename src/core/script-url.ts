/**
 * The URL of the script itself, read once while it is being evaluated (in the IIFE builds
 * rollup turns `import.meta.url` into `document.currentScript.src`, which is only set then).
 * Data and locale files are resolved against it, so the library works from any folder or CDN.
 */
export const scriptUrl: string = import.meta.url;
