/**
 * Scoring the shipped coach, with no fitting of any kind, on any JSONL file in the format of
 * ../shared/eval (one labelled answer a line): per label and language, precision, recall and
 * F1, and the macro F1. `npm run eval:coach -- --file path.jsonl` prints it; the lead scores a
 * fresh set the coach has never seen this way.
 */
import { readFileSync } from 'node:fs';
import { type AnswerLabel, answerLabels } from '../src/domain/coach/answer-analysis';
import { analyzeAnswer } from '../src/domain/coach/analyze-answer';
import { type LabelledAnswer, inputOf } from './coach-training';

export type Verdicts = Record<AnswerLabel, boolean>;

export interface LabelCounts {
  label: AnswerLabel;
  /** Answers labelled true. */
  positives: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface FileScore {
  answers: number;
  rows: LabelCounts[];
  macroF1: number;
}

/**
 * A label nobody labelled true and the coach never set is a perfect score (1), the convention of
 * the cross-validation tables too; a label with positives the coach never set has precision 0.
 */
export function countsOf(label: AnswerLabel, tp: number, fp: number, fn: number): LabelCounts {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
  return { label, positives: tp + fn, tp, fp, fn, precision, recall, f1 };
}

export function scoreVerdicts(
  gold: readonly Verdicts[],
  predicted: readonly Verdicts[],
): FileScore {
  const rows = answerLabels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((want, i) => {
      const have = predicted[i]?.[label] ?? false;
      if (want[label] && have) tp++;
      else if (have) fp++;
      else if (want[label]) fn++;
    });
    return countsOf(label, tp, fp, fn);
  });
  const macroF1 = rows.reduce((s, r) => s + r.f1, 0) / rows.length;
  return { answers: gold.length, rows, macroF1 };
}

/** Reads a JSONL file of labelled answers; a bad line is named with its field, nothing guessed. */
export function readLabelledFile(path: string): LabelledAnswer[] {
  const out: LabelledAnswer[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const where = `${path}:${i + 1}`;
      let record: Partial<LabelledAnswer>;
      try {
        record = JSON.parse(line) as Partial<LabelledAnswer>;
      } catch {
        throw new Error(`${where}: not valid JSON`);
      }
      if (record.lang !== 'id' && record.lang !== 'en') throw new Error(`${where}: lang`);
      if (record.stage !== 'hr' && record.stage !== 'user') throw new Error(`${where}: stage`);
      if (typeof record.answer !== 'string') throw new Error(`${where}: answer`);
      if (typeof record.question !== 'string') throw new Error(`${where}: question`);
      for (const label of answerLabels) {
        if (typeof record.labels?.[label] !== 'boolean') {
          throw new Error(`${where}: labels.${label}`);
        }
      }
      out.push({ ...record, id: record.id ?? where } as LabelledAnswer);
    });
  return out;
}

export function shippedVerdicts(record: LabelledAnswer): Verdicts {
  const labels = analyzeAnswer(inputOf(record)).labels;
  const out = {} as Verdicts;
  for (const l of answerLabels) out[l] = labels[l].value;
  return out;
}

export interface FileReport {
  byLanguage: Partial<Record<'id' | 'en', FileScore>>;
  both: FileScore;
}

export function scoreRecords(
  records: readonly LabelledAnswer[],
  predict: (r: LabelledAnswer) => Verdicts = shippedVerdicts,
): FileReport {
  const predicted = records.map(predict);
  const part = (keep: (r: LabelledAnswer) => boolean) => {
    const idx = records.map((r, i) => (keep(r) ? i : -1)).filter((i) => i >= 0);
    return scoreVerdicts(
      idx.map((i) => (records[i] as LabelledAnswer).labels),
      idx.map((i) => predicted[i] as Verdicts),
    );
  };
  const byLanguage: FileReport['byLanguage'] = {};
  for (const lang of ['id', 'en'] as const) {
    if (records.some((r) => r.lang === lang)) byLanguage[lang] = part((r) => r.lang === lang);
  }
  return { byLanguage, both: part(() => true) };
}

const fmt = (n: number) => n.toFixed(2);

export function formatScore(title: string, s: FileScore): string {
  const head = `${'label'.padEnd(15)}${['P', 'R', 'F1', 'pos', 'tp', 'fp', 'fn'].map((h) => h.padStart(6)).join('')}`;
  const lines = s.rows.map(
    (r) =>
      `${r.label.padEnd(15)}${[fmt(r.precision), fmt(r.recall), fmt(r.f1)].map((v) => v.padStart(6)).join('')}${[r.positives, r.tp, r.fp, r.fn].map((v) => String(v).padStart(6)).join('')}`,
  );
  return [
    `\n${title} (${s.answers} answers)`,
    head,
    ...lines,
    `${'macro-F1'.padEnd(15)}${''.padStart(12)}${fmt(s.macroF1).padStart(6)}`,
  ].join('\n');
}

export function printFileReport(path: string): void {
  const report = scoreRecords(readLabelledFile(path));
  console.log(
    `Shipped coach on ${path}, no fitting (P precision, R recall, pos answers labelled true)`,
  );
  for (const lang of ['id', 'en'] as const) {
    const s = report.byLanguage[lang];
    if (s) console.log(formatScore(`Language ${lang}`, s));
  }
  console.log(formatScore('Both languages', report.both));
}
