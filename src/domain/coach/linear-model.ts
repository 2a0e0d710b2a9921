/**
 * The learned part of the practice coach: one logistic-regression model per label over the
 * features of features.ts, trained by scripts/train-coach.ts and committed as coach-weights.ts.
 * A label's evidence is the spans of the features that pushed it up most.
 */
import type { AnswerLabel, Evidence } from './answer-analysis';
import type { FeatureHit, Features, KeepFeature } from './features';

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

const lookups = new WeakMap<LabelModel, Map<string, number>>();

/** The weights as a Map: a large object literal is a slow dictionary for missing keys. */
function weightsOf(model: LabelModel): Map<string, number> {
  let map = lookups.get(model);
  if (!map) {
    map = new Map(Object.entries(model.weights));
    lookups.set(model, map);
  }
  return map;
}

export function applyLabelModel(model: LabelModel, features: Features): ModelVerdict {
  let z = model.bias;
  const weights = weightsOf(model);
  const pushes: { weight: number; evidence: Evidence[] }[] = [];
  for (const [name, hit] of features) {
    const w = weights.get(name);
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

interface Compiled {
  labels: AnswerLabel[];
  /** Per feature, its weight in each label's model (0 where it has none). */
  weights: Map<string, Float64Array>;
}
const compiled = new WeakMap<CoachModel, Compiled>();

function compile(model: CoachModel): Compiled {
  const hit = compiled.get(model);
  if (hit) return hit;
  const labels = (Object.keys(model) as AnswerLabel[]).filter((l) => model[l]);
  const weights = new Map<string, Float64Array>();
  labels.forEach((label, i) => {
    for (const [name, w] of Object.entries(model[label]?.weights ?? {})) {
      let row = weights.get(name);
      if (!row) weights.set(name, (row = new Float64Array(labels.length)));
      row[i] = w;
    }
  });
  const out = { labels, weights };
  compiled.set(model, out);
  return out;
}

/** Whether any label's model weighs a feature: the others need not be built at all. */
export function weighedBy(model: CoachModel): KeepFeature {
  const { weights } = compile(model);
  return (name) => weights.has(name);
}

/** The spans of the features that pushed label i up most, among those the model weighs. */
function strongest(
  rows: readonly Float64Array[],
  hits: readonly FeatureHit[],
  i: number,
): Evidence[] {
  const pushes: { weight: number; evidence: Evidence[] }[] = [];
  for (let k = 0; k < rows.length; k++) {
    const hit = hits[k] as FeatureHit;
    const push = ((rows[k] as Float64Array)[i] as number) * hit.value;
    if (push > 0 && hit.evidence.length > 0) pushes.push({ weight: push, evidence: hit.evidence });
  }
  pushes.sort((a, b) => b.weight - a.weight);
  return pushes.slice(0, topEvidence).flatMap((p) => p.evidence.slice(0, 2));
}

/**
 * A label's verdict whose evidence is gathered only when read: when the rules agree with the
 * model, their exact spans are shown and the model's are never needed.
 */
class LazyVerdict implements ModelVerdict {
  private spans: Evidence[] | undefined;
  constructor(
    readonly value: boolean,
    readonly probability: number,
    private readonly rows: readonly Float64Array[],
    private readonly hits: readonly FeatureHit[],
    private readonly i: number,
  ) {}
  get evidence(): Evidence[] {
    return (this.spans ??= this.value ? strongest(this.rows, this.hits, this.i) : []);
  }
}

/** Every label's verdict in one pass over the features; evidence from the weighed ones only. */
export function applyModel(
  model: CoachModel,
  features: Features,
): Partial<Record<AnswerLabel, ModelVerdict>> {
  const { labels, weights } = compile(model);
  const z = new Float64Array(labels.map((l) => model[l]?.bias ?? 0));
  const rows: Float64Array[] = [];
  const hits: FeatureHit[] = [];
  // forEach, not for-of: no [name, hit] pair is allocated per feature.
  features.forEach((hit, name) => {
    const row = weights.get(name);
    if (!row) return;
    rows.push(row);
    hits.push(hit);
    const v = hit.value;
    for (let i = 0; i < row.length; i++) z[i] = (z[i] as number) + (row[i] as number) * v;
  });
  const out: Partial<Record<AnswerLabel, ModelVerdict>> = {};
  labels.forEach((label, i) => {
    const probability = 1 / (1 + Math.exp(-(z[i] as number)));
    const value = probability >= (model[label]?.threshold ?? 0.5);
    out[label] = new LazyVerdict(value, probability, rows, hits, i);
  });
  return out;
}
