import type { Database } from '../../db/database';
import { listInterviewingApplications } from '../../db/queries/applications';
import {
  listInterviewsOfApplications,
  listInterviewsOfInterviewer,
} from '../../db/queries/interviews';
import { listJobs, listTeamMembers, type JobRow } from '../../db/queries/jobs';
import { listScorecards } from '../../db/queries/scorecards';
import type { InterviewStage } from '../../domain/interview';
import { standsForStage } from '../../domain/scheduling/interview-schedule';
import { scorecardWait, type ScorecardWait } from '../../domain/today';
import type { Actor } from '../actor';
import { isHiringManagerOf, sitsOnPanel } from '../access-policy';
import { planPanelsOfJobs } from '../interview-plans/interview-plan-service';

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
  const found = await interviewsOfJobs(db, actor, jobs);
  await addBookedInterviews(db, actor, found);
  return found.sort(byStartTime);
}

/**
 * In the order the interviews take place, as a diary reads; one not booked yet has no time, so
 * it follows the booked ones, longest waiting first.
 */
function byStartTime(a: MyInterview, b: MyInterview): number {
  const at = (item: MyInterview) => item.scheduled?.startsAt.getTime() ?? Infinity;
  return at(a) - at(b) || a.since.getTime() - b.since.getTime();
}

/**
 * The jobs' candidates at an interview now whose panel the actor sits on. One query per kind
 * (applications, team, plan panels, scorecards, interviews) for all the jobs, not per job.
 */
async function interviewsOfJobs(
  db: Database,
  actor: Actor,
  jobs: readonly JobRow[],
): Promise<MyInterview[]> {
  const jobIds = jobs.map((job) => job.id);
  const applications = await listInterviewingApplications(db, jobIds);
  if (!applications.length) return [];
  const team = await listTeamMembers(db, jobIds);
  const panels = await planPanelsOfJobs(db, jobIds, team);
  const ids = applications.map((application) => application.id);
  const scorecards = await listScorecards(db, ids);
  const interviews = await listInterviewsOfApplications(db, ids);
  const now = new Date();
  return jobs.flatMap((job) => {
    const isJobHiringManager = isHiringManagerOf(
      actor,
      team.filter((member) => member.jobId === job.id),
    );
    return applications
      .filter((application) => application.jobId === job.id)
      .flatMap((application): MyInterview[] => {
        const stage = interviewOf[application.stage]!;
        const of = <Row extends { applicationId: string }>(rows: Row[]) =>
          rows.filter((row) => row.applicationId === application.id);
        const sources = {
          planPanel: panels.get(job.id)![stage],
          interviews: of(interviews),
          cards: of(scorecards),
        };
        if (!sitsOnPanel(actor, stage, sources, isJobHiringManager)) return [];
        const own = sources.cards.find((s) => s.interviewerId === actor.id && s.stage === stage);
        // The stage's interview: booked, or held before HR ended and reopened the application.
        const next = sources.interviews.find((i) => i.stage === stage && standsForStage(i));
        const unscored = !own?.submittedAt;
        return [
          {
            applicationId: application.id,
            candidateId: application.candidateId,
            candidateName: application.candidateName,
            jobId: job.id,
            jobTitle: job.title,
            interview: stage,
            scorecard: own?.submittedAt ? 'submitted' : own ? 'draft' : 'none',
            since: application.stageEnteredAt,
            scheduled: next ? { startsAt: next.startsAt, timeZone: next.timeZone } : null,
            scorecardWait: next
              ? scorecardWait(
                  { interview: next, unscored, applicationStage: application.stage },
                  now,
                )
              : null,
          },
        ];
      });
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
      scorecardWait: scorecardWait(
        { interview: row, unscored: !own?.submittedAt, applicationStage: row.applicationStage },
        new Date(now),
      ),
    });
  }
}
