/**
 * One defensive signal from the scattered cue families, for the learned model: each family fires
 * on few answers (too few for the fit to weigh it), together they are one signal it can weigh.
 * The families, by feature name (without "f:"):
 * - the fault shifted: the own part made small, the fault made everyone's (shifted-fault.ts);
 * - the fault minimised: normalised, spread, a duty denied, the question judged (minimising.ts);
 * - the premise of a fault question denied or its point challenged (own-defence.ts);
 * - a rhetorical question back at the interviewer (shifted-fault.ts);
 * - a justification with no fault owned anywhere in the answer (justification.ts).
 * Its value grows with the number of families present, its evidence is the first words of each.
 * A fault owned ("that was my mistake") stays a cue of its own, weighed against it.
 */
import type { Evidence } from './answer-analysis';

export const defensiveFamilies: readonly (readonly string[])[] = [
  ['ownRoleShrunk', 'faultMadeEveryones'],
  ['faultNormalised', 'faultSpreadId', 'dutyDenied', 'questionJudged'],
  ['premiseDenied', 'pointChallenged'],
  ['askedBackRhetorically'],
  ['justifies'],
];
/** Every cue name the signal reads: its families are looked for when the model weighs it. */
export const defensiveSignalSources = defensiveFamilies.flat();

export interface SignalHit {
  value: number;
  evidence: Evidence[];
}

/**
 * The signal from the cues found in an answer (name to evidence), or undefined when no family
 * is present. A justification counts only when no fault is owned in the answer.
 */
export function defensiveSignal(
  cues: ReadonlyMap<string, { evidence: readonly Evidence[] }>,
): SignalHit | undefined {
  const owned = cues.has('faultOwned');
  let kinds = 0;
  const evidence: Evidence[] = [];
  for (const family of defensiveFamilies) {
    if (owned && family[0] === 'justifies') continue;
    const hit = family.map((name) => cues.get(name)).find((h) => h && h.evidence.length > 0);
    if (!hit) continue;
    kinds++;
    const first = hit.evidence[0];
    if (first && evidence.length < 4) evidence.push(first);
  }
  return kinds === 0 ? undefined : { value: Math.min(1.5, 0.5 + 0.5 * kinds), evidence };
}
