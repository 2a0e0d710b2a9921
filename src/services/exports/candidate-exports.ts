import type { Database } from '../../db/database';
import { listJobApplicationsForExport } from '../../db/queries/job-application-export';
import { candidateListSheet, jobApplicationsSheet } from '../../domain/candidate-export';
import {
  candidateListAboutSheet,
  candidateListFileName,
  jobApplicationsAboutSheet,
  jobApplicationsFileName,
  type CandidateListAbout,
} from '../../domain/candidate-export-about';
import type { Locale } from '../../domain/locale';
import type { SpreadsheetFormat } from '../../domain/spreadsheet/cell';
import { mayExportCandidates } from '../../domain/permissions';
import { jakartaDate } from '../../domain/today';
import type { Actor } from '../actor';
import { requireJobAccess, teamScope } from '../access-policy';
import { recordAudit } from '../audit-log/audit-service';
import { listCandidates, type CandidateQuery } from '../candidates/candidate-service';
import { getJobComparison } from '../decisions/comparison-service';
import { Forbidden, NotFound } from '../errors';
import { writeSpreadsheet } from './spreadsheet-file';

export interface ExportedFile {
  bytes: Buffer;
  fileName: string;
  rows: number;
}

/** The most rows one candidate-list export holds; narrower filters get the rest. */
export const candidateExportLimit = 20_000;

type ListFilter = Omit<CandidateQuery, 'page' | 'pageSize'>;

/**
 * The candidate list as a file, with the filters the list shows and only the candidates (and
 * applications) the reader sees there. Interviewers are refused: their part is the kit and the
 * scorecard of an interview, not the people data of a job. Audited with the filters as ids and
 * codes (the search words may be a name, so only whether there were any).
 */
export async function exportCandidateList(
  db: Database,
  actor: Actor,
  request: { filter: ListFilter; format: SpreadsheetFormat; locale: Locale },
  now = new Date(),
): Promise<ExportedFile> {
  if (!mayExportCandidates(actor.role)) {
    throw new Forbidden('Interviewers do not export candidates.');
  }
  const { rows } = await listCandidates(
    db,
    actor,
    { ...request.filter, page: 1, pageSize: candidateExportLimit },
    { window: candidateExportLimit, withoutHeadlines: true },
  );
  const about = await describeCandidateList(db, actor, request.filter, now);
  const bytes = await writeSpreadsheet(
    [candidateListAboutSheet(about, request.locale), candidateListSheet(rows, request.locale)],
    request.format,
  );
  const { text, ...filter } = request.filter;
  await db.transaction((tx) =>
    recordAudit(tx, {
      actor,
      action: 'candidate_list.exported',
      entityId: null,
      detail: {
        format: request.format,
        rows: rows.length,
        words: Boolean(text?.trim()),
        jobId: filter.jobId ?? null,
        stage: filter.stage ?? null,
        source: filter.source ?? null,
        tag: filter.tag ? true : null,
        talentPool: filter.inTalentPool ?? false,
        appliedFrom: filter.appliedFrom?.toISOString() ?? null,
        appliedBefore: filter.appliedBefore?.toISOString() ?? null,
        scope: teamScope(actor) ? 'own_jobs' : 'all_jobs',
      },
    }),
  );
  return {
    bytes,
    rows: rows.length,
    fileName: candidateListFileName(about, request.format),
  };
}

/**
 * The list's filter in names. The job's title only when the reader may see the job; otherwise
 * the id stays as they typed it (the list is then empty for them anyway).
 */
async function describeCandidateList(
  db: Database,
  actor: Actor,
  filter: ListFilter,
  now: Date,
): Promise<CandidateListAbout> {
  const job = filter.jobId
    ? await requireJobAccess(db, actor, filter.jobId).catch((error: unknown) => {
        if (error instanceof NotFound) return undefined;
        throw error;
      })
    : undefined;
  return {
    words: filter.text,
    job: job?.title ?? filter.jobId,
    stage: filter.stage,
    source: filter.source,
    tag: filter.tag,
    talentPool: filter.inTalentPool ?? false,
    appliedFrom: filter.appliedFrom && jakartaDate(filter.appliedFrom),
    // The filter holds the start of the day after the last one chosen.
    appliedTo: filter.appliedBefore && jakartaDate(new Date(filter.appliedBefore.getTime() - 1)),
    exportedOn: jakartaDate(now),
  };
}

/**
 * A job's applications with stage and scores, for HR and the job's hiring manager (the same rule
 * as comparing candidates). Scores follow blind scoring: a stage's scores the reader may not see
 * yet are left empty, as on screen.
 */
export async function exportJobApplications(
  db: Database,
  actor: Actor,
  jobId: string,
  request: { format: SpreadsheetFormat; locale: Locale },
  now = new Date(),
): Promise<ExportedFile> {
  const comparison = await getJobComparison(
    db,
    actor,
    jobId,
    "Only HR and the job's hiring manager export its candidates.",
  );
  const scores = new Map(comparison.rows.map((row) => [row.applicationId, row]));
  const applications = await listJobApplicationsForExport(db, jobId, now);
  const sheet = jobApplicationsSheet(
    applications.map((application) => {
      const scored = scores.get(application.id);
      return {
        ...application,
        hr: scored?.summaries.hr ?? null,
        user: scored?.summaries.user ?? null,
        combined: scored?.combined?.score ?? null,
        decision: scored?.latestDecision?.outcome ?? null,
      };
    }),
    request.locale,
  );
  // After the comparison, which refused a job outside the actor's reach.
  const { title } = await requireJobAccess(db, actor, jobId);
  const exportedOn = jakartaDate(now);
  const bytes = await writeSpreadsheet(
    [jobApplicationsAboutSheet(title, exportedOn, request.locale), sheet],
    request.format,
  );
  await db.transaction((tx) =>
    recordAudit(tx, {
      actor,
      action: 'job_applications.exported',
      entityId: jobId,
      detail: { format: request.format, rows: applications.length },
    }),
  );
  return {
    bytes,
    rows: applications.length,
    fileName: jobApplicationsFileName(title, exportedOn, request.format),
  };
}
