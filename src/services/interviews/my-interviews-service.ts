import type { Database } from '../../db/database';
import { listBoardCards } from '../../db/queries/applications';
import {
  listInterviewsOfApplications,
  listInterviewsOfInterviewer,
} from '../../db/queries/interviews';
import { listJobs, listTeamMembers, type JobRow } from '../../db/queries/jobs';
import { listScorecards } from '../../db/queries/scorecards';
import type { InterviewStage } from '../../domain/interview';
import { scorecardWait, type ScorecardWait } from '../../domain/today';
import type { Actor } from '../actor';
import { isHiringManagerOf, sitsOnPanel } from '../access-policy';
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
  /** The booked interview is over and the actor's own scorecard is missing (as Today says). */
  scorecardWait: ScorecardWait | null;
}

const interviewOf: Partial<Record<string, InterviewStage>> = {
  hr_interview: 'hr',
  user_interview: 'user',
};

/**
 * The interviews the actor sits on the panel of (sitsOnPanel: the booked panel, the rule the kit
 * and the candidate page follow), for candidates at that interview now, with the state of their
 * own scorecard: an interviewer's to-do list.
 */
export async function listMyInterviews(db: Database, actor: Actor): Promise<MyInterview[]> {
  const jobs = await listJobs(db, { memberId: actor.id, status: 'open' });
  const found: MyInterview[] = [];
  for (const job of jobs) found.push(...(await interviewsOfJob(db, actor, job)));
  await addBookedInterviews(db, actor, found);
  const order = { none: 0, draft: 0, submitted: 1 };
  return found.sort(
    (a, b) => order[a.scorecard] - order[b.scorecard] || a.since.getTime() - b.since.getTime(),
  );
}

/** The job's candidates at an interview now whose panel the actor sits on. */
async function interviewsOfJob(db: Database, actor: Actor, job: JobRow): Promise<MyInterview[]> {
  const cards = (await listBoardCards(db, job.id)).filter((card) => interviewOf[card.stage]);
  if (!cards.length) return [];
  const { plan } = await planOfJob(db, job);
  const isJobHiringManager = isHiringManagerOf(actor, await listTeamMembers(db, [job.id]));
  const ids = cards.map((card) => card.id);
  const scorecards = await listScorecards(db, ids);
  const interviews = await listInterviewsOfApplications(db, ids);
  return cards.flatMap((card): MyInterview[] => {
    const stage = interviewOf[card.stage]!;
    const of = <Row extends { applicationId: string }>(rows: Row[]) =>
      rows.filter((row) => row.applicationId === card.id);
    const sources = {
      planPanel: plan[stage].interviewerIds,
      interviews: of(interviews),
      cards: of(scorecards),
    };
    if (!sitsOnPanel(actor, stage, sources, isJobHiringManager)) return [];
    const own = sources.cards.find((s) => s.interviewerId === actor.id && s.stage === stage);
    const next = sources.interviews.find((i) => i.stage === stage && i.status === 'scheduled');
    return [
      {
        applicationId: card.id,
        candidateId: card.candidateId,
        candidateName: card.candidateName,
        jobId: job.id,
        jobTitle: job.title,
        interview: stage,
        scorecard: own?.submittedAt ? 'submitted' : own ? 'draft' : 'none',
        since: card.stageEnteredAt,
        scheduled: next ? { startsAt: next.startsAt, timeZone: next.timeZone } : null,
        scorecardWait: next ? scorecardWait(next, !own?.submittedAt, new Date()) : null,
      },
    ];
  });
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
      scorecardWait: scorecardWait(row, !own?.submittedAt, new Date(now)),
    });
  }
}
