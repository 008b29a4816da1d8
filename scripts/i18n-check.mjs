#!/usr/bin/env node
// Prints how far each locale is translated (interface strings; dataset text by kind, benchmarks
// by benchmark) and fails on errors: invalid XLIFF, broken placeholders, units or bundle entries
// whose English original no longer exists, malformed bundles. See TRANSLATING.md.
//
//   --require-interface=<percent>   also fail when a locale's interface is below <percent>
//   --require-content=<list>        also fail unless each listed part is complete, e.g.
//                                   "fr:topics,ar:benchmarks/inclucities-0,*:topics" (* = every locale)
import { KINDS, contentState, coverage, interfaceState, percent } from './lib/i18n.mjs';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
const requireInterface = arg('require-interface') === undefined ? undefined : Number(arg('require-interface'));
const requireContent = (arg('require-content') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
if (requireInterface !== undefined && !(requireInterface >= 0 && requireInterface <= 100)) {
  console.error('--require-interface takes a percentage from 0 to 100');
  process.exit(2);
}

const ui = interfaceState();
const locales = ui.config.targetLocales;
const content = contentState(locales);
const errors = [...Object.values(ui.locales).flatMap((l) => l.errors), ...content.errors];
const unmet = [];

const cell = (done, total) => `${percent(done, total)}% (${done}/${total})`;
const rows = [['locale', 'interface', ...KINDS]];
const details = [];
for (const locale of locales) {
  const x = ui.locales[locale];
  const uiDone = x.translated.size;
  const row = [locale, x.exists ? cell(uiDone, ui.messages.size) : `0% (no ${locale}.xlf)`];
  if (requireInterface !== undefined && percent(uiDone, ui.messages.size) < requireInterface) {
    unmet.push(`${locale}: interface ${percent(uiDone, ui.messages.size)}% < required ${requireInterface}%`);
  }
  for (const kind of KINDS) {
    const c = coverage(content.english, content.done[locale][kind], kind);
    row.push(cell(c.done, c.total));
    if (kind === 'benchmarks') {
      const started = [...c.groups].filter(([, g]) => g.done > 0).map(([id, g]) => (g.done === g.total ? `${id} complete` : `${id} ${percent(g.done, g.total)}%`));
      if (started.length) details.push(`${locale} benchmarks: ${started.join(', ')}`);
    }
  }
  rows.push(row);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
console.log('Translation coverage (interface: msg() strings in xliff/; content: fields of data/ translated in data/locales/)\n');
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i])).join('  '));
if (details.length) console.log(`\n${details.join('\n')}`);

for (const req of requireContent) {
  const [who, what = ''] = req.split(':');
  const [kind, group] = what.split('/');
  if (!KINDS.includes(kind)) {
    errors.push(`--require-content: "${req}" names no kind (${KINDS.join(', ')})`);
    continue;
  }
  for (const locale of who === '*' ? locales : [who]) {
    if (!locales.includes(locale)) {
      errors.push(`--require-content: "${locale}" is not a target locale`);
      continue;
    }
    const c = coverage(content.english, content.done[locale][kind], kind);
    const g = group ? c.groups.get(group) : c;
    if (!g) errors.push(`--require-content: there is no ${kind} record "${group}"`);
    else if (g.done < g.total) unmet.push(`${locale}: ${kind}${group ? `/${group}` : ''} ${percent(g.done, g.total)}% < required 100%`);
  }
}

if (errors.length) {
  console.error(`\n${errors.length} translation error(s):`);
  for (const e of errors) console.error(`  - ${e}`);
}
if (unmet.length) {
  console.error(`\nRequired coverage not met:`);
  for (const u of unmet) console.error(`  - ${u}`);
}
if (errors.length || unmet.length) process.exit(1);
console.log('\nTranslations: no errors.');
