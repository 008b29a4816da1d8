#!/usr/bin/env node
// The translator's starting point (see TRANSLATING.md):
//  1. `lit-localize extract`: adds every msg() string of src/ to xliff/<locale>.xlf for each
//     target locale of lit-localize.json, keeping the translations already there;
//  2. writes data/locales/<locale>/MISSING.md: what is still untranslated or stale, interface and content.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS, contentState, interfaceState, localesDir, percent } from './lib/i18n.mjs';
import { root } from './lib/dataset.mjs';

const cli = join(root, 'node_modules', '@lit', 'localize-tools', 'bin', 'lit-localize.js');
const run = spawnSync(process.execPath, [cli, 'extract', '--config', join(root, 'lit-localize.json')], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

const ui = interfaceState();
const content = contentState(ui.config.targetLocales);
const short = (v, max = 90) => {
  const s = typeof v === 'string' ? v : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : x.text ?? (x.items ?? []).map((i) => (typeof i === 'string' ? i : i.text)).join(' / '))).join(' | ') : '';
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
};
const line = (s) => s.replace(/\s+/g, ' ');

for (const locale of ui.config.targetLocales) {
  const x = ui.locales[locale];
  const missingUi = [...ui.messages].filter(([id]) => !x.translated.has(id));
  const out = [
    `# Still to translate into \`${locale}\``,
    '',
    `Written by \`npm run i18n:extract\`; do not edit (it is rewritten each time). How to translate: TRANSLATING.md.`,
    '',
    `## Interface: ${missingUi.length} of ${ui.messages.size} strings (xliff/${locale}.xlf)`,
    '',
    ...missingUi.map(([id, m]) => `- \`${id}\` ${line(m.text)}${m.desc ? ` _(${line(m.desc)})_` : ''}`),
  ];
  const L = content.locales[locale];
  if (L.stale.length) {
    out.push('', `## Stale: ${L.stale.length} translated fields whose English changed since they were translated`, '', 'Compare each with its English (below), revise the translation, then `npm run i18n:stamp`.', '');
    // The whole new English: the translator compares it with the translation.
    for (const s of L.stale) out.push(`- \`${s.path}\` \`${s.id}\` ${s.field}: ${line(short(s.text, Infinity))}`);
  }
  for (const kind of KINDS) {
    const c = L.kinds[kind];
    const missing = L.missing.filter((m) => m.kind === kind);
    const file = kind === 'benchmarks' ? `data/locales/${locale}/benchmarks/<benchmark-id>.json` : `data/locales/${locale}/${kind}.json`;
    out.push('', `## Content, ${kind}: ${missing.length} of ${c.total} ${kind === 'places' ? 'place names not listed (shown as in English; list those your language writes differently)' : 'fields'} (${file}, ${percent(c.done, c.total)}% done)`, '');
    for (const [group, g] of c.groups) {
      const list = missing.filter((m) => m.group === group);
      if (!list.length) continue;
      if (kind === 'benchmarks') out.push(`### ${group}: ${list.length} of ${g.total} fields (${g.path})`, '');
      for (const m of list) out.push(`- \`${m.id}\` ${m.field}: ${line(short(m.text))}`);
      if (kind === 'benchmarks') out.push('');
    }
  }
  const dir = join(localesDir, locale);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'MISSING.md'), `${out.join('\n').replace(/\n+$/, '')}\n`);
}
console.log(`Wrote data/locales/<locale>/MISSING.md for ${ui.config.targetLocales.join(', ')}. Next: npm run i18n:check`);
