// A page script next to the classic build (`integration-widgets/iife`), type-checked with Node's
// module resolution: the global API and the elements are typed.
import type {} from 'integration-widgets/iife';

export async function french(): Promise<string | undefined> {
  await window.IntegrationWidgets?.setLocale('fr');
  document.querySelector('iw-practice-card')?.setAttribute('variant', 'compact');
  const card: HTMLElementTagNameMap['iw-practice-card'] | null = document.querySelector('iw-practice-card');
  card?.addEventListener('iw-error', (e) => console.warn(e.detail.code));
  // @ts-expect-error: setLocale takes a language code
  window.IntegrationWidgets?.setLocale(42);
  return window.IntegrationWidgets?.getLocale();
}
