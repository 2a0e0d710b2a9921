import type { Database } from '../../db/database';
import {
  agreementCells,
  agreementReach,
  reportJobs,
  type AgreementCellRow,
} from '../../db/queries/report-agreement';
import {
  measureAgreement,
  recommendationOf,
  type Agreement,
  type RecommendationRow,
  type ScoreRow,
} from '../../domain/reports/hr-user-agreement';
import type { ReportFilter } from '../../domain/reports/report-filter';
import type { Shown } from '../../domain/reports/sample-size';
import { minimumSample } from '../../domain/reports/statistics';
import type { Actor } from '../actor';
import { reportSelection } from './report-scope';
import { readingReport } from './report-reading';

/** One job's or one recruiter's agreement at a glance (the full table is the overall one). */
export interface AgreementLine {
  /** Candidates HR passed who got the user's verdict (with or without HR scorecards). */
  verdicts: number;
  accepted: number;
  /** Of those, with a submitted HR scorecard: the cases the figures are measured on. */
  cases: number;
  agreementRate: Shown<number>;
  auc: Shown<number>;
}

export interface AgreementReport {
  minimumSample: number;
  overall: Agreement & {
    verdicts: number;
    verdictsAccepted: number;
    /** What the figures cannot show: candidates HR rejected never met the user. */
    rejectedByHr: number;
    /** Reached the user stage without a verdict (waiting, withdrew, closed for another reason). */
    withoutVerdict: number;
    /**
     * Got the user's verdict but moved on without an HR decision (HR's gate skipped with a
     * reason): no HR verdict to pair, so left out of every figure above.
     */
    movedOnWithoutHrDecision: number;
  };
  jobs: (AgreementLine & { jobId: string; jobTitle: string })[];
  recruiters: (AgreementLine & { recruiterId: string; recruiterName: string })[];
}

function measure(cells: readonly AgreementCellRow[]) {
  const recommendations: RecommendationRow[] = [];
  const scores: ScoreRow[] = [];
  for (const cell of cells) {
    const count = {
      accepted: cell.accepted ? cell.cases : 0,
      rejected: cell.accepted ? 0 : cell.cases,
    };
    if (cell.recommendation !== null) {
      recommendations.push({ recommendation: recommendationOf(cell.recommendation), ...count });
    }
    if (cell.score !== null) scores.push({ score: cell.score, ...count });
  }
  const agreement = measureAgreement(recommendations, scores, minimumSample);
  const verdicts = cells.reduce((sum, cell) => sum + cell.cases, 0);
  const verdictsAccepted = cells.reduce((sum, cell) => sum + (cell.accepted ? cell.cases : 0), 0);
  return { agreement, verdicts, verdictsAccepted };
}

function line(cells: readonly AgreementCellRow[]): AgreementLine {
  const { agreement, verdicts, verdictsAccepted } = measure(cells);
  return {
    verdicts,
    accepted: verdictsAccepted,
    cases: agreement.cases,
    agreementRate: agreement.agreementRate,
    auc: agreement.auc,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/**
 * Does HR's interview predict the user's verdict? Over the candidates HR passed who reached the
 * user stage and got a verdict, overall, per job and per recruiter (the job's recruiter); those
 * moved on without an HR decision are only counted.
 */
export async function hrUserAgreement(
  db: Database,
  actor: Actor,
  filter: ReportFilter,
  now: Date = new Date(),
): Promise<AgreementReport> {
  const scope = await reportSelection(db, actor, filter, now);
  const [allCells, reach] = await readingReport(db, (tx) =>
    Promise.all([agreementCells(tx, scope), agreementReach(tx, scope)]),
  );
  // A skipped HR gate is no HR pass: those cases are counted, not paired.
  const skipped = allCells.filter((cell) => cell.hrGateSkipped);
  const cells = allCells.filter((cell) => !cell.hrGateSkipped);
  const jobs = await reportJobs(db, [...new Set(cells.map((cell) => cell.jobId))]);
  const jobOf = new Map(jobs.map((job) => [job.jobId, job]));
  const { agreement, verdicts, verdictsAccepted } = measure(cells);
  const byRecruiter = groupBy(cells, (cell) => jobOf.get(cell.jobId)?.recruiterId ?? null);
  const byJob = groupBy(cells, (cell) => cell.jobId);
  return {
    minimumSample,
    overall: {
      ...agreement,
      verdicts,
      verdictsAccepted,
      rejectedByHr: reach.reduce((sum, row) => sum + row.rejectedByHr, 0),
      withoutVerdict: reach.reduce((sum, row) => sum + row.withoutVerdict, 0),
      movedOnWithoutHrDecision: skipped.reduce((sum, cell) => sum + cell.cases, 0),
    },
    jobs: jobs.map((job) => ({
      jobId: job.jobId,
      jobTitle: job.jobTitle,
      ...line(byJob.get(job.jobId) ?? []),
    })),
    recruiters: [...byRecruiter].map(([recruiterId, recruiterCells]) => ({
      recruiterId,
      recruiterName: jobs.find((job) => job.recruiterId === recruiterId)?.recruiterName ?? '',
      ...line(recruiterCells),
    })),
  };
}
