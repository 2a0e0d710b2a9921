import type { InterviewStage } from './interview';
import { ok, type FieldProblem, type Result } from './result';

/**
 * What a stage's decision stands on (HR's gate or the user's verdict): the interview and the
 * panel's scorecards.
 */
export interface VerdictEvidence {
  /** The interview of the stage decided; the refusals name it. */
  stage: InterviewStage;
  /** The stage's interview took place (`hasTakenPlace`: completed, or booked and begun). */
  interviewHeld: boolean;
  /** The interview's panel, and who of them submitted a scorecard. */
  panelIds: readonly string[];
  submittedBy: readonly string[];
  /** The panel's names, so the decider reads who has not scored yet. */
  panelNames: Readonly<Record<string, string>>;
}

export type MissingEvidence = 'interview' | 'scorecards';

export const minimumOverrideReason = 10;

/**
 * A decision stands on at least one submitted scorecard of its stage. `path` is the request's
 * stage field (`stage` in a decision, `toStage` in a board move).
 */
export function unscoredProblem(path: string): FieldProblem {
  return {
    path,
    code: 'no_scorecards',
    message: 'Submit at least one scorecard for this interview first.',
  };
}

export function missingEvidence(evidence: VerdictEvidence): MissingEvidence[] {
  const missing: MissingEvidence[] = [];
  // The user interview must have taken place. At HR's gate a scorecard stands for it: the HR kit
  // takes none before a booked interview has begun, and HR may score a screening call never booked.
  if (evidence.stage === 'user' && !evidence.interviewHeld) missing.push('interview');
  const scored = evidence.panelIds.length
    ? evidence.panelIds.every((id) => evidence.submittedBy.includes(id))
    : evidence.submittedBy.length > 0;
  if (!scored) missing.push('scorecards');
  return missing;
}

/**
 * The panel members who have not submitted their scorecard yet: names to read, and ids so the
 * decider who is among them reads "you" rather than their own name.
 */
export function awaitedScorers(evidence: VerdictEvidence): {
  waitingFor: string[];
  waitingForIds: string[];
} {
  const awaited = evidence.panelIds.filter(
    (id) => !evidence.submittedBy.includes(id) && evidence.panelNames[id],
  );
  return {
    waitingFor: awaited.map((id) => evidence.panelNames[id]!),
    waitingForIds: awaited,
  };
}

/**
 * A decision at either gate (HR's, the user's verdict) waits for the interview to have happened and
 * the whole panel to have scored: one rule, so HR cannot pass a candidate on half the HR panel's
 * scorecards (or before writing her own) while the user is asked why. Deciding without that is possible only as an explicit override
 * with a written reason, which the history and the audit log keep. With no scorecard at all it
 * is refused whatever the reason, and that is said first: asking for a reason and then refusing
 * anyway wasted the decider's reason. The same rule holds for a decision and a board move.
 */
export function checkVerdictEvidence(
  evidence: VerdictEvidence,
  overrideReason: string | undefined,
  stageField: string,
): Result<{ missing: MissingEvidence[]; overrideReason: string | null }> {
  if (!evidence.submittedBy.length) return { ok: false, problems: [unscoredProblem(stageField)] };
  const missing = missingEvidence(evidence);
  if (!missing.length) return ok({ missing, overrideReason: null });
  const reason = overrideReason?.trim() ?? '';
  if (reason.length >= minimumOverrideReason) return ok({ missing, overrideReason: reason });
  if (reason) {
    return {
      ok: false,
      problems: [
        {
          path: 'overrideReason',
          code: 'override_reason_too_short',
          message: `Write at least ${minimumOverrideReason} characters on why you decide now.`,
        },
      ],
    };
  }
  const problems: FieldProblem[] = missing.map((what) =>
    what === 'interview'
      ? {
          path: 'overrideReason',
          code: 'verdict_needs_interview',
          message: 'The user interview has not taken place yet: wait, or override with a reason.',
        }
      : {
          path: 'overrideReason',
          code: 'verdict_needs_scorecards',
          message: 'Not every panel member has scored: wait, or override with a reason.',
          params: awaitedScorers(evidence),
        },
  );
  return { ok: false, problems };
}
