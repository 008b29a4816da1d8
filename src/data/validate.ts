/**
 * A small JSON Schema (2020-12 subset) validator for data that comes from outside the bundle:
 * a custom `src` dataset or a record set by script. It interprets the same schema files that
 * `npm test` checks the shipped dataset with (through ajv), so there is one definition of valid.
 * Supported keywords: type, enum, const, pattern, min/maxLength, minimum/maximum, required,
 * properties, additionalProperties:false, items, min/maxItems, uniqueItems, anyOf, $ref.
 */
import { schemas } from '../generated/schemas.js';
import { quoted } from './quote.js';

export interface Schema {
  [keyword: string]: unknown;
  type?: string;
  $ref?: string;
  $defs?: Record<string, Schema>;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
}

export interface ValidationIssue {
  /** JSON path of the faulty field, e.g. `practices[3].countries[0]`. */
  path: string;
  /** The id of the nearest enclosing record that has one, when known. */
  record?: string;
  message: string;
}

const patterns = new Map<string, RegExp>();
const regex = (p: string) => patterns.get(p) ?? patterns.set(p, new RegExp(p, 'u')).get(p)!;

function resolve(ref: string, base: string): [Schema, string] {
  const [file, pointer] = ref.split('#');
  const doc = file ? file : base;
  let node = schemas[doc] as Schema | undefined;
  if (!node) throw new Error(`unknown schema ${doc}`);
  for (const part of (pointer ?? '').split('/').filter(Boolean)) node = (node as Record<string, Schema>)[part];
  if (!node) throw new Error(`unresolvable $ref ${ref}`);
  return [node, doc];
}

const typeOf = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;

const describe = (v: unknown) => (typeof v === 'string' ? quoted(v, 40) : typeOf(v));

function check(value: unknown, schema: Schema, doc: string, path: string, record: string | undefined, out: ValidationIssue[], max: number): void {
  if (out.length >= max) return;
  const add = (message: string, at = path) => out.push({ path: at || '(root)', record, message });
  if (schema.$ref) {
    const [target, targetDoc] = resolve(schema.$ref, doc);
    check(value, target, targetDoc, path, record, out, max);
    return;
  }
  if (schema.anyOf) {
    const ok = schema.anyOf.some((s) => {
      const trial: ValidationIssue[] = [];
      check(value, s, doc, path, record, trial, 1);
      return trial.length === 0;
    });
    if (ok) return;
    // The shape a value names by its own "type" (as topic blocks do) says precisely what is wrong.
    const kind = typeOf(value) === 'object' ? (value as Record<string, unknown>).type : undefined;
    const named = kind === undefined ? undefined : schema.anyOf.find((s) => (s.properties?.type as Schema | undefined)?.const === kind);
    if (named) check(value, named, doc, path, record, out, max);
    else add(`has an unexpected shape (${describe(value)})`);
    return;
  }
  const t = typeOf(value);
  if (schema.type && !(schema.type === t || (schema.type === 'number' && t === 'integer'))) {
    add(`must be ${schema.type === 'array' || schema.type === 'object' ? 'an' : 'a'} ${schema.type}, not ${describe(value)}`);
    return;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    add(`must be one of ${(schema.enum as unknown[]).join(', ')}, not ${describe(value)}`);
    return;
  }
  if ('const' in schema && schema.const !== value) add(`must be ${JSON.stringify(schema.const)}`);
  if (typeof value === 'string') {
    const s = schema as { minLength?: number; maxLength?: number; pattern?: string };
    if (s.minLength !== undefined && value.length < s.minLength) add(s.minLength === 1 ? 'must not be empty' : `must have at least ${s.minLength} characters`);
    if (s.maxLength !== undefined && value.length > s.maxLength) add(`must have at most ${s.maxLength} characters`);
    if (s.pattern && !regex(s.pattern).test(value)) add(`has an invalid format (${describe(value)})`);
  } else if (typeof value === 'number') {
    const s = schema as { minimum?: number; maximum?: number };
    if (s.minimum !== undefined && value < s.minimum) add(`must be at least ${s.minimum}`);
    if (s.maximum !== undefined && value > s.maximum) add(`must be at most ${s.maximum}`);
  } else if (Array.isArray(value)) {
    const s = schema as { minItems?: number; maxItems?: number; uniqueItems?: boolean };
    if (s.minItems !== undefined && value.length < s.minItems) add(`must have at least ${s.minItems} item(s)`);
    if (s.maxItems !== undefined && value.length > s.maxItems) add(`must have at most ${s.maxItems} items`);
    if (s.uniqueItems && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) add('must not repeat an item');
    if (schema.items) value.forEach((v, i) => check(v, schema.items!, doc, `${path}[${i}]`, record, out, max));
  } else if (t === 'object') {
    const obj = value as Record<string, unknown>;
    const id = typeof obj.id === 'string' ? obj.id : record;
    for (const key of schema.required ?? []) if (!Object.hasOwn(obj, key)) add(`is missing the required field ${JSON.stringify(key)}`, path);
    const props = schema.properties ?? {};
    for (const [key, v] of Object.entries(obj)) {
      const at = path ? `${path}.${key}` : key;
      // Own keys only: a field named "toString" or "constructor" is unknown, not Object's method.
      if (Object.hasOwn(props, key)) check(v, props[key], doc, at, id, out, max);
      else if (schema.additionalProperties === false) add(`has an unknown field ${quoted(key)}`, at);
    }
  }
}

/** Validates `value` against one of the published schemas (`practice.schema.json`, or a part of one: `content-bundle.schema.json#/$defs/shipped`). */
export function validate(value: unknown, schemaId: string, max = 20): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const [schema, doc] = resolve(schemaId.includes('#') ? schemaId : '', schemaId.split('#')[0]);
  check(value, schema, doc, '', undefined, out, max);
  return out;
}

/** One readable line per issue: `record "x", field "countries[0]" has an invalid format ("Belgium")`. */
export function formatIssue(issue: ValidationIssue): string {
  const where = issue.record !== undefined ? `record ${quoted(issue.record)}, field ${quoted(issue.path)}` : `field ${quoted(issue.path)}`;
  return `${where} ${issue.message}`;
}
