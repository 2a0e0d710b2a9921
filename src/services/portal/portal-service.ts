import type { MailSettings } from '../../config';
import { settleOfferOnMove } from '../offers/settle-offer-on-move';
import { announceStageChange } from '../integrations/webhook-events';
import { companyNameOf } from '../brand/brand-service';
import type { Database, Queryable } from '../../db/database';
import {
  findApplicationsForUpdate,
  insertApplicationEvent,
  updateApplicationStage,
  type ApplicationRow,
} from '../../db/queries/applications';
import {
  findInterview,
  insertInterviewEvent,
  listInterviewsOfApplications,
  updateCandidateResponse,
  type InterviewRow,
} from '../../db/queries/interviews';
import { listConsentsOfCandidate } from '../../db/queries/consents';
import { insertDataRequest } from '../../db/queries/data-requests';
import { findUntoldRejection } from '../../db/queries/untold-rejections';
import { dueAt, type DataRequestKind } from '../../domain/privacy/data-request';
import { portalOffersTalentPool, talentPoolStanding } from '../../domain/privacy/talent-pool';
import {
  checkRescheduleProposal,
  portalAcceptsActions,
  portalStatus,
  portalSteps,
  type InterviewerPart,
  type PortalStatus,
  type PortalStepName,
  type PortalStepState,
} from '../../domain/portal/candidate-portal';
import {
  endOf,
  interviewAtStage,
  isHeld,
  missedInterviewOf,
} from '../../domain/scheduling/interview-schedule';
import { practiceQuestionsOfJob, type PracticeQuestion } from '../practice/coach-service';
import { Conflict, NotFound, valueOrInvalid } from '../errors';
import {
  notifyRecruiterOfApplication,
  notifyRecruiterOfInterview,
} from './candidate-update-notice';
import { applicationOfToken } from './portal-link-service';
import type { Actor } from '../actor';
import { recordAudit } from '../audit-log/audit-service';
import { actBehindLink, processEnded } from './candidate-acts';
import { loadInterviewPeople, type InterviewPeople } from '../scheduling/interview-people';
import { settleInterviewsOnMove } from '../scheduling/scheduling-service';

export interface PortalInterview {
  id: string;
  stage: 'hr' | 'user';
  startsAt: Date;
  timeZone: string;
  durationMinutes: number;
  mode: 'online' | 'onsite';
  meetingUrl: string;
  address: string;
  room: string;
  receptionContact: string;
  interviewers: { name: string; title: string | null; part: InterviewerPart }[];
  candidateResponse: InterviewRow['candidateResponse'];
}

export interface PortalView {
  candidateName: string;
  locale: 'id' | 'en';
  companyName: string;
  job: { id: string; title: string; city: string };
  status: PortalStatus;
  steps: { step: PortalStepName; state: PortalStepState }[];
  acceptsActions: boolean;
  nextInterview: PortalInterview | null;
  /**
   * The interview of the stage the candidate stands at that they did not come to, while no new
   * time is booked: the page says so kindly and that HR will be in touch (never HR's note).
   */
  missedInterview: { stage: 'hr' | 'user'; startsAt: Date; timeZone: string } | null;
  /** The interview stage the candidate should prepare for now, if any. */
  preparationStage: 'hr' | 'user' | null;
  /** The bank's id, or null for a question written from the job's key terms. */
  sampleQuestions: { id: string | null; text: { id: string; en: string } }[];
  talentPoolMember: boolean;
  /** Joining is offered until the hire; a member may always leave. */
  offersTalentPool: boolean;
}

/** What the candidate sees behind their private link. */
export async function openPortal(
  db: Database,
  mail: MailSettings,
  token: string,
): Promise<PortalView> {
  const application = await applicationOfToken(db, token);
  // The candidate hears of a hiring manager's rejection from HR, not from this page first: until
  // the rejection e-mail is sent, the page shows the stage they were rejected from.
  const shownStage = (await untoldRejectionStage(db, application)) ?? application.stage;
  const interviews = await listInterviewsOfApplications(db, [application.id]);
  const now = new Date();
  // An interview the panel already scored is behind the candidate, even before its booked end.
  const next = interviews
    .filter(
      (interview) =>
        interview.status === 'scheduled' &&
        endOf(interview).getTime() > now.getTime() &&
        !isHeld(interview, interview.scorecardSubmitted, now),
    )
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  const people = await loadInterviewPeople(db, {
    candidateId: application.candidateId,
    jobId: application.jobId,
    interviewerIds: next?.interviewerIds ?? [],
  });
  const preparationStage = next?.stage ?? stageToPrepare(application);
  // Only while the application still stands at that stage: a rejection HR has not told yet
  // shows the earlier stage, and must not promise a new time.
  const missed =
    next || application.stage !== shownStage
      ? undefined
      : missedInterviewAt(shownStage, interviews);
  const consents = await listConsentsOfCandidate(db, application.candidateId);
  const member = talentPoolStanding(consents).status === 'member';
  // The same questions the practice coach offers for this stage and job, so the portal shows
  // samples and the coach link whenever the coach has something to practise. The candidate's own
  // job whatever its status, read once with the people (not only among open jobs).
  const questions = preparationStage
    ? await practiceQuestionsOfJob(db, preparationStage, people.job)
    : [];
  return {
    candidateName: people.candidate.fullName,
    locale: people.candidate.locale,
    companyName: await companyNameOf(db, mail),
    job: { id: people.job.id, title: people.job.title, city: people.job.city },
    status: portalStatus(shownStage),
    steps: portalSteps(shownStage, people.job.testsEnabled),
    acceptsActions: portalAcceptsActions(application.stage),
    nextInterview: next ? portalInterview(next, people) : null,
    missedInterview: missed
      ? { stage: missed.stage, startsAt: missed.startsAt, timeZone: missed.timeZone }
      : null,
    preparationStage,
    sampleQuestions: questions.slice(0, 4).map(sampleQuestion),
    talentPoolMember: member,
    offersTalentPool: portalOffersTalentPool(application.stage, member),
  };
}

export async function confirmAttendance(
  db: Database,
  mail: MailSettings,
  token: string,
  interviewId: string,
  signedIn: Actor | undefined,
): Promise<void> {
  await actBehindLink(db, token, signedIn, async (tx, application) => {
    const interview = await lockActionableInterview(tx, application, interviewId);
    if (interview.candidateResponse === 'confirmed') return;
    await updateCandidateResponse(tx, interview.id, 'confirmed');
    const eventId = await insertInterviewEvent(tx, {
      interviewId,
      kind: 'confirmed',
      actorId: null,
      startsAt: interview.startsAt,
    });
    await notifyRecruiterOfInterview(tx, mail, interview, eventId, 'confirmed');
    await auditPortal(tx, interview, 'portal.confirmed');
  });
}

export async function requestReschedule(
  db: Database,
  mail: MailSettings,
  token: string,
  interviewId: string,
  input: { proposedTimes: string[]; reason: string },
  signedIn: Actor | undefined,
): Promise<void> {
  await actBehindLink(db, token, signedIn, async (tx, application) => {
    const interview = await lockActionableInterview(tx, application, interviewId);
    const proposal = valueOrInvalid(checkRescheduleProposal(input, interview.timeZone, new Date()));
    await updateCandidateResponse(tx, interview.id, 'reschedule_requested');
    const eventId = await insertInterviewEvent(tx, {
      interviewId,
      kind: 'reschedule_requested',
      actorId: null,
      startsAt: interview.startsAt,
      reason: proposal.reason,
      proposedTimes: proposal.proposedTimes.map((at) => at.toISOString()),
    });
    await auditPortal(tx, interview, 'portal.reschedule_requested');
    await notifyRecruiterOfInterview(tx, mail, interview, eventId, 'reschedule_requested', {
      reason: proposal.reason,
      proposedTimes: proposal.proposedTimes,
    });
  });
}

/** The candidate leaves the process: upcoming interviews are cancelled and the panel told. */
export async function withdrawByCandidate(
  db: Database,
  mail: MailSettings,
  token: string,
  reason: string,
  signedIn: Actor | undefined,
): Promise<void> {
  await actBehindLink(db, token, signedIn, async (tx, { id }) => {
    const [application] = await findApplicationsForUpdate(tx, [id]);
    if (!application || !portalAcceptsActions(application.stage)) throw processEnded();
    // Withdrawing at the offer stage closes the open offer: no reminders, not counted as waiting.
    await settleOfferOnMove(tx, null, application, 'withdrawn');
    await updateApplicationStage(tx, id, {
      stage: 'withdrawn',
      hrGateCleared: application.hrGateCleared,
    });
    const note = reason.trim();
    await insertApplicationEvent(tx, {
      applicationId: id,
      actorId: null,
      fromStage: application.stage,
      toStage: 'withdrawn',
      rejectionReason: null,
      note: note || null,
      overrodeHrGate: false,
    });
    await settleInterviewsOnMove(tx, mail, null, id, 'withdrawn', note);
    await recordAudit(tx, {
      actor: null,
      action: 'portal.withdrawn',
      entityId: id,
      candidateId: application.candidateId,
    });
    await announceStageChange(tx, application, {
      from: application.stage,
      to: 'withdrawn',
      rejectionReason: null,
    });
    await notifyRecruiterOfApplication(tx, mail, application, `withdrawn:${id}`, 'withdrawn', {
      reason: note,
    });
  });
}

/**
 * The candidate asks for a copy of their data, a correction, or erasure from the portal; it enters
 * the ledger with its 3 × 24-hour deadline and HR is told. Works after the process ended too.
 */
export async function requestDataFromPortal(
  db: Database,
  mail: MailSettings,
  token: string,
  kind: DataRequestKind,
  signedIn: Actor | undefined,
): Promise<{ dueAt: Date }> {
  return actBehindLink(db, token, signedIn, async (tx, application) => {
    const receivedAt = new Date();
    const id = await insertDataRequest(tx, {
      candidateId: application.candidateId,
      kind,
      channel: 'portal',
      receivedAt,
      dueAt: dueAt(receivedAt),
      recordedBy: null,
    });
    await notifyRecruiterOfApplication(tx, mail, application, `data:${id}`, 'data_request', {
      request: kind,
    });
    return { dueAt: dueAt(receivedAt) };
  });
}

/** The candidate acted (no user): the entry names the application and the interview only. */
function auditPortal(
  tx: Queryable,
  interview: InterviewRow,
  action: 'portal.confirmed' | 'portal.reschedule_requested',
): Promise<void> {
  return recordAudit(tx, {
    actor: null,
    action,
    entityId: interview.applicationId,
    candidateId: interview.candidateId,
    detail: { interviewId: interview.id },
  });
}

async function lockActionableInterview(
  tx: Queryable,
  application: ApplicationRow,
  interviewId: string,
): Promise<InterviewRow> {
  const interview = await findInterview(tx, interviewId, { forUpdate: true });
  if (!interview || interview.applicationId !== application.id) throw new NotFound('Interview');
  if (!portalAcceptsActions(application.stage)) throw processEnded();
  if (interview.status !== 'scheduled' || interview.startsAt.getTime() < Date.now()) {
    throw new Conflict(
      [
        {
          path: 'interviewId',
          code: 'interview_not_upcoming',
          message: 'This interview is not upcoming.',
        },
      ],
      'This interview is no longer upcoming.',
    );
  }
  return interview;
}

function portalInterview(interview: InterviewRow, people: InterviewPeople): PortalInterview {
  return {
    id: interview.id,
    stage: interview.stage,
    startsAt: interview.startsAt,
    timeZone: interview.timeZone,
    durationMinutes: interview.durationMinutes,
    mode: interview.mode,
    meetingUrl: interview.meetingUrl,
    address: interview.address,
    room: interview.room,
    receptionContact: interview.receptionContact,
    interviewers: people.interviewers.map((person) => ({
      name: person.name,
      title: person.title,
      part: person.isHiringManager ? 'hiring_manager' : person.isRecruiter ? 'hr' : 'panel',
    })),
    candidateResponse: interview.candidateResponse,
  };
}

/** Between interviews, prepare for the one that comes next in the process. */
async function untoldRejectionStage(db: Queryable, application: ApplicationRow) {
  return application.stage === 'rejected' ? findUntoldRejection(db, application.id) : null;
}

/** The no-show of the interview stage the candidate sees themselves at, if that is its news. */
function missedInterviewAt(
  shownStage: ApplicationRow['stage'],
  interviews: readonly InterviewRow[],
): InterviewRow | undefined {
  const stage = interviewAtStage(shownStage);
  if (!stage) return undefined;
  return missedInterviewOf(interviews.filter((interview) => interview.stage === stage));
}

function stageToPrepare(application: ApplicationRow): 'hr' | 'user' | null {
  if (['applied', 'cv_screening', 'hr_interview'].includes(application.stage)) return 'hr';
  if (['tests', 'user_interview'].includes(application.stage)) return 'user';
  return null;
}

function sampleQuestion(question: PracticeQuestion) {
  return { id: question.id, text: question.text };
}
