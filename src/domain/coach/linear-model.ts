/**
 * The learned part of the practice coach: one logistic-regression model per label over the
 * features of features.ts, trained by scripts/train-coach.ts and committed as coach-weights.ts.
 * A label's evidence is the spans of the features that pushed it up most.
 */
import type { AnswerLabel, Evidence } from './answer-analysis';
import type { Features } from './features';

export interface LabelModel {
  bias: number;
  /** Decision threshold on the probability. */
  threshold: number;
  weights: Readonly<Record<string, number>>;
}

/** Labels the model decides; the others stay with the rules. */
export type CoachModel = Partial<Record<AnswerLabel, LabelModel>>;

export interface ModelVerdict {
  value: boolean;
  probability: number;
  evidence: Evidence[];
}

const topEvidence = 3;

export function applyLabelModel(model: LabelModel, features: Features): ModelVerdict {
  let z = model.bias;
  const pushes: { weight: number; evidence: Evidence[] }[] = [];
  for (const [name, hit] of features) {
    const w = model.weights[name];
    if (w === undefined) continue;
    const contribution = w * hit.value;
    z += contribution;
    if (contribution > 0 && hit.evidence.length > 0)
      pushes.push({ weight: contribution, evidence: hit.evidence });
  }
  const probability = 1 / (1 + Math.exp(-z));
  const value = probability >= model.threshold;
  if (!value) return { value, probability, evidence: [] };
  pushes.sort((a, b) => b.weight - a.weight);
  const evidence = pushes.slice(0, topEvidence).flatMap((p) => p.evidence.slice(0, 2));
  return { value, probability, evidence };
}
