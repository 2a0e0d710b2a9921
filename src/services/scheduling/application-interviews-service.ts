import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { listEmailMessages, type EmailMessageRow } from '../../db/queries/email-messages';
import {
  listInterviewEvents,
  listShownInterviewsOf,
  type InterviewEventRow,
  type ShownInterviewRow,
} from '../../db/queries/interviews';
import type { TeamMemberRow } from '../../db/queries/jobs';
import { findActivePortalLink } from '../../db/queries/portal-links';
import { findCandidateContact } from '../../db/queries/candidate-contacts';
import { listActiveUsers } from '../../db/queries/users';
import type { InterviewStage } from '../../domain/interview';
import { isHr } from '../../domain/roles';
import {
  mayCorrectRecord,
  mayMoveInterview,
  mayRecordNoShow,
} from '../../domain/scheduling/interview-schedule';
import { findUntoldRejection } from '../../db/queries/untold-rejections';
import type { Actor } from '../actor';
import { readsCandidateOf, readsWholeJob, standingIn } from '../access-policy';
import { NotFound } from '../errors';
import { mayEmailCandidates, maySchedule } from '../../domain/permissions';
import { loadInterviewContext } from '../interviews/interview-context';
import { portalUrl } from '../portal/portal-link-service';

export interface ApplicationInterviews {
  interviews: (ShownInterviewRow & { events: InterviewEventRow[] })[];
  /** Every message sent about this application, with its delivery status. */
  messages: EmailMessageRow[];
  /** The candidate's portal link, for HR to copy; null when none has been made yet. */
  portalUrl: string | null;
  /** That link's token: the page sends it back as `current` when HR renews the link. */
  portalToken: string | null;
  candidateLocale: 'id' | 'en';
  defaults: Record<InterviewStage, { durationMinutes: number; interviewerIds: string[] }>;
  /** Who may sit on a panel: the job's team and HR. */
  people: { id: string; name: string; title: string | null; teamRole: string | null }[];
  /**
   * `move`: the interviews this reader may reschedule or cancel (mayMoveInterview); `correct`:
   * the records of held interviews they may correct or remove (mayCorrectRecord); `noShow`: the
   * begun, unscored bookings they may mark "candidate did not come" (mayRecordNoShow).
   */
  can: {
    schedule: Record<InterviewStage, boolean>;
    sendEmail: boolean;
    move: string[];
    correct: string[];
    noShow: string[];
  };
  /** A hiring manager's rejection HR has yet to tell the candidate (HR readers only). */
  untoldRejection: boolean;
}

/** The application's interviews, their history and its e-mail, as the scheduling panel shows them. */
export async function getApplicationInterviews(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  applicationId: string,
): Promise<ApplicationInterviews> {
  const context = await loadInterviewContext(db, actor, applicationId);
  const hr = isHr(actor.role);
  const wholeJob = readsWholeJob(actor, context.isJobHiringManager);
  // An interviewer on none of its panels (and not the job's hiring manager) is refused as the
  // candidate's page refuses her: the hiring team, the default panels and the candidate's
  // language are not hers to read.
  if (!wholeJob && !readsCandidateOf(actor, context.onPanel)) throw new NotFound('Application');
  // An interviewer sees the interviews they sit on, not the rest of the candidate's process.
  const interviews = (await listShownInterviewsOf(db, applicationId)).filter(
    (interview) => wholeJob || interview.interviewerIds.includes(actor.id),
  );
  const events = await listInterviewEvents(
    db,
    interviews.map((interview) => interview.id),
  );
  const link = hr ? await findActivePortalLink(db, applicationId) : undefined;
  const schedule = maySchedule(standingIn(actor, context.team));
  const now = new Date();
  const candidate = await findCandidateContact(db, context.application.candidateId);
  return {
    interviews: interviews.map((interview) => ({
      ...interview,
      events: events.filter((event) => event.interviewId === interview.id),
    })),
    // Messages carry the candidate's contact details and portal link: HR and the hiring manager only.
    messages: wholeJob
      ? (
          await listEmailMessages(db, {
            applicationIds: [applicationId],
            alsoCandidateLevelOf: context.application.candidateId,
            limit: 100,
            offset: 0,
          })
        ).rows
      : [],
    portalUrl: link ? portalUrl(mail, link.token) : null,
    portalToken: link?.token ?? null,
    candidateLocale: candidate?.locale ?? 'id',
    defaults: {
      hr: pick(context.plan.hr),
      user: pick(context.plan.user),
    },
    people: await panelCandidates(db, context.team),
    can: {
      schedule,
      sendEmail: mayEmailCandidates(actor.role),
      move: interviews
        .filter(
          (interview) =>
            schedule[interview.stage] &&
            mayMoveInterview(interview, interview.scorecardSubmitted, now),
        )
        .map((interview) => interview.id),
      correct: interviews
        .filter((interview) => schedule[interview.stage] && mayCorrectRecord(interview))
        .map((interview) => interview.id),
      noShow: interviews
        .filter(
          (interview) =>
            schedule[interview.stage] &&
            mayRecordNoShow(interview, interview.scorecardSubmitted, now),
        )
        .map((interview) => interview.id),
    },
    // HR tells the candidate: by the rejection e-mail, or by phone or in person (marked told).
    untoldRejection:
      wholeJob &&
      mayEmailCandidates(actor.role) &&
      context.application.stage === 'rejected' &&
      (await findUntoldRejection(db, applicationId)) !== null,
  };
}

function pick(plan: { durationMinutes: number; interviewerIds: string[] }) {
  return { durationMinutes: plan.durationMinutes, interviewerIds: plan.interviewerIds };
}

async function panelCandidates(db: Database, team: TeamMemberRow[]) {
  const users = await listActiveUsers(db);
  return users
    .filter((user) => isHr(user.role) || team.some((member) => member.userId === user.id))
    .map((user) => ({
      id: user.id,
      name: user.name,
      title: user.title,
      teamRole: team.find((member) => member.userId === user.id)?.teamRole ?? null,
    }));
}
