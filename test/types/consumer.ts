// A TypeScript consumer of the built package (its published types, through package.json
// "exports"): compiled by test/node/types.test.mjs, never run. Each line states a type a user
// relies on; `@ts-expect-error` lines must stay errors.
import { setLocale, version, type IwErrorDetail, type IwLanguageChangeDetail } from 'integration-widgets';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectType = <T extends true>(): T | void => undefined;

// `version` is a string, not the build placeholder.
expectType<Equal<typeof version, string>>();

// The iw-* events bubble and are composed: typed on the document and the window too.
document.addEventListener('iw-error', (e) => {
  const detail: IwErrorDetail = e.detail;
  console.log(detail.code, detail.message);
});
window.addEventListener('iw-context-change', (e) => e.detail.value.map((s) => s.effect));
document.addEventListener('iw-language-change', (e) => {
  expectType<Equal<typeof e.detail, IwLanguageChangeDetail>>();
});
document.addEventListener('iw-assessment-change', (e) => e.detail.assessment.answers);
window.addEventListener('iw-filter-change', (e) => e.detail.count.toFixed());
// @ts-expect-error: not an event of the library, so a plain Event without detail
document.addEventListener('iw-no-such-event', (e) => e.detail);

// The classic script's global is the real API.
void window.IntegrationWidgets?.setLocale('fr');
expectType<Equal<NonNullable<Window['IntegrationWidgets']>['setLocale'], typeof setLocale>>();
expectType<Equal<NonNullable<Window['IntegrationWidgets']>['version'], string>>();
window.IntegrationWidgets?.configure({ timeout: 1000 });
// @ts-expect-error: supportedLocales is read-only
window.IntegrationWidgets?.supportedLocales.push('xx');
