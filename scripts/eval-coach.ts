// Precision, recall and F1 of the practice coach's answer analysis on the labelled dev set
// (../shared/eval/answers-dev.jsonl), per label, macro, per language and per stage, and every
// misclassified (id, label, expected, got).
// Usage: npm run eval:coach [-- path/to/answers.jsonl]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type AnswerLabel, answerLabels } from '../src/domain/coach/answer-analysis';
import { analyzeAnswer } from '../src/domain/coach/analyze-answer';

interface Record {
  id: string;
  lang: 'id' | 'en';
  stage: 'hr' | 'user';
  question: string;
  jobTerms?: string[];
  answer: string;
  labels: { [L in AnswerLabel]: boolean };
}

const arg = process.argv[2];
const path = arg ?? fileURLToPath(new URL('../../shared/eval/answers-dev.jsonl', import.meta.url));
const records: Record[] = readFileSync(path, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Record);

const predictions = records.map((r) => ({
  record: r,
  got: analyzeAnswer({
    language: r.lang,
    stage: r.stage,
    question: r.question,
    answer: r.answer,
    jobTerms: r.jobTerms,
  }).labels,
}));

type Row = { label: string; tp: number; fp: number; fn: number; p: number; r: number; f1: number };

function score(subset: typeof predictions): { rows: Row[]; macro: number } {
  const rows = answerLabels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { record, got } of subset) {
      const want = record.labels[label];
      const have = got[label].value;
      if (want && have) tp++;
      else if (have) fp++;
      else if (want) fn++;
    }
    // No positives expected and none predicted: perfect, not undefined.
    const p = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
    const r = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    return { label, tp, fp, fn, p, r, f1 };
  });
  return { rows, macro: rows.reduce((sum, row) => sum + row.f1, 0) / rows.length };
}

const fmt = (n: number) => n.toFixed(2);

function printTable(title: string, subset: typeof predictions) {
  const { rows, macro } = score(subset);
  console.log(`\n${title} (${subset.length} answers)`);
  console.log('label            P     R     F1    tp  fp  fn');
  for (const row of rows) {
    console.log(
      `${row.label.padEnd(15)}  ${fmt(row.p)}  ${fmt(row.r)}  ${fmt(row.f1)}  ${String(row.tp).padStart(3)} ${String(row.fp).padStart(3)} ${String(row.fn).padStart(3)}`,
    );
  }
  console.log(`macro-F1         ${fmt(macro)}`);
  return macro;
}

const overall = printTable('All', predictions);
for (const lang of ['id', 'en'] as const) {
  printTable(
    `Language ${lang}`,
    predictions.filter((x) => x.record.lang === lang),
  );
}
for (const stage of ['hr', 'user'] as const) {
  printTable(
    `Stage ${stage}`,
    predictions.filter((x) => x.record.stage === stage),
  );
}

console.log('\nMisclassified (id, label, expected, got):');
let errors = 0;
for (const { record, got } of predictions) {
  for (const label of answerLabels) {
    if (record.labels[label] !== got[label].value) {
      errors++;
      const evidence = got[label].evidence.map((e) => JSON.stringify(e.text)).join(', ');
      console.log(
        `  ${record.id}  ${label.padEnd(14)}  expected ${record.labels[label]}  got ${got[label].value}${evidence ? `  [${evidence}]` : ''}`,
      );
    }
  }
}
if (errors === 0) console.log('  none');

const worst = Math.min(...score(predictions).rows.map((r) => r.f1));
console.log(
  `\nTargets: every label F1 >= 0.85 (lowest ${fmt(worst)}), macro-F1 >= 0.90 (${fmt(overall)}): ${worst >= 0.85 && overall >= 0.9 ? 'met' : 'NOT met'}`,
);
