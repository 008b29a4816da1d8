// The state of every translation: interface strings (xliff/<locale>.xlf against the msg() calls
// in src/) here, dataset text (data/locales/<locale>/…) in content.mjs. Used by
// i18n-check.mjs (coverage table, errors) and i18n-extract.mjs (MISSING.md reports).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { root } from './dataset.mjs';
import { rel } from './content.mjs';

export function localizeConfig() {
  const config = readConfigFileAndWriteSchema(join(root, 'lit-localize.json'));
  return { config, xliffDir: config.resolve(config.interchange.xliffDir) };
}

/** The msg() calls of src/: id → { text (placeholders as ${...}), placeholders, desc }. */
export function sourceMessages(config) {
  const { messages, errors } = new RuntimeLitLocalizer(config).extractSourceMessages();
  if (errors.length) throw new Error(`lit-localize could not analyse the sources:\n${errors.map((e) => (typeof e.messageText === 'string' ? e.messageText : e.messageText.messageText)).join('\n')}`);
  return new Map(
    messages.map((m) => [
      m.name,
      {
        text: m.contents.map((c) => (typeof c === 'string' ? c : c.untranslatable)).join(''),
        placeholders: m.contents.filter((c) => typeof c !== 'string').map((c) => c.untranslatable).sort(),
        desc: m.desc,
      },
    ]),
  );
}

/** The first well-formedness problem of an XML text (xmldom forgives unclosed elements). */
function xmlProblem(xml) {
  const body = xml.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>/g, '');
  const stack = [];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/g;
  for (const m of body.matchAll(tag)) {
    if (m[0] === '<') return `a "<" that starts no valid tag (offset ${m.index})`;
    if (m[0] === '&') return `an "&" that is not an entity such as &amp; (offset ${m.index})`;
    const [, close, name, , selfClosing] = m;
    if (selfClosing) continue;
    if (!close) stack.push(name);
    else if (stack.pop() !== name) return `</${name}> does not close the open element`;
  }
  return stack.length ? `<${stack.at(-1)}> is never closed` : undefined;
}

/** One XLIFF file: its units and every problem found in it (not well-formed, wrong locale, placeholders, stale ids). */
export function readXliff(path, locale, messages) {
  const result = { path, exists: existsSync(path), translated: new Set(), errors: [] };
  if (!result.exists) return result;
  const where = rel(path);
  const parseErrors = [];
  const onError = (msg) => parseErrors.push(String(msg).split('\n')[0]);
  const xml = readFileSync(path, 'utf8');
  const problem = xmlProblem(xml);
  if (problem) onError(problem);
  const doc = new DOMParser({ errorHandler: { warning: () => {}, error: onError, fatalError: onError } }).parseFromString(xml, 'text/xml');
  if (parseErrors.length || !doc?.documentElement || doc.documentElement.localName !== 'xliff') {
    result.errors.push(`${where}: not valid XLIFF (${parseErrors[0] ?? 'no <xliff> root element'})`);
    return result;
  }
  const files = doc.getElementsByTagName('file');
  if (files.length !== 1) result.errors.push(`${where}: expected one <file> element, found ${files.length}`);
  const target = files[0]?.getAttribute('target-language');
  if (files[0] && target !== locale) result.errors.push(`${where}: target-language is "${target}", expected "${locale}"`);
  const seen = new Set();
  const units = doc.getElementsByTagName('trans-unit');
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    const id = unit.getAttribute('id');
    if (!id) {
      result.errors.push(`${where}: a <trans-unit> has no id`);
      continue;
    }
    if (seen.has(id)) result.errors.push(`${where}: unit ${id} appears twice`);
    seen.add(id);
    const message = messages.get(id);
    if (!message) {
      result.errors.push(`${where}: unit ${id} no longer exists in the sources (run npm run i18n:extract)`);
      continue;
    }
    const targets = unit.getElementsByTagName('target');
    if (!targets.length) continue;
    if (targets.length > 1) {
      result.errors.push(`${where}: unit ${id} has ${targets.length} <target> elements`);
      continue;
    }
    const placeholders = [];
    let text = '';
    for (let c = 0; c < targets[0].childNodes.length; c++) {
      const node = targets[0].childNodes[c];
      if (node.nodeType === 3 || node.nodeType === 4) text += node.nodeValue;
      else if (node.nodeType === 1 && (node.localName === 'x' || node.localName === 'ph')) placeholders.push(node.getAttribute('equiv-text') ?? node.textContent);
      else if (node.nodeType === 1) result.errors.push(`${where}: unit ${id}: unexpected <${node.localName}> in <target>`);
    }
    placeholders.sort();
    const label = `${where}: unit ${id} ("${message.text}")`;
    if (/\$\{[^}]*\}/.test(text)) result.errors.push(`${label}: the target types a placeholder as text; keep the <x equiv-text="..."/> element of the source instead`);
    if (placeholders.join('\u0000') !== message.placeholders.join('\u0000')) {
      result.errors.push(`${label}: the target's placeholders [${placeholders.join(', ')}] differ from the source's [${message.placeholders.join(', ')}]`);
      continue;
    }
    if (!text.trim() && !placeholders.length) continue;
    result.translated.add(id);
  }
  return result;
}

/** Interface state of every target locale. */
export function interfaceState() {
  const { config, xliffDir } = localizeConfig();
  const messages = sourceMessages(config);
  const locales = Object.fromEntries(config.targetLocales.map((l) => [l, readXliff(join(xliffDir, `${l}.xlf`), l, messages)]));
  return { config, xliffDir, messages, locales };
}

export { contentState, KINDS, localesDir, percent, rel } from './content.mjs';
