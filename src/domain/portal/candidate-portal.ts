import { isActiveStage, type Stage } from '../pipeline';
import { ok, type FieldProblem, type Result } from '../result';
import { zonedTimeToUtc } from '../scheduling/zoned-time';

/**
 * Where an application stands, in the words a candidate should read: no internal stage names,
 * no scores, and a rejection said kindly.
 */
export const portalStatuses = [
  'received',
  'hr_interview',
  'tests',
  'user_interview',
  'offer',
  'hired',
  'not_continued',
  'withdrawn',
] as const;
export type PortalStatus = (typeof portalStatuses)[number];

export function portalStatus(stage: Stage): PortalStatus {
  if (stage === 'applied' || stage === 'cv_screening') return 'received';
  if (stage === 'rejected') return 'not_continued';
  return stage;
}

/** The process at a glance as the candidate reads it; tests appear only for jobs that hold them. */
export const portalStepNames = ['received', 'hr', 'tests', 'user', 'offer'] as const;
export type PortalStepName = (typeof portalStepNames)[number];
export const portalStepStates = ['done', 'current', 'ahead'] as const;
export type PortalStepState = (typeof portalStepStates)[number];

const stepOfStatus: Partial<Record<PortalStatus, PortalStepName>> = {
  received: 'received',
  hr_interview: 'hr',
  tests: 'tests',
  user_interview: 'user',
  offer: 'offer',
};

/**
 * The candidate's steps and where they stand: every step done once hired, none shown once the
 * process ended otherwise (the page says so in words). A job without tests shows no tests step,
 * unless the application stands there anyway.
 */
export function portalSteps(
  stage: Stage,
  testsEnabled: boolean,
): { step: PortalStepName; state: PortalStepState }[] {
  const status = portalStatus(stage);
  if (status === 'not_continued' || status === 'withdrawn') return [];
  const names = portalStepNames.filter(
    (name) => name !== 'tests' || testsEnabled || status === 'tests',
  );
  const at = status === 'hired' ? names.length : names.indexOf(stepOfStatus[status]!);
  return names.map((step, index) => ({
    step,
    state: index < at ? 'done' : index === at ? 'current' : 'ahead',
  }));
}

/** Who an interviewer is to the candidate: the future boss, HR, or a member of the panel. */
export const interviewerParts = ['hiring_manager', 'hr', 'panel'] as const;
export type InterviewerPart = (typeof interviewerParts)[number];

/** After the process ends the link still shows the outcome for a while, then stops working. */
export const portalDaysAfterEnd = 30;

export function portalLinkExpired(stage: Stage, endedAt: Date | undefined, now: Date): boolean {
  if (isActiveStage(stage) || !endedAt) return false;
  return now.getTime() - endedAt.getTime() > portalDaysAfterEnd * 24 * 60 * 60_000;
}

/** The candidate may act only while the process runs. */
export function portalAcceptsActions(stage: Stage): boolean {
  return isActiveStage(stage);
}

export interface RescheduleProposal {
  proposedTimes: Date[];
  reason: string;
}

/** One to three future times, in the interview's zone, and a reason. */
export function checkRescheduleProposal(
  input: { proposedTimes: string[]; reason: string },
  timeZone: string,
  now: Date,
): Result<RescheduleProposal> {
  const problems: FieldProblem[] = [];
  if (input.proposedTimes.length === 0 || input.proposedTimes.length > 3) {
    problems.push({
      path: 'proposedTimes',
      code: 'one_to_three_times',
      message: 'Propose one to three times.',
    });
  }
  const proposedTimes: Date[] = [];
  input.proposedTimes.forEach((local, index) => {
    const at = zonedTimeToUtc(local, timeZone);
    if (!at) {
      problems.push({
        path: `proposedTimes.${index}`,
        code: 'invalid_time',
        message: 'Give a date and time.',
      });
    } else if (at.getTime() <= now.getTime()) {
      problems.push({
        path: `proposedTimes.${index}`,
        code: 'in_the_past',
        message: 'Propose a time in the future.',
      });
    } else proposedTimes.push(at);
  });
  const reason = input.reason.trim();
  if (!reason) {
    problems.push({ path: 'reason', code: 'required', message: 'Tell us why.' });
  }
  return problems.length ? { ok: false, problems } : ok({ proposedTimes, reason });
}
