/** Helpers of the <iw-benchmark-checklist> tests. */
import { fixture, waitUntil, type html } from '@open-wc/testing';
import { DATA_URL, settled, shadow, textOf } from './helpers.js';
import '../src/elements/benchmark-checklist/benchmark-checklist.js';
import type { IwBenchmarkChecklist } from '../src/elements/benchmark-checklist/benchmark-checklist.js';
import type { Benchmark } from '../src/data/types.js';

let n = 0;
/** A storage key of its own for each test, so tests never see each other's answers. */
export const uid = () => `test-${Date.now()}-${++n}`;

export async function checklist(template: ReturnType<typeof html>): Promise<IwBenchmarkChecklist> {
  const el = await fixture<IwBenchmarkChecklist>(template);
  await settled(el);
  await el.updateComplete;
  return el;
}

export async function answer(el: IwBenchmarkChecklist, question: string, value: string): Promise<void> {
  shadow<HTMLInputElement>(el, `input[name="${question}"][value="${value}"]`)!.click();
  await el.updateComplete;
}

export async function type(el: IwBenchmarkChecklist, selector: string, text: string): Promise<void> {
  const field = shadow<HTMLInputElement>(el, selector)!;
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export const checked = (el: IwBenchmarkChecklist, question: string) => shadow<HTMLInputElement>(el, `input[name="${question}"]:checked`)?.value;
export const notices = (el: IwBenchmarkChecklist) => textOf(shadow(el, '[part="notice"]'));

export const benchmarkData = (id: string): Promise<Benchmark> => fetch(`${DATA_URL}benchmark/${id}.json`).then((r) => r.json());


/** Parses CSV text back into rows (RFC 4180), to check the exports as a spreadsheet reads them. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    } else cell += c;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

/** Replaces a method of `Storage.prototype` while `fn` runs. */
export async function withStorage<T>(method: 'getItem' | 'setItem', impl: (...a: string[]) => unknown, fn: () => Promise<T>): Promise<T> {
  const original = Storage.prototype[method];
  Object.defineProperty(Storage.prototype, method, { value: impl, configurable: true, writable: true });
  try {
    return await fn();
  } finally {
    Object.defineProperty(Storage.prototype, method, { value: original, configurable: true, writable: true });
  }
}

/** Imports a file as the user would (the hidden file input), and waits for the checklist's answer. */
export async function importFile(el: IwBenchmarkChecklist, text: string, name = 'assessment.json'): Promise<void> {
  const before = notices(el);
  const input = shadow<HTMLInputElement>(el, 'input[type=file]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await waitUntil(() => notices(el) !== before || shadow<HTMLDialogElement>(el, 'dialog')!.open, 'the import did not answer');
  await el.updateComplete;
}
