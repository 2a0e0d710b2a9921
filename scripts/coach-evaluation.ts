/**
 * Honest evaluation of the practice coach. The shipped training (`shippedTraining`) chooses, per
 * label, the rules or a logistic regression (which feature set, which L2 penalty, which decision
 * threshold) by an inner cross-validation that holds out one writer at a time, then fits the
 * chosen models on all its answers. The evaluation redoes all of that inside each outer fold, so
 * no choice is ever made on the answers it reports: stratified 5-fold CV on all answers, and
 * leave-one-writer-out, the figure that predicts a writer the coach has never seen.
 */
import { type AnswerLabel, answerLabels } from '../src/domain/coach/answer-analysis';
import { buildContext } from '../src/domain/coach/context';
import { decideLabels } from '../src/domain/coach/decide-labels';
import { type Features, answerFeatures } from '../src/domain/coach/features';
import { type CoachModel, type LabelModel, applyModel } from '../src/domain/coach/linear-model';
import { type RuleAnalysis, modelMayClaim, ruleLabels } from '../src/domain/coach/rule-labels';
import {
  type LabelledAnswer,
  defaultOptions,
  designOf,
  fitLabels,
  inputOf,
  seededHash,
} from './coach-training';

export const SEED = 20261204;
export const FOLDS = 5;

export interface Example {
  record: LabelledAnswer;
  rules: RuleAnalysis;
  features: Features;
}

export function exampleOf(record: LabelledAnswer): Example {
  const ctx = buildContext(inputOf(record));
  const rules = ruleLabels(ctx);
  return { record, rules, features: answerFeatures(ctx, rules) };
}

export type Prediction = Record<AnswerLabel, boolean>;

export function rulesOf(e: Example): Prediction {
  const out = {} as Prediction;
  for (const l of answerLabels) out[l] = e.rules.labels[l].value;
  return out;
}

/** Which fold each example is held out in, and how many folds. */
export interface Folds {
  of: number[];
  count: number;
}

/** Rare labels first: an answer's stratum is its language and its rarest positive label. */
const strataOrder: AnswerLabel[] = [
  'defensive',
  'negativeFormer',
  'genericClaim',
  'theoretical',
  'fillerHeavy',
  'quantified',
  'result',
  'action',
  'task',
  'situation',
];

export function stratifiedFolds(examples: readonly Example[]): Folds {
  const strata = new Map<string, number[]>();
  examples.forEach((e, i) => {
    const rare = strataOrder.find((l) => e.record.labels[l]) ?? 'none';
    const key = `${e.record.lang}:${rare}`;
    strata.set(key, [...(strata.get(key) ?? []), i]);
  });
  const of = new Array<number>(examples.length).fill(0);
  let next = 0;
  for (const key of [...strata.keys()].sort()) {
    const members = (strata.get(key) ?? []).sort(
      (a, b) =>
        seededHash(examples[a]?.record.id ?? '', SEED + 1) -
        seededHash(examples[b]?.record.id ?? '', SEED + 1),
    );
    for (const i of members) of[i] = next++ % FOLDS;
  }
  return { of, count: FOLDS };
}

/** The writers of the examples, in a fixed order. */
export const writersOf = (examples: readonly Example[]): string[] =>
  [...new Set(examples.map((e) => e.record.writer ?? 'unknown'))].sort();

/** One fold per writer: each fold holds out everything one writer wrote. */
export function writerFolds(examples: readonly Example[]): Folds {
  const writers = writersOf(examples);
  return {
    of: examples.map((e) => writers.indexOf(e.record.writer ?? 'unknown')),
    count: writers.length,
  };
}

/**
 * The inner folds the training chooses with: by writer when it has answers from two writers or
 * more (the choice must hold for a new writer), else stratified.
 */
export const innerFolds = (pool: readonly Example[]): Folds =>
  writersOf(pool).length >= 2 ? writerFolds(pool) : stratifiedFolds(pool);

/**
 * Which feature groups a model reads, by name prefix: w/b word uni/bigrams, p/s word affixes,
 * o words in sentences about others, f linguistic cues, q question kind, r the rules' verdicts.
 * (The n-grams without the rules' verdicts did no better than with them: not searched.)
 */
export const featureSets = {
  all: 'wbpsofqr',
  compact: 'fqr',
} as const;
export type FeatureSet = keyof typeof featureSets;

export const keep = (set: FeatureSet, f: Features): Features => {
  const groups: string = featureSets[set];
  return new Map([...f].filter(([name]) => groups.includes(name[0] ?? '')));
};

/** The grids the inner CV chooses from, per label. */
export const l2Grid = [0.003, 0.03, 0.1] as const;
export const thresholdGrid = [0.3, 0.4, 0.5, 0.6, 0.7] as const;

export interface ModelConfig {
  set: FeatureSet;
  l2: number;
}
export const modelConfigs: ModelConfig[] = (Object.keys(featureSets) as FeatureSet[]).flatMap(
  (set) => l2Grid.map((l2) => ({ set, l2 })),
);

export type LabelChoice =
  { by: 'rules'; f1: number } | ({ by: 'model'; threshold: number; f1: number } & ModelConfig);
export type Choice = Record<AnswerLabel, LabelChoice>;

export const choiceName = (c: LabelChoice): string =>
  c.by === 'rules' ? 'rules' : `${c.set} l2=${c.l2} t=${c.threshold}`;

/** Fits one model per label on `train`, all with the same feature set and penalty. */
function fitConfig(
  train: readonly Example[],
  config: ModelConfig,
  labels: readonly AnswerLabel[],
  threshold: (label: AnswerLabel) => number,
): CoachModel {
  const design = designOf(train.map((e) => keep(config.set, e.features)));
  const fitted = fitLabels(
    design,
    labels.map((label) => train.map((e) => e.record.labels[label])),
    { ...defaultOptions, l2: config.l2 },
  );
  const model: CoachModel = {};
  labels.forEach((label, i) => {
    model[label] = { ...(fitted[i] as LabelModel), threshold: threshold(label) };
  });
  return model;
}

/**
 * Out-of-fold probability of every label for every example of the pool, with one config; -1
 * where the model may not claim the label (modelMayClaim): it never sets it there.
 */
function outOfFold(
  pool: readonly Example[],
  folds: Folds,
  config: ModelConfig,
): Record<AnswerLabel, Float64Array> {
  const out = {} as Record<AnswerLabel, Float64Array>;
  for (const l of answerLabels) out[l] = new Float64Array(pool.length).fill(-1);
  for (let k = 0; k < folds.count; k++) {
    const train = pool.filter((_, i) => folds.of[i] !== k);
    if (train.length === 0) continue;
    const model = fitConfig(train, config, answerLabels, () => 0.5);
    pool.forEach((e, i) => {
      if (folds.of[i] !== k) return;
      const verdicts = applyModel(model, e.features);
      for (const l of answerLabels) {
        if (!modelMayClaim(l, e.rules, e.features)) continue;
        (out[l] as Float64Array)[i] = verdicts[l]?.probability ?? -1;
      }
    });
  }
  return out;
}

function f1Of(tp: number, fp: number, fn: number): number {
  return tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
}

/**
 * How much better (F1) the model must do than the rules in the inner CV to replace them: less is
 * within the noise of a few hundred answers, and the rules' spans are the clearer explanation.
 */
export const MODEL_MARGIN = 0.02;

export interface Chosen {
  /** Per label the model where it beats the rules in the inner CV, else the rules. */
  shipped: Choice;
  /** Per label the best model, even where the rules do better: the model alone. */
  model: Choice;
  /** Per label the rules' F1 on the same answers. */
  rules: Record<AnswerLabel, number>;
}

/**
 * Per label, the rules or the model config and threshold with the best F1 on the inner folds
 * (pooled over them). The model replaces the rules only by MODEL_MARGIN or more; among model
 * configs a tie keeps the one met first.
 */
export function choose(pool: readonly Example[], folds: Folds): Chosen {
  const shipped = {} as Choice;
  const model = {} as Choice;
  const rulesF1 = {} as Record<AnswerLabel, number>;
  const probabilities = modelConfigs.map((c) => outOfFold(pool, folds, c));
  for (const label of answerLabels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    pool.forEach((e) => {
      const want = e.record.labels[label];
      const have = e.rules.labels[label].value;
      if (want && have) tp++;
      else if (have) fp++;
      else if (want) fn++;
    });
    const rules: LabelChoice = { by: 'rules', f1: f1Of(tp, fp, fn) };
    rulesF1[label] = rules.f1;
    let best: LabelChoice | undefined;
    modelConfigs.forEach((config, c) => {
      const p = (probabilities[c] as Record<AnswerLabel, Float64Array>)[label];
      // 0.5 first: among equal F1, the threshold the balanced weights aim at.
      for (const threshold of [0.5, ...thresholdGrid.filter((t) => t !== 0.5)]) {
        let mtp = 0;
        let mfp = 0;
        let mfn = 0;
        pool.forEach((e, i) => {
          const want = e.record.labels[label];
          const have = (p[i] as number) >= threshold;
          if (want && have) mtp++;
          else if (have) mfp++;
          else if (want) mfn++;
        });
        const f1 = f1Of(mtp, mfp, mfn);
        if (!best || f1 > best.f1 + 1e-9) best = { by: 'model', ...config, threshold, f1 };
      }
    });
    const chosenModel = best ?? rules;
    model[label] = chosenModel;
    shipped[label] = chosenModel.f1 >= rules.f1 + MODEL_MARGIN ? chosenModel : rules;
  }
  return { shipped, model, rules: rulesF1 };
}

/** The weights of the labels a choice gives to the model, fitted on all of `train`. */
export function fitChoice(train: readonly Example[], choice: Choice): CoachModel {
  const model: CoachModel = {};
  for (const config of modelConfigs) {
    const labels = answerLabels.filter((l) => {
      const c = choice[l];
      return c.by === 'model' && c.set === config.set && c.l2 === config.l2;
    });
    if (labels.length === 0) continue;
    const threshold = (l: AnswerLabel) => {
      const c = choice[l];
      return c.by === 'model' ? c.threshold : 0.5;
    };
    Object.assign(model, fitConfig(train, config, labels, threshold));
  }
  return model;
}

/** A model only has weights for its own feature groups, so it can read every feature. */
export function predictWith(models: CoachModel, e: Example): Prediction {
  const labels = decideLabels(e.rules, e.features, models);
  const out = {} as Prediction;
  for (const label of answerLabels) out[label] = labels[label].value;
  return out;
}

export interface Shipped {
  chosen: Chosen;
  /** Weights of the labels the model decides; the others stay with the rules. */
  model: CoachModel;
}

/** What `npm run fit:coach` ships, given training answers only. */
export function shippedTraining(train: readonly Example[]): Shipped {
  const chosen = choose(train, innerFolds(train));
  return { chosen, model: fitChoice(train, chosen.shipped) };
}

export interface HeldOut {
  rules: Prediction[];
  /** The model on every label. */
  model: Prediction[];
  /** The shipped combination: the model where the inner CV found it beats the rules. */
  shipped: Prediction[];
  choices: Choice[];
}

/**
 * Held-out predictions for every example: for each outer fold, the whole training (choices
 * included) sees only the other folds, unless `choicesOf` is given: then the per-label choices
 * come from it and only the weights are refitted without the fold.
 */
export function heldOut(
  examples: readonly Example[],
  folds: Folds,
  choicesOf: (train: readonly Example[]) => Chosen = (train) => choose(train, innerFolds(train)),
): HeldOut {
  const out: HeldOut = {
    rules: examples.map(rulesOf),
    model: new Array<Prediction>(examples.length),
    shipped: new Array<Prediction>(examples.length),
    choices: [],
  };
  for (let k = 0; k < folds.count; k++) {
    const train = examples.filter((_, i) => folds.of[i] !== k);
    const chosen = choicesOf(train);
    out.choices.push(chosen.shipped);
    const shipped = fitChoice(train, chosen.shipped);
    const model = fitChoice(train, chosen.model);
    examples.forEach((e, i) => {
      if (folds.of[i] !== k) return;
      out.shipped[i] = predictWith(shipped, e);
      out.model[i] = predictWith(model, e);
    });
  }
  return out;
}

/**
 * Like heldOut, but the per-label choices are made once on all the examples, as the shipped fit
 * makes them (or as given); only the weights are refitted without each fold. Cheaper, slightly
 * optimistic.
 */
export function heldOutFixed(
  examples: readonly Example[],
  folds: Folds,
  chosen: Chosen = choose(examples, innerFolds(examples)),
): HeldOut {
  return heldOut(examples, folds, () => chosen);
}

export interface LabelScore {
  label: AnswerLabel;
  tp: number;
  fp: number;
  fn: number;
  f1: number;
}

export function score(
  examples: readonly Example[],
  predictions: readonly Prediction[],
): { rows: LabelScore[]; macro: number } {
  const rows = answerLabels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    examples.forEach((e, i) => {
      const want = e.record.labels[label];
      const have = predictions[i]?.[label] ?? false;
      if (want && have) tp++;
      else if (have) fp++;
      else if (want) fn++;
    });
    return { label, tp, fp, fn, f1: f1Of(tp, fp, fn) };
  });
  return { rows, macro: rows.reduce((s, r) => s + r.f1, 0) / rows.length };
}

export type { LabelModel };
