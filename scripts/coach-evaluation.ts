/**
 * Honest evaluation of the practice coach: stratified 5-fold cross-validation, nested where the
 * training itself chooses (rules or which feature set, per label), for the rules alone and for
 * the learned models. train-coach.ts runs the same `shippedTraining` on all answers.
 */
import { type AnswerLabel, answerLabels } from '../src/domain/coach/answer-analysis';
import { buildContext } from '../src/domain/coach/context';
import { decideLabels } from '../src/domain/coach/decide-labels';
import { type Features, answerFeatures } from '../src/domain/coach/features';
import { type RuleAnalysis, ruleLabels } from '../src/domain/coach/rule-labels';
import type { CoachModel, LabelModel } from '../src/domain/coach/linear-model';
import {
  type LabelledAnswer,
  type TrainOptions,
  defaultOptions,
  inputOf,
  seededHash,
  trainLabel,
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

export function rulesOf(e: Example): Prediction {
  const out = {} as Prediction;
  for (const l of answerLabels) out[l] = e.rules.labels[l].value;
  return out;
}

export type Prediction = Record<AnswerLabel, boolean>;

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

export function stratifiedFolds(examples: readonly Example[]): number[] {
  const strata = new Map<string, number[]>();
  examples.forEach((e, i) => {
    const rare = strataOrder.find((l) => e.record.labels[l]) ?? 'none';
    const key = `${e.record.lang}:${rare}`;
    strata.set(key, [...(strata.get(key) ?? []), i]);
  });
  const fold = new Array<number>(examples.length).fill(0);
  let next = 0;
  for (const key of [...strata.keys()].sort()) {
    const members = (strata.get(key) ?? []).sort(
      (a, b) =>
        seededHash(examples[a]?.record.id ?? '', SEED + 1) -
        seededHash(examples[b]?.record.id ?? '', SEED + 1),
    );
    for (const i of members) fold[i] = next++ % FOLDS;
  }
  return fold;
}

/**
 * Which feature groups a model reads, by name prefix: w/b word uni/bigrams, p/s word affixes,
 * o words in sentences about others, f linguistic cues, q question kind, r the rules' verdicts.
 */
export const featureSets = {
  all: 'wbpsofqr',
  noRules: 'wbpsofq',
  compact: 'fqr',
} as const;
export type FeatureSet = keyof typeof featureSets;
export type FeatureChoice = FeatureSet | Partial<Record<AnswerLabel, FeatureSet>>;

const setFor = (choice: FeatureChoice, label: AnswerLabel): FeatureSet =>
  typeof choice === 'string' ? choice : (choice[label] ?? 'all');

export const keep = (set: FeatureSet, f: Features): Features => {
  const groups: string = featureSets[set];
  return new Map([...f].filter(([name]) => groups.includes(name[0] ?? '')));
};

export function trainModels(
  train: readonly Example[],
  choice: FeatureChoice,
  options: TrainOptions = defaultOptions,
): Record<AnswerLabel, LabelModel> {
  const out = {} as Record<AnswerLabel, LabelModel>;
  for (const label of answerLabels) {
    const set = setFor(choice, label);
    out[label] = trainLabel(
      train.map((e) => keep(set, e.features)),
      train.map((e) => e.record.labels[label]),
      options,
    );
  }
  return out;
}

/** A model only has weights for its own feature groups, so it can read every feature. */
export function predictWith(models: CoachModel, e: Example): Prediction {
  const labels = decideLabels(e.rules, e.features, models);
  const out = {} as Prediction;
  for (const label of answerLabels) out[label] = labels[label].value;
  return out;
}

/** Held-out predictions for every example of the pool, by cross-validation. */
export function crossValidate(
  pool: readonly Example[],
  choice: FeatureChoice,
  options: TrainOptions = defaultOptions,
): Prediction[] {
  const fold = stratifiedFolds(pool);
  const out = new Array<Prediction>(pool.length);
  for (let k = 0; k < FOLDS; k++) {
    const models = trainModels(
      pool.filter((_, i) => fold[i] !== k),
      choice,
      options,
    );
    pool.forEach((e, i) => {
      if (fold[i] === k) out[i] = predictWith(models, e);
    });
  }
  return out;
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
    const f1 = tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
    return { label, tp, fp, fn, f1 };
  });
  return { rows, macro: rows.reduce((s, r) => s + r.f1, 0) / rows.length };
}

/** Per label, the rules or the model on one feature set, whichever has the best CV F1. */
export type Choice = Record<AnswerLabel, 'rules' | FeatureSet>;
export type Candidates = Partial<Record<'rules' | FeatureSet, readonly Prediction[]>>;

/**
 * Cross-validated predictions of the rules and of every feature set on `pool`: what `choose`
 * picks from, for training and for the evaluation alike.
 */
export function crossValidateAll(pool: readonly Example[]): Candidates {
  const candidates: Candidates = { rules: pool.map(rulesOf) };
  for (const set of Object.keys(featureSets) as FeatureSet[]) {
    candidates[set] = crossValidate(pool, set);
  }
  return candidates;
}

/** The feature set of each label the model decides. */
export function modelSets(choice: Choice): Partial<Record<AnswerLabel, FeatureSet>> {
  const out: Partial<Record<AnswerLabel, FeatureSet>> = {};
  for (const l of answerLabels) {
    const c = choice[l];
    if (c !== 'rules') out[l] = c;
  }
  return out;
}

export function choose(pool: readonly Example[], candidates: Candidates): Choice {
  const out = {} as Choice;
  const scored = Object.entries(candidates).map(
    ([name, p]) => [name as 'rules' | FeatureSet, score(pool, p).rows] as const,
  );
  answerLabels.forEach((label, i) => {
    let best: ['rules' | FeatureSet, number] = ['rules', -1];
    for (const [name, rows] of scored) {
      const f1 = rows[i]?.f1 ?? 0;
      if (f1 > best[1] + 1e-9) best = [name, f1];
    }
    out[label] = best[0];
  });
  return out;
}

export function combine(choice: Choice, candidates: Candidates, length: number): Prediction[] {
  return Array.from({ length }, (_, i) => {
    const out = {} as Prediction;
    for (const l of answerLabels) out[l] = candidates[choice[l]]?.[i]?.[l] ?? false;
    return out;
  });
}

export interface Shipped {
  choice: Choice;
  /** Weights of the labels the model decides; the others stay with the rules. */
  model: CoachModel;
}

/**
 * What train-coach.ts ships, given training answers only: per label, the rules or the feature
 * set with the best cross-validated F1 on those answers, then the weights fitted on all of them.
 */
export function shippedTraining(train: readonly Example[]): Shipped {
  const choice = choose(train, crossValidateAll(train));
  const sets = modelSets(choice);
  const models = trainModels(train, sets);
  const model: CoachModel = {};
  for (const label of answerLabels) if (sets[label]) model[label] = models[label];
  return { choice, model };
}

/**
 * Held-out predictions of the shipped training for every example: for each fold, the whole
 * training (choice included) sees only the other folds.
 */
export function heldOutShipped(
  examples: readonly Example[],
  fold: readonly number[],
): { predictions: Prediction[]; choices: Choice[] } {
  const predictions = new Array<Prediction>(examples.length);
  const choices: Choice[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const { choice, model } = shippedTraining(examples.filter((_, i) => fold[i] !== k));
    choices.push(choice);
    examples.forEach((e, i) => {
      if (fold[i] === k) predictions[i] = predictWith(model, e);
    });
  }
  return { predictions, choices };
}
