import type { Database } from '../../db/database';
import { listBoardCards } from '../../db/queries/applications';
import {
  listInterviewsOfApplications,
  listInterviewsOfInterviewer,
} from '../../db/queries/interviews';
import { listJobs } from '../../db/queries/jobs';
import { listScorecards } from '../../db/queries/scorecards';
import type { InterviewStage } from '../../domain/interview';
import type { Actor } from '../actor';
import { planOfJob } from '../interview-plans/interview-plan-service';

export interface MyInterview {
  applicationId: string;
  candidateId: string;
  candidateName: string;
  jobId: string;
  jobTitle: string;
  interview: InterviewStage;
  scorecard: 'none' | 'draft' | 'submitted';
  since: Date;
  /** When the interview is booked, if it is. */
  scheduled: { startsAt: Date; timeZone: string } | null;
}

const stageOf: Record<InterviewStage, string> = { hr: 'hr_interview', user: 'user_interview' };

/**
 * The interviews the actor sits on the panel of, for candidates at that interview now,
 * with the state of their own scorecard: an interviewer's to-do list.
 */
export async function listMyInterviews(db: Database, actor: Actor): Promise<MyInterview[]> {
  const jobs = await listJobs(db, { memberId: actor.id, status: 'open' });
  const found: MyInterview[] = [];
  for (const job of jobs) {
    const { plan } = await planOfJob(db, job);
    const panels = (['hr', 'user'] as const).filter((stage) =>
      plan[stage].interviewerIds.includes(actor.id),
    );
    if (!panels.length) continue;
    const cards = await listBoardCards(db, job.id);
    const mine = (
      await listScorecards(
        db,
        cards.map((card) => card.id),
      )
    ).filter((scorecard) => scorecard.interviewerId === actor.id);
    for (const stage of panels) {
      for (const card of cards.filter((c) => c.stage === stageOf[stage])) {
        const own = mine.find((s) => s.applicationId === card.id && s.stage === stage);
        found.push({
          applicationId: card.id,
          candidateId: card.candidateId,
          candidateName: card.candidateName,
          jobId: job.id,
          jobTitle: job.title,
          interview: stage,
          scorecard: own?.submittedAt ? 'submitted' : own ? 'draft' : 'none',
          since: card.stageEnteredAt,
          scheduled: null,
        });
      }
    }
  }
  const booked = await listInterviewsOfApplications(
    db,
    found.map((item) => item.applicationId),
  );
  for (const item of found) {
    const interview = booked.find(
      (row) =>
        row.applicationId === item.applicationId &&
        row.stage === item.interview &&
        row.status === 'scheduled',
    );
    if (interview) item.scheduled = { startsAt: interview.startsAt, timeZone: interview.timeZone };
  }
  await addBookedInterviews(db, actor, found);
  const order = { none: 0, draft: 0, submitted: 1 };
  return found.sort(
    (a, b) => order[a.scorecard] - order[b.scorecard] || a.since.getTime() - b.since.getTime(),
  );
}

/** How far back an interview that took place stays on the list while its scorecard is missing. */
const unscoredDays = 30;

/**
 * The interviews the actor is booked on, wherever the candidate is now: every upcoming one, and
 * the ones that took place in the last 30 days whose scorecard the actor has not submitted. A move
 * that settles an interview does not take it off the panel's to-do list.
 */
async function addBookedInterviews(db: Database, actor: Actor, found: MyInterview[]) {
  const now = Date.now();
  const since = new Date(now - unscoredDays * 24 * 60 * 60 * 1000);
  const booked = (await listInterviewsOfInterviewer(db, actor.id, since)).filter(
    (row) =>
      !found.some(
        (item) => item.applicationId === row.applicationId && item.interview === row.stage,
      ),
  );
  const mine = (
    await listScorecards(
      db,
      booked.map((row) => row.applicationId),
    )
  ).filter((scorecard) => scorecard.interviewerId === actor.id);
  for (const row of booked) {
    const own = mine.find((s) => s.applicationId === row.applicationId && s.stage === row.stage);
    const upcoming = row.status === 'scheduled' && row.startsAt.getTime() > now;
    if (!upcoming && own?.submittedAt) continue;
    found.push({
      applicationId: row.applicationId,
      candidateId: row.candidateId,
      candidateName: row.candidateName,
      jobId: row.jobId,
      jobTitle: row.jobTitle,
      interview: row.stage,
      scorecard: own?.submittedAt ? 'submitted' : own ? 'draft' : 'none',
      since: row.startsAt,
      scheduled: { startsAt: row.startsAt, timeZone: row.timeZone },
    });
  }
}
