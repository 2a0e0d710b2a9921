import type { InterviewStage } from '../../domain/interview';
import { planMove, type RejectionReason, type Stage } from '../../domain/pipeline';
import { interviewAtStage } from '../../domain/scheduling/interview-schedule';
import { valueOrInvalid } from '../errors';
import { heldBooking, type DemoBooking } from './demo-bookings';
import { seedFinishedInterview } from './demo-interviews';
import { newId, type DemoRows } from './demo-rows';

const day = 24 * 60 * 60 * 1000;

export interface DemoApplicationSeed {
  candidateId: string;
  jobId: string;
  testsEnabled: boolean;
  /** The stage it ends at; `rejected@user_interview` names where a rejection or withdrawal happened. */
  target: string;
  actorId: string;
  startedAt: Date;
  now: Date;
  /** Who interviews and decides each stage, to replay finished interviews. */
  panel: Record<InterviewStage, string[]>;
  deciders: Record<InterviewStage, string>;
  variant: number;
  /** Days spent before each step (the n-th move); by default up to two days each. */
  stepDays?: (step: number) => number;
  /** Why it was rejected, when not the interview it failed. */
  rejectionReason?: RejectionReason;
  /** The candidate's reason for withdrawing. */
  withdrawalNote?: string;
  /** Where the interviews it went through are collected, to be booked together (demo-bookings). */
  bookings: DemoBooking[];
}

/** One move of the seeded history: where to and when. */
export interface DemoStep {
  to: Stage;
  at: Date;
}

/**
 * An application with its history as the pipeline writes it: the application, an event per move
 * (each checked by planMove), and the scorecards and decision of each interview it went through,
 * added to `rows`. Returns its id and the moves with their times. The application is written as
 * its last move left it (the same row as the pipeline's insert and moves leave).
 */
export function seedApplication(
  rows: DemoRows,
  seed: DemoApplicationSeed,
): { id: string; steps: DemoStep[] } {
  const [target, endedAt] = seed.target.split('@') as [Stage, Stage | undefined];
  const forward: Stage[] = [
    'cv_screening',
    'hr_interview',
    ...(seed.testsEnabled ? ['tests' as const] : []),
    'user_interview',
    'offer',
    'hired',
  ];
  const stopAt = endedAt ?? (target === 'tests' && !seed.testsEnabled ? 'user_interview' : target);
  const path = stopAt === 'applied' ? [] : forward.slice(0, forward.indexOf(stopAt) + 1);
  if (endedAt) path.push(target);

  // Space the steps out, ending at least a day before now.
  const ageMs = seed.now.getTime() - seed.startedAt.getTime();
  const wanted = path.map((_, step) => (seed.stepDays ? seed.stepDays(step) * day : 2 * day));
  const total = wanted.reduce((sum, ms) => sum + ms, 0);
  const scale = total > ageMs - day ? (ageMs - day) / Math.max(total, 1) : 1;
  const steps: DemoStep[] = [];
  let at = seed.startedAt;
  const id = newId();
  const events: DemoRows['events'] = [
    {
      applicationId: id,
      actorId: seed.actorId,
      fromStage: null,
      toStage: 'applied',
      rejectionReason: null,
      note: null,
      at,
    },
  ];
  let state = { stage: 'applied' as Stage, hrGateCleared: false, testsEnabled: seed.testsEnabled };
  for (const [step, to] of path.entries()) {
    const enteredAt = at;
    at = new Date(at.getTime() + wanted[step]! * scale);
    const finishedInterview: InterviewStage | null = interviewAtStage(state.stage);
    // An interview stage left by a rejection for another cause (salary, a filled position) was not
    // decided by the panel.
    const panelDecided =
      to !== 'withdrawn' &&
      (to !== 'rejected' || !seed.rejectionReason || seed.rejectionReason.startsWith('failed_'));
    if (finishedInterview && panelDecided) {
      const decidedAt = new Date(at.getTime() - 60 * 60 * 1000);
      seed.bookings.push(
        heldBooking({
          applicationId: id,
          stage: finishedInterview,
          interviewerIds: seed.panel[finishedInterview],
          bookedBy: seed.actorId,
          enteredAt,
          decidedAt,
          leftAt: at,
          daysBefore: daysFromInterviewToDecision(seed.variant),
        }),
      );
      seedFinishedInterview(rows, {
        applicationId: id,
        stage: finishedInterview,
        panel: seed.panel[finishedInterview],
        decidedBy: seed.deciders[finishedInterview],
        outcome: to === 'rejected' ? 'reject' : 'advance',
        variant: seed.variant,
        at: decidedAt,
      });
    }
    const rejectionReason: RejectionReason | undefined =
      to === 'rejected'
        ? (seed.rejectionReason ??
          (state.stage === 'hr_interview' ? 'failed_hr_interview' : 'failed_user_interview'))
        : undefined;
    const note =
      to === 'withdrawn'
        ? (seed.withdrawalNote ?? 'Menerima tawaran dari perusahaan lain.')
        : undefined;
    const move = valueOrInvalid(
      // HR's seeded decision (above) is what lets the candidate past the HR interview.
      planMove(state, {
        to,
        actorRole: 'recruiter',
        rejectionReason,
        note,
        hrDecided: finishedInterview === 'hr' && panelDecided,
      }),
    );
    state = { ...state, stage: to, hrGateCleared: state.hrGateCleared || move.clearsHrGate };
    events.push({
      applicationId: id,
      actorId: seed.actorId,
      fromStage: move.from,
      toStage: to,
      rejectionReason: move.rejectionReason,
      note: move.note,
      at,
    });
    steps.push({ to, at });
  }
  rows.applications.push({
    id,
    candidateId: seed.candidateId,
    jobId: seed.jobId,
    stage: state.stage,
    hrGateCleared: state.hrGateCleared,
    createdAt: seed.startedAt,
    stageEnteredAt: at,
    startDate: null,
  });
  rows.events.push(...events);
  bookAwaitedInterview(seed, id, state.stage, at);
  return { id, steps };
}

/**
 * Most panels score on the day or the next (on time); one interview in nine was scored four days
 * later, after the due date, so the calibration report has late scorecards to show.
 */
function daysFromInterviewToDecision(variant: number): number {
  return variant % 9 === 4 ? 4 : variant % 2;
}

/**
 * An application waiting at an interview stage since more than five days, in every other case,
 * already had its interview four days ago and waits for the panel's scorecards (past due: the
 * calibration report's missing ones). The others are still to be booked (scheduleDemoInterviews
 * books a few upcoming ones through the real use case).
 */
function bookAwaitedInterview(
  seed: DemoApplicationSeed,
  applicationId: string,
  stage: Stage,
  enteredAt: Date,
): void {
  const waiting: InterviewStage | null = interviewAtStage(stage);
  const heldBy = new Date(seed.now.getTime() - 4 * day);
  if (!waiting || seed.variant % 2 === 0 || enteredAt.getTime() > heldBy.getTime() - day) return;
  seed.bookings.push(
    heldBooking({
      applicationId,
      stage: waiting,
      interviewerIds: seed.panel[waiting],
      bookedBy: seed.actorId,
      enteredAt,
      decidedAt: heldBy,
      leftAt: null,
      daysBefore: 0,
    }),
  );
}
