import type { Database } from '../../db/database';
import { listBoardCards } from '../../db/queries/applications';
import { listDecisions, type DecisionRow } from '../../db/queries/decisions';
import { listInterviewsOfApplications } from '../../db/queries/interviews';
import { listScorecards } from '../../db/queries/scorecards';
import {
  combineScores,
  findConflict,
  summariseStage,
  type CombinedScore,
  type StageSummary,
} from '../../domain/decision';
import type { FocusAttribute, InterviewStage } from '../../domain/interview';
import { stages, type Stage } from '../../domain/pipeline';
import type { Actor } from '../actor';
import {
  hasSubmittedOwn,
  isHiringManagerOf,
  awaitsOwnUserScorecard,
  mayReadStageScorecards,
  readsWholeJob,
  sitsOnPanel,
} from '../access-policy';
import { asSubmitted, withoutScores } from './decision-service';
import { Forbidden } from '../errors';
import { getJob } from '../jobs/job-service';
import { planOfJob } from '../interview-plans/interview-plan-service';

export interface ComparisonRow {
  applicationId: string;
  candidateId: string;
  candidateName: string;
  /** Erased or anonymised: the name is the stored placeholder, shown in the reader's language. */
  anonymised: boolean;
  stage: Stage;
  summaries: Record<InterviewStage, StageSummary | null>;
  combined: CombinedScore | null;
  conflict: boolean;
  latestDecision: DecisionRow | null;
}

export interface JobComparison {
  attributes: Record<InterviewStage, FocusAttribute[]>;
  weights: Record<InterviewStage, number>;
  rows: ComparisonRow[];
}

/** Stages a candidate stands at once the HR interview is reached, the ends included. */
const interviewed: readonly Stage[] = stages.slice(stages.indexOf('hr_interview'));

/** The job's candidates side by side, HR and user scores per attribute, for HR and the hiring manager. */
export async function getJobComparison(
  db: Database,
  actor: Actor,
  jobId: string,
  /** What the refusal says to a reader who may not: the export says its own words. */
  refusal = 'Only HR and the hiring manager compare candidates.',
): Promise<JobComparison> {
  const job = await getJob(db, actor, jobId);
  const isJobHiringManager = isHiringManagerOf(actor, job.team);
  if (!readsWholeJob(actor, isJobHiringManager)) throw new Forbidden(refusal);
  const { plan } = await planOfJob(db, job);
  const cards = (await listBoardCards(db, jobId)).filter((card) =>
    interviewed.includes(card.stage),
  );
  const ids = cards.map((card) => card.id);
  const scorecards = await listScorecards(db, ids);
  const decisions = await listDecisions(db, ids);
  const interviews = await listInterviewsOfApplications(db, ids);
  // The same rule as the kit's (sitsOnPanel): the booked panel, or the plan's while none is booked.
  const onPanelOf = (applicationId: string, stage: InterviewStage) =>
    sitsOnPanel(
      actor,
      stage,
      {
        planPanel: plan[stage].interviewerIds,
        interviews: interviews.filter((row) => row.applicationId === applicationId),
        cards: scorecards.filter((card) => card.applicationId === applicationId),
      },
      isJobHiringManager,
    );
  const weights = { hr: plan.hr.weight, user: plan.user.weight };

  // A user-panel member sees no HR assessment of a candidate before scoring them (independence).
  const userPanelWaits = (applicationId: string) => {
    const userCards = scorecards.filter(
      (s) => s.applicationId === applicationId && s.stage === 'user',
    );
    return awaitsOwnUserScorecard(actor, {
      onHrPanel: onPanelOf(applicationId, 'hr'),
      onUserPanel: onPanelOf(applicationId, 'user'),
      submittedOwnUser: hasSubmittedOwn(actor, userCards),
    });
  };
  const rows = cards.map((card): ComparisonRow => {
    const summary = (stage: InterviewStage): StageSummary | null => {
      const forStage = scorecards.filter((s) => s.applicationId === card.id && s.stage === stage);
      const onPanel = onPanelOf(card.id, stage);
      const submittedOwn = hasSubmittedOwn(actor, forStage);
      if (!mayReadStageScorecards(actor, { onPanel, submittedOwn, isJobHiringManager }))
        return null;
      if (stage === 'hr' && userPanelWaits(card.id)) return null;
      return summariseStage(stage, plan[stage].attributes, asSubmitted(forStage));
    };
    const summaries = { hr: summary('hr'), user: summary('user') };
    const latest = decisions.find((d) => d.applicationId === card.id);
    const both = summaries.hr && summaries.user ? { hr: summaries.hr, user: summaries.user } : null;
    return {
      applicationId: card.id,
      candidateId: card.candidateId,
      candidateName: card.candidateName,
      anonymised: card.anonymised,
      stage: card.stage,
      summaries,
      combined: both ? combineScores(both, weights) : null,
      conflict: both ? findConflict(both) : false,
      latestDecision: latest ? withoutScores(latest) : null,
    };
  });
  // Candidates still in the running first, each group by combined score.
  const closed = (row: ComparisonRow) => (['rejected', 'withdrawn'].includes(row.stage) ? 1 : 0);
  rows.sort(
    (a, b) => closed(a) - closed(b) || (b.combined?.score ?? -1) - (a.combined?.score ?? -1),
  );
  return { attributes: { hr: plan.hr.attributes, user: plan.user.attributes }, weights, rows };
}
