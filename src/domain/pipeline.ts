import { type Result, ok, problem } from './result';
import { isHr, type Role } from './roles';

/** The Indonesian two-stage process, in order. `tests` is optional per job. */
export const activeStages = [
  'applied',
  'cv_screening',
  'hr_interview',
  'tests',
  'user_interview',
  'offer',
] as const;
export const endStages = ['hired', 'rejected', 'withdrawn'] as const;
export const stages = [...activeStages, ...endStages] as const;

export type ActiveStage = (typeof activeStages)[number];
export type Stage = (typeof stages)[number];

export const rejectionReasons = [
  'cv_not_matching',
  'failed_hr_interview',
  'failed_tests',
  'failed_user_interview',
  'salary_mismatch',
  'position_filled',
  'no_response',
  /** Set by the candidate's own decline of the offer in the portal. */
  'offer_declined',
  'other',
] as const;
export type RejectionReason = (typeof rejectionReasons)[number];

export function isActiveStage(stage: Stage): stage is ActiveStage {
  return (activeStages as readonly string[]).includes(stage);
}

/**
 * Whether the application has ended without a hire (rejected, withdrawn): nothing is left to
 * decide, so its stages take no new scorecard and owe none. HR may still reopen it.
 */
export function applicationEnded(stage: string): boolean {
  return stage === 'rejected' || stage === 'withdrawn';
}

/** The stages at which the candidate is interviewed: HR's interview, then the hiring manager's. */
export const interviewingStages = ['hr_interview', 'user_interview'] as const;

/** Whether the candidate is interviewed at `stage` (Today's "to book", WhatsApp's reminder). */
export function isInterviewingStage(stage: string): boolean {
  return (interviewingStages as readonly string[]).includes(stage);
}

/** `stage` comes after `than` in the process; the end stages have no place in that order. */
export function isLaterStage(stage: Stage, than: Stage): boolean {
  return (
    isActiveStage(stage) &&
    isActiveStage(than) &&
    activeStages.indexOf(stage) > activeStages.indexOf(than)
  );
}

/** The stages a job's board shows, in order: `tests` only where the job runs tests. */
export function stagesOfJob(testsEnabled: boolean): Stage[] {
  return stages.filter((stage) => testsEnabled || stage !== 'tests');
}

/**
 * The stages a move from `from` may offer, among the job's `stages`: not the stage itself, the
 * hire only from the offer (as `planMove` refuses it otherwise), nothing once hired.
 */
export function destinationsFrom(from: Stage, jobStages: readonly Stage[]): Stage[] {
  if (from === 'hired') return [];
  return jobStages.filter((stage) => stage !== from && (stage !== 'hired' || from === 'offer'));
}

/** Stages that only a candidate who passed the HR interview may reach. */
const afterHrGate: readonly Stage[] = ['user_interview', 'offer', 'hired'];

/**
 * The HR interview is HR's to end: passing it, failing it, sending the application back from it,
 * or recording that the candidate withdrew during it (HR is their contact at that stage) are HR's
 * calls; the hiring manager's verdict comes after it, not instead of it. One rule for moves (here)
 * and for decisions (decision-service). A candidate withdraws themselves in the portal.
 */
export function endsHrStage(
  from: Stage,
  to: Stage,
  rejectionReason?: RejectionReason | null | undefined,
): boolean {
  return (
    from === 'hr_interview' || (to === 'rejected' && rejectionReason === 'failed_hr_interview')
  );
}

export function mayEndHrStage(role: Role): boolean {
  return isHr(role);
}

export interface ApplicationState {
  stage: Stage;
  /** Set once the application passed the HR interview, or HR overrode the gate. */
  hrGateCleared: boolean;
  testsEnabled: boolean;
}

export interface MoveRequest {
  to: Stage;
  actorRole: Role;
  /** Why; required to reject (as a note for `other`), to override the HR gate and to reopen. */
  note?: string | undefined;
  rejectionReason?: RejectionReason | undefined;
  /** A recruiter's explicit decision to skip the HR interview gate. */
  overrideHrGate?: boolean | undefined;
  /**
   * The move carries HR's recorded decision to pass the HR interview (decision-service): only
   * then does a forward move out of the HR interview pass it; any other is a skip of the gate.
   */
  hrDecided?: boolean | undefined;
}

export interface PlannedMove {
  from: Stage;
  to: Stage;
  note: string | null;
  rejectionReason: RejectionReason | null;
  overrodeHrGate: boolean;
  /** True when this move passes the HR interview or overrides its gate. */
  clearsHrGate: boolean;
}

/**
 * Whether the move's note is a reason planMove insists on (it is audited): reopening a closed
 * application, skipping the HR interview gate, or rejecting for `other`. Forms label the note by it.
 */
export function moveNeedsReason(
  from: Stage | undefined,
  request: Pick<MoveRequest, 'rejectionReason' | 'overrideHrGate'> & { to: Stage | '' },
): boolean {
  const reopening = from !== undefined && !isActiveStage(from);
  const rejectingForOther = request.to === 'rejected' && request.rejectionReason === 'other';
  return reopening || Boolean(request.overrideHrGate) || rejectingForOther;
}

/**
 * Whether a move to `to` would skip the HR interview gate: a later stage than the HR interview
 * reached with no HR decision behind it (leaving the HR interview forward without HR's verdict, or
 * jumping to the user interview or beyond before it), unless the gate was cleared before.
 */
export function hrGateClosedFor(
  state: Pick<ApplicationState, 'stage' | 'hrGateCleared'>,
  to: Stage,
) {
  if (state.hrGateCleared) return false;
  const leavesHrForward = state.stage === 'hr_interview' && isLaterStage(to, state.stage);
  return leavesHrForward || afterHrGate.includes(to);
}

/**
 * Decides whether an application may move, and what the move records.
 * The HR interview is a gate: leaving it forward needs HR's decision (`hrDecided`), and the user
 * interview and later stages need it passed, unless HR overrides with a written reason.
 */
export function planMove(state: ApplicationState, request: MoveRequest): Result<PlannedMove> {
  const { stage: from } = state;
  const { to, actorRole } = request;
  const note = request.note?.trim() ? request.note.trim() : null;
  const hr = isHr(actorRole);

  if (actorRole === 'interviewer') {
    return problem('toStage', 'forbidden_role', 'Interviewers cannot move applications.');
  }
  if (from === to) {
    return problem('toStage', 'same_stage', 'The application is already in this stage.');
  }
  if (from === 'hired') {
    return problem('toStage', 'already_hired', 'A hired application cannot move.');
  }
  if (to === 'tests' && !state.testsEnabled) {
    return problem('toStage', 'tests_disabled', 'This job has no tests stage.');
  }
  if (to === 'hired' && from !== 'offer') {
    return problem(
      'toStage',
      'hire_needs_offer',
      'Only an application at the offer stage can be hired.',
    );
  }
  if (!isActiveStage(from)) {
    // Rejected or withdrawn: reopening is HR's call and needs a reason.
    if (!hr)
      return problem('toStage', 'reopen_needs_hr', 'Only HR can reopen a closed application.');
    if (!isActiveStage(to))
      return problem('toStage', 'invalid_transition', 'Reopen to an active stage.');
    if (!note) return problem('note', 'reason_required', 'Say why the application is reopened.');
  }
  if (to === 'rejected') {
    if (!request.rejectionReason) {
      return problem('rejectionReason', 'required', 'Choose a rejection reason.');
    }
    if (request.rejectionReason === 'other' && !note) {
      return problem('note', 'reason_required', 'Describe the rejection reason.');
    }
  }

  if (endsHrStage(from, to, request.rejectionReason) && !mayEndHrStage(actorRole)) {
    return problem(
      'toStage',
      'hr_gate_is_hr',
      'HR decides whether the candidate passes the HR interview.',
    );
  }
  const passesHr = from === 'hr_interview' && isLaterStage(to, from) && Boolean(request.hrDecided);
  const gateClosed = !passesHr && hrGateClosedFor(state, to);
  let overrodeHrGate = false;
  if (gateClosed) {
    if (!request.overrideHrGate) {
      return problem(
        'toStage',
        'hr_interview_required',
        from === 'hr_interview'
          ? 'No HR decision is recorded yet: decide the HR interview, or skip its gate with a reason.'
          : 'The candidate has not passed the HR interview yet.',
      );
    }
    if (!hr)
      return problem('overrideHrGate', 'override_needs_hr', 'Only HR can skip the HR interview.');
    if (!note) return problem('note', 'reason_required', 'Write why the HR interview is skipped.');
    overrodeHrGate = true;
  }

  return ok({
    from,
    to,
    note,
    rejectionReason: to === 'rejected' ? (request.rejectionReason ?? null) : null,
    overrodeHrGate,
    clearsHrGate: passesHr || overrodeHrGate,
  });
}
