/**
 * Training the coach's per-label logistic regression (linear-model.ts): full-batch proximal
 * gradient with momentum (FISTA), L1 + L2 penalties, balanced class weights. Deterministic:
 * weights start at zero, features are visited in sorted order, no randomness.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AnswerInput, AnswerLabel } from '../src/domain/coach/answer-analysis';
import type { Features } from '../src/domain/coach/features';
import type { LabelModel } from '../src/domain/coach/linear-model';

export interface LabelledAnswer {
  id: string;
  lang: 'id' | 'en';
  stage: 'hr' | 'user';
  question: string;
  jobTerms?: string[];
  answer: string;
  labels: Record<AnswerLabel, boolean>;
  /** Who wrote it (set by loadAnswers from the file it came from): the group of the group folds. */
  writer?: string;
}

/**
 * The training data, committed under training/coach/ (README.md there says who wrote what),
 * with the writer of each file: leave-one-writer-out folds hold out one writer at a time, the
 * figure that predicts how the coach does on a writer it has never seen.
 */
export const trainingFiles = [
  { file: 'answers-dev.jsonl', writer: 'dev' },
  { file: 'answers-dev-2.jsonl', writer: 'dev' },
  { file: 'train3-a.jsonl', writer: 'train3-a' },
  { file: 'train3-b.jsonl', writer: 'train3-b' },
  { file: 'train3-c.jsonl', writer: 'train3-c' },
  { file: 'train3-d.jsonl', writer: 'train3-d' },
  { file: 'train4-e.jsonl', writer: 'train4-e' },
  { file: 'train4-f.jsonl', writer: 'train4-f' },
  { file: 'train5-k.jsonl', writer: 'train5-k' },
  { file: 'train5-l.jsonl', writer: 'train5-l' },
  { file: 'train6-o.jsonl', writer: 'train6-o' },
  { file: 'train6-p.jsonl', writer: 'train6-p' },
  { file: 'train7-s.jsonl', writer: 'train7-s' },
  { file: 'train7-t.jsonl', writer: 'train7-t' },
  { file: 'blind9-a.jsonl', writer: 'blind9-10' },
  { file: 'blind9-b.jsonl', writer: 'blind9-10' },
  { file: 'blind10-a.jsonl', writer: 'blind9-10' },
  { file: 'blind10-b.jsonl', writer: 'blind9-10' },
  { file: 'blind11-a.jsonl', writer: 'blind11-12' },
  { file: 'blind11-b.jsonl', writer: 'blind11-12' },
  { file: 'blind12-a.jsonl', writer: 'blind11-12' },
  { file: 'blind12-b.jsonl', writer: 'blind11-12' },
  { file: 'blind13-a.jsonl', writer: 'blind13-14' },
  { file: 'blind13-b.jsonl', writer: 'blind13-14' },
  { file: 'blind14-a.jsonl', writer: 'blind13-14' },
  { file: 'blind14-b.jsonl', writer: 'blind13-14' },
  { file: 'blind15-a.jsonl', writer: 'blind15' },
  { file: 'blind15-b.jsonl', writer: 'blind15' },
  { file: 'train8-c.jsonl', writer: 'train8-c' },
  { file: 'train8-d.jsonl', writer: 'train8-d' },
  { file: 'train9-a.jsonl', writer: 'train9-a' },
  { file: 'train9-b.jsonl', writer: 'train9-b' },
  { file: 'train10-a.jsonl', writer: 'train10-a' },
  { file: 'train11-a.jsonl', writer: 'train11-a' },
  { file: 'train11-b.jsonl', writer: 'train11-b' },
  { file: 'train12-a.jsonl', writer: 'train12-a' },
  { file: 'train12-b.jsonl', writer: 'train12-b' },
  { file: 'train13-a.jsonl', writer: 'train13-a' },
  { file: 'train13-b.jsonl', writer: 'train13-b' },
] as const;

export const trainingDir = fileURLToPath(new URL('../training/coach/', import.meta.url));

export function loadAnswers(): LabelledAnswer[] {
  return trainingFiles.flatMap(({ file, writer }) =>
    readFileSync(`${trainingDir}${file}`, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => ({ ...(JSON.parse(line) as LabelledAnswer), writer })),
  );
}

export const inputOf = (r: LabelledAnswer): AnswerInput => ({
  language: r.lang,
  stage: r.stage,
  question: r.question,
  answer: r.answer,
  jobTerms: r.jobTerms,
});

/** FNV-1a of the seed and the text: a stable pseudo-random number per answer id. */
export function seededHash(text: string, seed: number): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}

export interface TrainOptions {
  l1: number;
  l2: number;
  iterations: number;
  /** n-gram features must occur in at least this many training answers. */
  minCount: number;
  threshold: number;
}

export const defaultOptions: TrainOptions = {
  l1: 0.002,
  l2: 0.01,
  iterations: 300,
  minCount: 3,
  threshold: 0.5,
};

/** The training rows as sparse vectors over the features kept (the same for every label). */
export interface Design {
  names: string[];
  rows: { idx: number[]; val: number[] }[];
}

/** Sparse rows over the features seen; n-grams only when in at least minCount answers. */
export function designOf(rows: readonly Features[], minCount = defaultOptions.minCount): Design {
  const df = new Map<string, number>();
  for (const f of rows) for (const name of f.keys()) df.set(name, (df.get(name) ?? 0) + 1);
  const names = [...df.keys()]
    .filter((n) => !/^[wbpso]:/.test(n) || (df.get(n) ?? 0) >= minCount)
    .sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const x = rows.map((f) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [name, hit] of f) {
      const i = index.get(name);
      if (i !== undefined) {
        idx.push(i);
        val.push(hit.value);
      }
    }
    return { idx, val };
  });
  return { names, rows: x };
}

export function trainLabel(
  rows: readonly Features[],
  targets: readonly boolean[],
  options: TrainOptions = defaultOptions,
): LabelModel {
  return fitLabel(designOf(rows, options.minCount), targets, options);
}

/**
 * One label's logistic regression on a prepared design: full-batch proximal gradient with
 * momentum (FISTA), L2 plus a small L1 that keeps the committed weights few, balanced class
 * weights. Deterministic: weights start at zero and are visited in a fixed order.
 */
export function fitLabel(
  design: Design,
  targets: readonly boolean[],
  options: TrainOptions = defaultOptions,
): LabelModel {
  const { names, rows: x } = design;
  const n = x.length;
  const positives = targets.filter(Boolean).length;
  const wPos = positives > 0 ? n / (2 * positives) : 1;
  const wNeg = n - positives > 0 ? n / (2 * (n - positives)) : 1;
  const maxNorm = Math.max(1, ...x.map((r) => r.val.reduce((s, v) => s + v * v, 1)));
  const step = 1 / (0.25 * Math.max(wPos, wNeg) * maxNorm + options.l2);
  const d = names.length + 1; // last slot: bias
  let w = new Float64Array(d);
  const y = new Float64Array(d);
  let t = 1;
  const grad = new Float64Array(d);
  for (let it = 0; it < options.iterations; it++) {
    grad.fill(0);
    for (let r = 0; r < n; r++) {
      const row = x[r] as { idx: number[]; val: number[] };
      let z = y[d - 1] as number;
      for (let k = 0; k < row.idx.length; k++)
        z += (y[row.idx[k] as number] as number) * (row.val[k] as number);
      const p = 1 / (1 + Math.exp(-z));
      const target = targets[r] ? 1 : 0;
      const g = ((p - target) * (target ? wPos : wNeg)) / n;
      for (let k = 0; k < row.idx.length; k++) {
        const j = row.idx[k] as number;
        grad[j] = (grad[j] as number) + g * (row.val[k] as number);
      }
      grad[d - 1] = (grad[d - 1] as number) + g;
    }
    const next = new Float64Array(d);
    for (let j = 0; j < d; j++) {
      const v =
        (y[j] as number) -
        step * ((grad[j] as number) + (j < d - 1 ? options.l2 * (y[j] as number) : 0));
      const cut = j < d - 1 ? step * options.l1 : 0;
      next[j] = v > cut ? v - cut : v < -cut ? v + cut : 0;
    }
    const tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
    for (let j = 0; j < d; j++)
      y[j] = (next[j] as number) + ((t - 1) / tNext) * ((next[j] as number) - (w[j] as number));
    w = next;
    t = tNext;
  }
  const weights: Record<string, number> = {};
  names.forEach((name, j) => {
    const v = Math.round((w[j] as number) * 1000) / 1000;
    if (v !== 0) weights[name] = v;
  });
  return {
    bias: Math.round((w[d - 1] as number) * 1000) / 1000,
    threshold: options.threshold,
    weights,
  };
}

/** One model per target column, on the same design (one label at a time: faster than jointly). */
export function fitLabels(
  design: Design,
  targets: readonly (readonly boolean[])[],
  options: TrainOptions = defaultOptions,
): LabelModel[] {
  return targets.map((column) => fitLabel(design, column, options));
}
