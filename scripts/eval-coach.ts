// Held-out evaluation of the practice coach on all 300 labelled answers
// (../shared/eval/answers-dev.jsonl and answers-dev-2.jsonl), per label and language.
// Nested, stratified 5-fold cross-validation: for each outer fold, everything the shipped
// training does (train-coach.ts: choosing rules or a feature set per label by an inner 5-fold CV,
// then fitting the weights) is redone on the other four folds only, and the held-out fold is
// predicted once. No choice is ever made on the fold that is reported.
// Usage: npm run eval:coach [-- --compare] [-- --errors] [-- --file path.jsonl]
//   --file     score the shipped coach, with no fitting, on another labelled file (no CV)
//   --compare  also the plain 5-fold CV of the rules and of every feature set on its own
//   --errors   list the held-out errors (id, label, expected)
import { type AnswerLabel, answerLabels } from '../src/domain/coach/answer-analysis';
import { analyzeAnswer } from '../src/domain/coach/analyze-answer';
import {
  FOLDS,
  type Example,
  type Prediction,
  crossValidateAll,
  exampleOf,
  heldOutShipped,
  score,
  stratifiedFolds,
} from './coach-evaluation';
import { printFileReport } from './coach-file-score';
import { inputOf, loadAnswers } from './coach-training';

const fileAt = process.argv.indexOf('--file');
if (fileAt >= 0) {
  const path = process.argv[fileAt + 1];
  if (!path) throw new Error('--file needs the path of a JSONL file');
  printFileReport(path);
} else {
  crossValidated();
}

function crossValidated() {
  const started = performance.now();
  const examples: Example[] = loadAnswers().map(exampleOf);
  const fold = stratifiedFolds(examples);
  const { predictions: heldOut, choices } = heldOutShipped(examples, fold);

  const fmt = (n: number) => n.toFixed(2);
  type Systems = Record<string, readonly Prediction[] | undefined>;

  function table(title: string, systems: Systems, keep: (e: Example) => boolean) {
    const idx = examples.map((e, i) => (keep(e) ? i : -1)).filter((i) => i >= 0);
    const sub = idx.map((i) => examples[i] as Example);
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

  console.log(`Answers: ${examples.length}, nested stratified ${FOLDS}-fold cross-validation`);
  console.log('Per outer fold, what the inner CV chose for each label (rules or a feature set):');
  choices.forEach((c, k) =>
    console.log(`  fold ${k}: ${answerLabels.map((l) => `${l}=${c[l]}`).join(', ')}`),
  );
  const systems: Systems = { 'held-out': heldOut };
  if (process.argv.includes('--compare')) Object.assign(systems, crossValidateAll(examples));
  for (const lang of ['id', 'en'] as const) {
    table(`Held out, language ${lang}`, systems, (e) => e.record.lang === lang);
  }
  table('Held out, both languages', systems, () => true);

  // The shipped analyzeAnswer (trained on all 300): a training fit, not a held-out figure.
  const shipped = examples.map((e) => {
    const labels = analyzeAnswer(inputOf(e.record)).labels;
    const out = {} as Prediction;
    for (const l of answerLabels) out[l] = labels[l].value;
    return out;
  });
  table('Shipped analyzeAnswer on all 300 (training fit, not held out)', { shipped }, () => true);

  if (process.argv.includes('--errors')) {
    console.log('\nHeld-out errors (id, label, expected):');
    examples.forEach((e, i) => {
      for (const l of answerLabels) {
        if (heldOut[i]?.[l] !== e.record.labels[l])
          console.log(`  ${e.record.id}  ${l}  ${e.record.labels[l]}`);
      }
    });
  }
  console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`);
}
