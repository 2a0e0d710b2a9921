// Held-out evaluation of the practice coach on all the training answers (training/coach/),
// per label and language, for the rules alone, the fitted model on every label, and the shipped
// combination (the model where an inner leave-one-writer-out CV finds it beats the rules).
// (a) stratified 5-fold CV; (b) leave one writer out: each writer's answers are held out in turn,
// the figure that predicts a new writer. Both are nested: the training's choices (rules or model,
// feature set, L2 penalty, threshold) are redone on the training part of every outer fold.
// Usage: npm run eval:coach [-- --errors] [-- --cv | --writers] [-- --file path.jsonl]
//   --cv, --writers  only (a), or only (b)
//   --file     score the shipped coach, with no fitting, on another labelled file (no CV)
//   --errors   list the leave-one-writer-out errors of the shipped combination
//   --fixed [F]  with --writers: keep the per-label choices of the shipped fit (made once on
//              all answers, or read from F, written by `fit:coach -- --choices F`) and only refit
//              the weights without each writer; not nested (the choices saw every writer)
import { readFileSync } from 'node:fs';
import { type AnswerLabel, answerLabels } from '../src/domain/coach/answer-analysis';
import {
  type Chosen,
  type Example,
  type HeldOut,
  type Prediction,
  choiceName,
  exampleOf,
  heldOut,
  heldOutFixed,
  score,
  stratifiedFolds,
  writerFolds,
  writersOf,
} from './coach-evaluation';
import { printFileReport } from './coach-file-score';
import { loadAnswers } from './coach-training';

const fmt = (n: number) => n.toFixed(2);

function table(
  examples: readonly Example[],
  title: string,
  systems: Record<string, readonly Prediction[]>,
  keep: (e: Example) => boolean,
) {
  const idx = examples.map((e, i) => (keep(e) ? i : -1)).filter((i) => i >= 0);
  const sub = idx.map((i) => examples[i] as Example);
  const names = Object.keys(systems);
  const scores = names.map((n) =>
    score(
      sub,
      idx.map((i) => systems[n]?.[i] as Prediction),
    ),
  );
  console.log(`\n${title} (${sub.length} answers)`);
  console.log(`${'label'.padEnd(15)}${names.map((n) => n.padStart(9)).join('')}   pos`);
  answerLabels.forEach((label: AnswerLabel, j) => {
    const pos = sub.filter((e) => e.record.labels[label]).length;
    console.log(
      `${label.padEnd(15)}${scores.map((s) => fmt(s.rows[j]?.f1 ?? 0).padStart(9)).join('')}   ${pos}`,
    );
  });
  console.log(`${'macro-F1'.padEnd(15)}${scores.map((s) => fmt(s.macro).padStart(9)).join('')}`);
}

function report(examples: readonly Example[], title: string, result: HeldOut, folds: string[]) {
  console.log(`\n=== ${title} ===`);
  console.log('Per outer fold, what the inner leave-one-writer-out CV chose for each label:');
  result.choices.forEach((c, k) =>
    console.log(`  ${folds[k]}: ${answerLabels.map((l) => `${l}=${choiceName(c[l])}`).join(', ')}`),
  );
  const systems = { rules: result.rules, model: result.model, shipped: result.shipped };
  for (const lang of ['id', 'en'] as const) {
    table(examples, `${title}, language ${lang}`, systems, (e) => e.record.lang === lang);
  }
  table(examples, `${title}, both languages`, systems, () => true);
}

function crossValidated() {
  const started = performance.now();
  const examples: Example[] = loadAnswers().map(exampleOf);
  const writers = writersOf(examples);
  console.log(
    `Answers: ${examples.length} (${writers.map((w) => `${w} ${examples.filter((e) => e.record.writer === w).length}`).join(', ')})`,
  );
  console.log(
    'Columns: rules alone; model on every label; shipped = model where it wins, else rules',
  );

  const only = process.argv.includes('--cv')
    ? 'cv'
    : process.argv.includes('--writers')
      ? 'writers'
      : 'both';
  if (only !== 'writers') {
    const cv = heldOut(examples, stratifiedFolds(examples));
    report(examples, '(a) stratified 5-fold CV', cv, [
      'fold 0',
      'fold 1',
      'fold 2',
      'fold 3',
      'fold 4',
    ]);
  }
  if (only === 'cv') return;
  const fixedAt = process.argv.indexOf('--fixed');
  const choicesFile = fixedAt >= 0 ? process.argv[fixedAt + 1] : undefined;
  const lowo =
    fixedAt < 0
      ? heldOut(examples, writerFolds(examples))
      : heldOutFixed(
          examples,
          writerFolds(examples),
          choicesFile && !choicesFile.startsWith('--')
            ? (JSON.parse(readFileSync(choicesFile, 'utf8')) as Chosen)
            : undefined,
        );
  report(
    examples,
    '(b) leave one writer out',
    lowo,
    writers.map((w) => `without ${w}`),
  );
  for (const w of writers) {
    table(
      examples,
      `(b) held-out writer ${w}`,
      { rules: lowo.rules, model: lowo.model, shipped: lowo.shipped },
      (e) => e.record.writer === w,
    );
  }

  if (process.argv.includes('--errors')) {
    console.log('\nLeave-one-writer-out errors of the shipped combination (id, label, expected):');
    examples.forEach((e, i) => {
      for (const l of answerLabels) {
        if (lowo.shipped[i]?.[l] !== e.record.labels[l])
          console.log(`  ${e.record.id}  ${l}  ${e.record.labels[l]}`);
      }
    });
  }
  console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const fileAt = process.argv.indexOf('--file');
if (fileAt >= 0) {
  const path = process.argv[fileAt + 1];
  if (!path) throw new Error('--file needs the path of a JSONL file');
  printFileReport(path);
} else {
  crossValidated();
}
