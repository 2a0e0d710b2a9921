/**
 * Rules and model together: for each label the model has weights for, the model decides (within
 * what the answer holds, see modelMayClaim); the others keep the rules' verdict. Evidence: the
 * rules' exact spans when they agree, else the words of the features that pushed the model most
 * (quantified: the numbers the rules found; theoretical: always the rules' theory markers;
 * badmouthing: the words where someone is judged).
 */
import {
  type AnswerLabel,
  type Evidence,
  type LabelFinding,
  answerLabels,
} from './answer-analysis';
import { tidy } from './context';
import type { FeatureHit, Features } from './features';
import { type CoachModel, applyModel } from './linear-model';
import { type RuleAnalysis, judgementEvidence, modelMayClaim } from './rule-labels';

export function decideLabels(
  rules: RuleAnalysis,
  features: Features,
  model: CoachModel,
): Record<AnswerLabel, LabelFinding> {
  const labels = { ...rules.labels };
  const verdicts = applyModel(model, features);
  for (const label of answerLabels) {
    const verdict = verdicts[label];
    if (!verdict) continue;
    const value = verdict.value && modelMayClaim(label, rules, features);
    const ruled = rules.labels[label];
    if (!value) {
      labels[label] = { value, evidence: [] };
      continue;
    }
    // Theory only shows the words that make it so, or nothing: the model's strongest features
    // can be conjunctions ("and", "kalau"), which show the candidate nothing. Elsewhere the
    // model's evidence is read only when the rules have none: it is gathered on demand.
    let evidence =
      label === 'theoretical'
        ? theoryEvidence(rules, features)
        : ruled.value
          ? ruled.evidence
          : tidy(verdict.evidence);
    if (label === 'negativeFormer' && !ruled.value) {
      const judged = judgementEvidence(features, rules.deniedDues);
      if (judged.length > 0) evidence = tidy(judged);
    }
    if (label === 'quantified' && !ruled.value) {
      evidence = rules.numbers
        .filter((n) => n.reason === undefined || n.reason === 'other')
        .map((n) => n.evidence);
    }
    // "Honestly" / "jujur" opening an answer that owns a weakness is candour, not defence: the
    // model may not call an answer defensive on those words (a new user was told "Honestly, I
    // get nervous speaking to large groups; I am taking a class" was defensive).
    // Likewise the words of a veiled judgement of someone else ("let's just say communication
    // was not their strength"): its "not" and "say" criticise them, they refuse nothing.
    if (label === 'defensive' && !ruled.value && !defensiveWithoutCover(features, model)) {
      labels[label] = { value: false, evidence: [] };
      continue;
    }
    labels[label] = { value, evidence };
  }
  return labels;
}

/**
 * The theory markers (modals, habits, hypotheticals), or when there are none the general rules
 * and present habits and methods of general-method.ts ("the key is", "usually I", "I list"): never the model's
 * conjunctions.
 */
function theoryEvidence(rules: RuleAnalysis, features: Features) {
  if (rules.theoryMarkers.length > 0) return rules.theoryMarkers;
  const cues = ['f:genericRule', 'f:presentHabit', 'f:presentMethodNoOwnPast'];
  return tidy(cues.flatMap((name) => features.get(name)?.evidence ?? []));
}

/** Candour markers: "honestly", "jujur" and the like. */
const candourWords = /^(honestly|to be honest|honest|jujur|jujurnya|sejujurnya|terus terang)$/i;

/** A feature that stands on a candour marker: its name holds one, or its only words are one. */
function restsOnCandour(name: string, hit: FeatureHit): boolean {
  if (/\b(honestly|jujur|sejujurnya)\b/.test(name)) return true;
  return (
    hit.evidence.length > 0 &&
    hit.evidence.every((span) => candourWords.test(span.text.replace(/[,.!?]+$/, '').trim()))
  );
}

/** Features whose words judge someone else by understatement or a veiled frame. */
const veiledCues = [
  'f:understatedCriticism',
  'f:veiledJudgementOthers',
  'f:understatementOthers',
  'f:whatNotToDo',
];

/** Every evidence span lies inside one of the spans (a feature with no words is kept). */
function inside(hit: FeatureHit, spans: readonly Evidence[]): boolean {
  return (
    hit.evidence.length > 0 &&
    hit.evidence.every((e) => spans.some((v) => e.start >= v.start && e.end <= v.end))
  );
}

/**
 * The model's defensive verdict with every feature that rests on a candour marker, or only on
 * the words of a veiled judgement of someone else, left out.
 */
function defensiveWithoutCover(features: Features, model: CoachModel): boolean {
  const veiled = veiledCues.flatMap((name) => features.get(name)?.evidence ?? []);
  // With no veiled judgement, no feature's words need reading (most are built on demand).
  const covered = (name: string, hit: FeatureHit) =>
    veiled.length > 0 && (veiledCues.includes(name) || inside(hit, veiled));
  const plain: Features = new Map(
    [...features].filter(([name, hit]) => !restsOnCandour(name, hit) && !covered(name, hit)),
  );
  if (plain.size === features.size) return true;
  return applyModel(model, plain).defensive?.value ?? false;
}
