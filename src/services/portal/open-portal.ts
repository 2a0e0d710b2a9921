import type { MailSettings } from '../../config';
import { companyNameOf } from '../brand/brand-service';
import type { Database, Queryable } from '../../db/database';
import type { ApplicationRow } from '../../db/queries/applications';
import { listInterviewsOfApplications, type InterviewRow } from '../../db/queries/interviews';
import { listConsentsOfCandidate } from '../../db/queries/consents';
import { findUntoldRejection } from '../../db/queries/untold-rejections';
import { portalOffersTalentPool, talentPoolStanding } from '../../domain/privacy/talent-pool';
import {
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
import { applicationOfToken } from './portal-link-service';
import { loadInterviewPeople, type InterviewPeople } from '../scheduling/interview-people';

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

/** Between interviews, prepare for the one that comes next in the process. */
function stageToPrepare(application: ApplicationRow): 'hr' | 'user' | null {
  if (['applied', 'cv_screening', 'hr_interview'].includes(application.stage)) return 'hr';
  if (['tests', 'user_interview'].includes(application.stage)) return 'user';
  return null;
}

function sampleQuestion(question: PracticeQuestion) {
  return { id: question.id, text: question.text };
}
