// Held-out evaluation of the practice coach on the 300 labelled answers
// (../shared/eval/answers-dev.jsonl and answers-dev-2.jsonl): per-label and macro F1 per
// language for the rules, the learned model (n-grams + linguistic features), the model that also
// reads the rules' verdicts, and the shipped combination. Figures: stratified 5-fold
// cross-validation on 80% of the answers, and a fixed 20% test split (seeded hash of the id)
// that is never used for tuning. Then the shipped analyzeAnswer on all 300 (training fit).
// Usage: npm run eval:coach [-- --errors]
import { type AnswerLabel, answerLabels } from '../src/domain/coach/answer-analysis';
import { analyzeAnswer } from '../src/domain/coach/analyze-answer';
import {
  type Candidates,
  type Choice,
  type Example,
  type FeatureSet,
  type Prediction,
  choose,
  exampleOf,
  rulesOf,
  combine,
  crossValidateAll,
  featureSets,
  modelSets,
  predictWith,
  score,
  splitTest,
  trainModels,
} from './coach-evaluation';
import { inputOf, loadAnswers } from './coach-training';

const records = loadAnswers();
const examples: Example[] = records.map(exampleOf);

const { pool, test } = splitTest(examples);
const sets = Object.keys(featureSets) as FeatureSet[];
const cv = crossValidateAll(pool);
const choice = choose(pool, cv);
const modelChoice = modelSets(choice);

const onTest: Candidates = { rules: test.map(rulesOf) };
for (const set of sets) {
  const models = trainModels(pool, set);
  onTest[set] = test.map((e) => predictWith(models, e));
}
const shippedModels = trainModels(pool, modelChoice);
const shippedOnTest = test.map((e) => predictWith(shippedModels, e));
const cvAll = { ...cv, shipped: combine(choice, cv, pool.length) };
const testAll = {
  ...onTest,
  shipped: combine(
    { ...choice, ...modelChoice } as Choice,
    { ...onTest, ...Object.fromEntries(sets.map((s) => [s, shippedOnTest])) },
    test.length,
  ),
};

const fmt = (n: number) => n.toFixed(2);
type Systems = Record<string, readonly Prediction[] | undefined>;

function table(
  title: string,
  set: readonly Example[],
  systems: Systems,
  keep: (e: Example) => boolean,
) {
  const idx = set.map((e, i) => (keep(e) ? i : -1)).filter((i) => i >= 0);
  const sub = idx.map((i) => set[i] as Example);
  const names = Object.keys(systems);
  const scores = names.map((n) =>
    score(
      sub,
      idx.map((i) => (systems[n] ?? [])[i] as Prediction),
    ),
  );
  console.log(`\n${title} (${sub.length} answers)`);
  console.log(`${'label'.padEnd(15)}${names.map((n) => n.padStart(13)).join('')}   pos`);
  answerLabels.forEach((label: AnswerLabel, j) => {
    const pos = sub.filter((e) => e.record.labels[label]).length;
    console.log(
      `${label.padEnd(15)}${scores.map((s) => fmt(s.rows[j]?.f1 ?? 0).padStart(13)).join('')}   ${pos}`,
    );
  });
  console.log(`${'macro-F1'.padEnd(15)}${scores.map((s) => fmt(s.macro).padStart(13)).join('')}`);
  return scores;
}

console.log(
  `Answers: ${examples.length} (cross-validation pool ${pool.length}, test ${test.length})`,
);
console.log('Per label, the rules or the model (feature set) with the best CV F1:');
console.log(`  ${answerLabels.map((l) => `${l}=${choice[l]}`).join(', ')}`);
for (const lang of ['id', 'en'] as const) {
  table(`5-fold CV, language ${lang}`, pool, cvAll, (e) => e.record.lang === lang);
}
for (const lang of ['id', 'en'] as const) {
  table(
    `5-fold CV, language ${lang}, answers-dev-2 only (the rules were written on answers-dev)`,
    pool,
    cvAll,
    (e) => e.record.lang === lang && e.record.id.startsWith('dev2'),
  );
}
for (const lang of ['id', 'en'] as const) {
  table(
    `Test split (never tuned on), language ${lang}`,
    test,
    testAll,
    (e) => e.record.lang === lang,
  );
}
table('Test split, both languages', test, testAll, () => true);

// The shipped analyzeAnswer (trained on all 300): a training fit, not a held-out figure.
const shipped = examples.map((e) => {
  const labels = analyzeAnswer(inputOf(e.record)).labels;
  const out = {} as Prediction;
  for (const l of answerLabels) out[l] = labels[l].value;
  return out;
});
table(
  'Shipped analyzeAnswer on all 300 (training fit, not held out)',
  examples,
  { shipped },
  () => true,
);

if (process.argv.includes('--errors')) {
  console.log('\nTest-split errors of the shipped combination (id, label, expected):');
  test.forEach((e, i) => {
    for (const l of answerLabels) {
      if (testAll.shipped[i]?.[l] !== e.record.labels[l])
        console.log(`  ${e.record.id}  ${l}  ${e.record.labels[l]}`);
    }
  });
}
