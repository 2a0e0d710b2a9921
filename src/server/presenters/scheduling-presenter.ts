import type { EmailMessageRow } from '../../db/queries/email-messages';
import type { InterviewEventRow, ShownInterviewRow } from '../../db/queries/interviews';
import { isHeld, isScoredInSlot } from '../../domain/scheduling/interview-schedule';
import { scorecardWait } from '../../domain/today';
import { utcToZonedTime } from '../../domain/scheduling/zoned-time';
import type { ApplicationInterviews } from '../../services/scheduling/application-interviews-service';
import type {
  ApplicationInterviewsOutput,
  EmailMessageOutput,
  InterviewOutput,
} from '../routes/scheduling.schema';

export function presentInterview(
  row: ShownInterviewRow,
  events: InterviewEventRow[] = [],
): InterviewOutput {
  return {
    id: row.id,
    applicationId: row.applicationId,
    stage: row.stage,
    startsAt: row.startsAt.toISOString(),
    localStart: utcToZonedTime(row.startsAt, row.timeZone),
    timeZone: row.timeZone,
    durationMinutes: row.durationMinutes,
    mode: row.mode,
    meetingUrl: row.meetingUrl,
    address: row.address,
    room: row.room,
    receptionContact: row.receptionContact,
    interviewerIds: row.interviewerIds,
    locale: row.locale,
    status: row.status,
    held: isHeld(row, row.scorecardSubmitted, new Date()),
    scored: isScoredInSlot(row, row.scorecardSubmitted, new Date()),
    recorded: row.recorded,
    scorecardWait: scorecardWait(
      { interview: row, unscored: row.panelUnscored, applicationStage: row.applicationStage },
      new Date(),
    ),
    sequence: row.sequence,
    candidateResponse: row.candidateResponse,
    events: events.map((event) => ({
      kind: event.kind,
      actorName: event.actorName,
      startsAt: event.startsAt?.toISOString() ?? null,
      previousStartsAt: event.previousStartsAt?.toISOString() ?? null,
      reason: event.reason,
      proposedTimes: event.proposedTimes,
      at: event.createdAt.toISOString(),
    })),
  };
}

export function presentScheduled(row: ShownInterviewRow & { events: InterviewEventRow[] }) {
  return presentInterview(row, row.events);
}

export function presentEmailMessage(row: EmailMessageRow): EmailMessageOutput {
  return {
    id: row.id,
    template: row.template,
    locale: row.locale,
    toName: row.toName,
    toEmail: row.toEmail,
    subject: row.subject,
    status: row.status,
    transport: row.transport,
    attempts: row.attempts,
    lastError: row.lastError,
    calendarMethod: row.calendarMethod,
    applicationId: row.applicationId,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

export function presentApplicationInterviews(
  overview: ApplicationInterviews,
): ApplicationInterviewsOutput {
  return {
    ...overview,
    interviews: overview.interviews.map((row) => presentInterview(row, row.events)),
    messages: overview.messages.map(presentEmailMessage),
  };
}
