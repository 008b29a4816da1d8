// The self-assessment model (src/data/assessment.ts and assessment-storage.ts, compiled to build/)
// under fast-check: whatever it reads it can export and import again unchanged; what can be typed
// is what an import accepts; two tabs merging field by field converge whatever the order of
// delivery, and the later change of a field wins. Run by npm test after the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { propertySeed } from './seed.mjs';

const built = (f) => new URL(`../../build/data/${f}`, import.meta.url);
if (!existsSync(built('assessment.js'))) throw new Error('build/data/assessment.js is missing: run npm run build first');
const A = await import(built('assessment.js').href);
const S = await import(built('assessment-storage.js').href);

const seed = propertySeed();
fc.configureGlobal({ seed });
console.log(`assessment: fast-check seed ${seed} (repeat with PROPERTY_SEED=${seed})`);

const plain = (v) => JSON.parse(JSON.stringify(v));

// Values an assessment may hold, and values it must not.
const id = fc.oneof(fc.constantFrom('q1', 'q2', 'kf1', 'constructor', 'to-string', 'a-b-c'), fc.constantFrom('__proto__', 'a\nb', 'Q1', '', 'x'.repeat(121)));
const text = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('', '=1+1', 'line\nbreak', '\u202e', 'x'.repeat(20001)));
const date = fc.oneof(fc.constantFrom('2027-03-31', '2024-02-29', '2023-02-29', '22026-03-11', '0026-03-11', '2024-13-45', 'soon', ''), fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
const maybe = (arb) => fc.option(arb, { nil: undefined });
const answerValue = fc.oneof(fc.constantFrom(...A.ANSWERS), fc.constantFrom('maybe', '', 1));
const statusValue = fc.oneof(fc.constantFrom(...A.STATUSES), fc.constantFrom('done', null));
const entries = (value) => fc.array(fc.tuple(id, value), { maxLength: 4 }).map((pairs) => Object.fromEntries(pairs));
const assessmentLike = fc.record({
  format: fc.constantFrom('iw-assessment', 'iw-assessment', 'other'),
  version: fc.constantFrom(1, 1, 1, 2),
  benchmark: fc.record({ id: fc.constantFrom('values-common', 'constructor', 'Bad Id'), version: maybe(fc.string({ maxLength: 5 })) }, { requiredKeys: ['id'] }),
  created: fc.constantFrom('2026-12-04T10:00:00.000Z', 'not a date', 'x'.repeat(50)),
  updated: fc.constantFrom('2026-12-04T10:20:00.000Z', '2026-12-05'),
  answers: entries(fc.record({ answer: maybe(answerValue), note: maybe(text) }, { requiredKeys: [] })),
  factors: entries(fc.record({ status: maybe(statusValue), evidence: maybe(text), next: maybe(fc.record({ what: maybe(text), who: maybe(text), when: maybe(date) }, { requiredKeys: [] })) }, { requiredKeys: [] })),
  context: fc.array(fc.record({ id, effect: fc.constantFrom('helps', 'hinders', 'both', 'never'), note: maybe(text) }, { requiredKeys: ['id', 'effect'] }), { maxLength: 3 }),
});

test('whatever is read (storage, import, script) exports to JSON that imports to the same assessment', () => {
  fc.assert(
    fc.property(assessmentLike, (v) => {
      const { value, problems } = A.readAssessment(plain(v));
      for (const p of problems) assert.doesNotMatch(A.describeProblem(p), /[\n\r\u2028\u2029]/, 'messages escape what they quote');
      if (!value) return;
      const again = A.parseAssessment(A.toJson(value));
      assert.deepEqual(plain(again), plain(value));
      assert.deepEqual(A.readAssessment(JSON.parse(A.toJson(value))).problems, []);
    }),
    { numRuns: 400 },
  );
});

test('a value that can be typed into a field is one an import accepts, and the other way round', () => {
  const kind = fc.constantFrom('answer', 'note', 'status', 'evidence', 'what', 'who', 'when');
  fc.assert(
    fc.property(kind, fc.oneof(text, date, answerValue.filter((x) => typeof x === 'string'), statusValue.filter((x) => typeof x === 'string')), (k, raw) => {
      const a = A.emptyAssessment({ id: 'values-common' });
      const ok = A.fieldProblem(k, raw) === undefined;
      if (ok) A.setField(a, k, A.QUESTION_FIELDS.includes(k) ? 'q1' : 'kf1', raw);
      else A.setField(a, k, A.QUESTION_FIELDS.includes(k) ? 'q1' : 'kf1', raw); // what a script might force in
      const read = A.readAssessment(JSON.parse(A.toJson(a)));
      assert.equal(read.problems.length === 0, ok, `${k} = ${JSON.stringify(raw).slice(0, 40)}`);
    }),
    { numRuns: 400 },
  );
});

test('dates: a real calendar date with a four-digit year, nothing else', () => {
  for (const d of ['2027-03-31', '2024-02-29', '2000-02-29', '1000-01-01', '9999-12-31']) assert.equal(A.isDate(d), true, d);
  for (const d of ['22026-03-11', '0026-03-11', '2023-02-29', '1900-02-29', '2024-13-01', '2024-04-31', '2024-4-1', ' 2024-04-01', '']) assert.equal(A.isDate(d), false, d);
});

test('ids that name Object members are kept as data, never looked up on the prototype', () => {
  const a = A.parseAssessment({
    format: 'iw-assessment', version: 1, benchmark: { id: 'b' }, created: '2026-01-01T00:00:00Z', updated: '2026-01-01T00:00:00Z',
    answers: { constructor: { answer: 'yes', note: 'n' } }, factors: { constructor: { evidence: 'e' } }, context: [],
  });
  assert.deepEqual(plain(a.answers.constructor), { answer: 'yes', note: 'n' });
  assert.equal(A.getField(a, 'answer', 'to-string'), undefined);
  assert.equal(Object.prototype.answer, undefined);
});

// Two tabs: each a store in memory; delivering a state is what a storage event does.
const ops = fc.array(
  fc.record({
    tab: fc.constantFrom(0, 1),
    field: fc.constantFrom('answer:q1', 'answer:q2', 'note:q1', 'note:q2', 'when:kf1', 'context'),
    value: fc.constantFrom('yes', 'no', 'partly', 'a', 'ab', 'abc', '', undefined),
    deliver: fc.constantFrom('none', 'to-other', 'both-ways'),
  }),
  { maxLength: 25 },
);
const fieldValue = (field, v) => {
  if (v === undefined || v === '') return undefined;
  if (field.startsWith('answer')) return ['yes', 'no', 'partly'].includes(v) ? v : 'yes';
  if (field === 'when:kf1') return `2027-0${v.length + 1}-01`;
  if (field === 'context') return [{ id: 'economy', effect: v === 'yes' ? 'helps' : 'hinders' }];
  return v;
};

test('two tabs converge whatever they edit and whenever changes arrive; the last change of a field wins', () => {
  fc.assert(
    fc.property(ops, (list) => {
      // People change fields at least a millisecond apart; the tabs share the machine's clock.
      let time = 1_800_000_000_000;
      const tabs = [0, 1].map(() => new S.AssessmentStore({ value: A.emptyAssessment({ id: 'values-common' }), clock: A.dict() }, undefined, true, () => time));
      const last = new Map();
      for (const op of list) {
        time += 1;
        const v = fieldValue(op.field, op.value);
        tabs[op.tab].edit(op.field, v);
        last.set(op.field, JSON.stringify(v ?? null));
        const other = tabs[1 - op.tab];
        if (op.deliver !== 'none') other.state = S.merge(other.state, tabs[op.tab].state);
        if (op.deliver === 'both-ways') tabs[op.tab].state = S.merge(tabs[op.tab].state, other.state);
      }
      // Every change arrives in the end, both ways.
      const [a, b] = tabs;
      a.state = S.merge(a.state, b.state);
      b.state = S.merge(b.state, a.state);
      assert.ok(S.sameState(a.state, b.state), 'the tabs differ');
      for (const [field, v] of last) {
        const got = A.fieldsOf(a.state.value).get(field);
        assert.equal(JSON.stringify(got ?? null), v, `${field}: the last change was ${v}, the tabs show ${JSON.stringify(got)}`);
      }
    }),
    { numRuns: 500 },
  );
});

test('merging is commutative and idempotent, so two tabs write each change back at most once', () => {
  const state = ops.map((list) => {
    const s = new S.AssessmentStore({ value: A.emptyAssessment({ id: 'values-common' }), clock: A.dict() }, undefined);
    for (const op of list) s.edit(op.field, fieldValue(op.field, op.value));
    return s.state;
  });
  fc.assert(
    fc.property(state, state, (x, y) => {
      assert.ok(S.sameState(S.merge(x, y), S.merge(y, x)), 'not commutative');
      assert.ok(S.sameState(S.merge(x, x), x), 'not idempotent');
      const m = S.merge(x, y);
      assert.ok(S.sameState(S.merge(m, y), m) && S.sameState(S.merge(m, x), m), 'a merged state absorbs both');
    }),
    { numRuns: 300 },
  );
});
