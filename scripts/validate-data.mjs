#!/usr/bin/env node
// Validates every file under data/ against its JSON Schema (ajv, draft 2020-12), then the
// integrity rules of scripts/lib/integrity.mjs. Exits 1 on any failure.
import Ajv2020 from 'ajv/dist/2020.js';
import { loadDataset, loadSchemas } from './lib/dataset.mjs';
import { checkIntegrity } from './lib/integrity.mjs';

const ajv = new Ajv2020({ allErrors: true, strict: true });
for (const schema of loadSchemas()) ajv.addSchema(schema);
const validators = {
  source: ajv.getSchema('source.schema.json'),
  practice: ajv.getSchema('practice.schema.json'),
  benchmark: ajv.getSchema('benchmark.schema.json'),
  'context-factor': ajv.getSchema('context-factor.schema.json'),
  topic: ajv.getSchema('topic.schema.json'),
};

const { dataset, files } = loadDataset();
const problems = [];
for (const { kind, file, record } of files) {
  const validate = validators[kind];
  if (!validate(record)) {
    for (const e of validate.errors) {
      problems.push(`${file}: ${kind} "${record?.id ?? '?'}": ${e.instancePath || '/'} ${e.message}${e.params?.allowedValues ? ` (${e.params.allowedValues.join(', ')})` : ''}${e.params?.additionalProperty ? ` ("${e.params.additionalProperty}")` : ''}`);
    }
  }
}
const whole = ajv.getSchema('dataset.schema.json');
if (!whole(dataset)) problems.push(`the assembled dataset does not match dataset.schema.json: ${ajv.errorsText(whole.errors)}`);

const strictCounts = !process.argv.includes('--no-counts');
if (problems.length === 0) {
  for (const f of checkIntegrity(dataset, { counts: strictCounts })) problems.push(`${f.id}: [${f.rule}] ${f.message}`);
}

const n = (k) => dataset[k].length;
if (problems.length) {
  console.error(`Data validation failed with ${problems.length} problem(s):`);
  for (const p of problems.slice(0, 200)) console.error(`  - ${p}`);
  if (problems.length > 200) console.error(`  ... and ${problems.length - 200} more`);
  process.exit(1);
}
console.log(
  `Data valid: ${n('sources')} sources, ${n('practices')} practices, ${n('benchmarks')} benchmarks, ` +
    `${n('contextFactors')} context factors, ${n('topics')} topics.`,
);
