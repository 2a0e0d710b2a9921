import type { ReportGrouping } from '../../domain/reports/report-filter';

/**
 * The applications a report counts, as SQL every report query starts from. Parameters $1..$7 are
 * always the selection's (see `selectionParams`); a report's own parameters start at $8.
 */

/** Which applications: the caller's access and the filter, settled. */
export interface ReportSelection {
  /** Applied on or after `from` and before `to`. */
  from: Date;
  to: Date;
  jobId?: string | undefined;
  department?: string | undefined;
  /** Jobs whose hiring team has this user as recruiter. */
  recruiterId?: string | undefined;
  source?: string | undefined;
  /** Only jobs this user is hiring manager of; undefined for HR (every job). */
  managerId?: string | undefined;
}

/** The group key and label per grouping: fixed SQL, never text from a request. */
const groupColumns: Record<ReportGrouping | 'all', { key: string; label: string }> = {
  all: { key: `'all'`, label: `''` },
  job: { key: 'j.id::text', label: 'j.title' },
  department: { key: 'j.department', label: 'j.department' },
  source: { key: 'f.source', label: 'f.source' },
};

export const firstOwnParameter = 8;

export function selectionParams(selection: ReportSelection): unknown[] {
  return [
    selection.from,
    selection.to,
    selection.jobId ?? null,
    selection.department ?? null,
    selection.recruiterId ?? null,
    selection.source ?? null,
    selection.managerId ?? null,
  ];
}

/** The filter's conditions on the job (`j`, a row of jobs; `jobId`, the application's job). */
export const jobConditions = (jobId: string) => `($3::uuid IS NULL OR ${jobId} = $3::uuid)
  AND ($4::text IS NULL OR j.department = $4::text)
  AND ($5::uuid IS NULL OR EXISTS (SELECT 1 FROM job_team_members r
    WHERE r.job_id = j.id AND r.user_id = $5::uuid AND r.team_role = 'recruiter'))
  AND ($7::uuid IS NULL OR EXISTS (SELECT 1 FROM job_team_members m
    WHERE m.job_id = j.id AND m.user_id = $7::uuid AND m.team_role = 'hiring_manager'))`;

/** The filter's conditions over an application's job and source columns and `j` (jobs), dates aside. */
const selectionConditions = (jobId: string, source: string) => `${jobConditions(jobId)}
  AND ($6::text IS NULL OR ${source} = $6::text)`;

/**
 * `scoped (id, grp, grp_label, …the report facts)`: the selected applications that applied in the
 * period, with the group each falls in and their report facts (application_report_facts, kept
 * current by every write that changes them). Anonymised candidates count: their rows stay.
 */
export function scopedApplications(grouping: ReportGrouping | 'all' = 'all'): string {
  const group = groupColumns[grouping];
  // Not `selectedRows`: the groups read the job's title and department, so the job is joined here.
  return `scoped AS (
    SELECT f.application_id AS id, ${group.key} AS grp, ${group.label} AS grp_label, f.*
    FROM application_report_facts f
    JOIN jobs j ON j.id = f.job_id
    WHERE f.applied_at >= $1::timestamptz AND f.applied_at < $2::timestamptz
      AND ${selectionConditions('f.job_id', 'f.source')})`;
}

/**
 * The selection as conditions on a facts row `f` alone (its job_id, source and applied_at): the
 * jobs the filter leaves are settled once (jobs is small) instead of joining a job to every row,
 * and without a job filter that condition folds away. A third of the time of counting every
 * rating of a year (calibration) went into that join.
 */
export const selectedFacts = `f.applied_at >= $1::timestamptz AND f.applied_at < $2::timestamptz
  AND ($3::uuid IS NULL OR f.job_id = $3::uuid)
  AND ($6::text IS NULL OR f.source = $6::text)
  AND (($3::uuid IS NULL AND $4::text IS NULL AND $5::uuid IS NULL AND $7::uuid IS NULL)
    OR f.job_id = ANY(ARRAY(SELECT j.id FROM jobs j WHERE ${jobConditions('j.id')})))`;

/**
 * `FROM table f WHERE …`: the selected rows of a table that carries the report facts' job_id,
 * source and applied_at (application_report_facts and migration 029's tables), so a report adds
 * its own `AND …` conditions.
 */
export function selectedRows(
  table: 'application_report_facts' | 'panel_rating_facts' | 'panelist_facts' | 'stage_stay_facts',
): string {
  return `${table} f WHERE ${selectedFacts}`;
}

/**
 * The whole months (Asia/Jakarta) inside the period: from the first month start on or after $1 to
 * the last one on or before $2, or an empty range at $2 when no whole month fits.
 */
const firstWholeMonth = `(date_trunc('month', $1::timestamptz AT TIME ZONE 'Asia/Jakarta'
    - interval '1 microsecond') + interval '1 month') AT TIME ZONE 'Asia/Jakarta'`;
const wholeMonthsEnd = `date_trunc('month', $2::timestamptz AT TIME ZONE 'Asia/Jakarta')
    AT TIME ZONE 'Asia/Jakarta'`;
const wholeFrom = `(CASE WHEN ${firstWholeMonth} < ${wholeMonthsEnd} THEN ${firstWholeMonth}
    ELSE $2::timestamptz END)`;
const wholeTo = `(CASE WHEN ${firstWholeMonth} < ${wholeMonthsEnd} THEN ${wholeMonthsEnd}
    ELSE $2::timestamptz END)`;

/**
 * `scoped (grp, grp_label, month, applications, job_id, source, reached, furthest_rank, end_…,
 * stay_stages)`: the selected applications as counts, for a report that only counts them (sum
 * `applications`, not rows; a key's sum may be 0 or a delta negative, never a group's total).
 * Whole months come counted from report_month_facts plus the deltas not folded into it yet
 * (migration 033); the partial months at either end of the period from the report facts, one
 * application per row. Same figures as `scopedApplications`, from a tenth of the rows.
 */
export function countedApplications(grouping: ReportGrouping | 'all' = 'all'): string {
  const group = groupColumns[grouping];
  const columns = `f.job_id, f.source, f.reached, f.furthest_rank, f.end_from_stage,
        f.end_outcome, f.end_reason, f.stay_stages`;
  const wholeMonths = (table: string) => `
      SELECT f.month_start AT TIME ZONE 'Asia/Jakarta' AS month, ${columns}, f.applications
      FROM ${table} f
      WHERE f.month_start >= ${wholeFrom} AND f.month_start < ${wholeTo}`;
  // One range each (not one OR of both): a range is read from the covering index alone
  // (migration 041), where an OR of two ranges must visit the table's wide rows.
  const partialMonth = (from: string, to: string) => `
      SELECT date_trunc('month', f.applied_at AT TIME ZONE 'Asia/Jakarta'), ${columns}, 1
      FROM application_report_facts f
      WHERE f.applied_at >= ${from} AND f.applied_at < ${to}`;
  return `scoped AS (
    SELECT ${group.key} AS grp, ${group.label} AS grp_label, f.*
    FROM (${wholeMonths('report_month_facts')}
      UNION ALL ${wholeMonths('report_month_deltas')}
      UNION ALL ${partialMonth('$1::timestamptz', wholeFrom)}
      UNION ALL ${partialMonth(wholeTo, '$2::timestamptz')}
    ) f
    JOIN jobs j ON j.id = f.job_id
    WHERE ${selectionConditions('f.job_id', 'f.source')})`;
}

/** Read only when the filter names a source (without one the condition folds away, no join). */
const candidateSource = '(SELECT c.source FROM candidates c WHERE c.id = a.candidate_id)';

/**
 * `current_scope (id, job_id, stage, stage_entered_at)`: the selected applications as they stand
 * now in an open job, whenever they applied ($1 and $2 are not used).
 */
export function currentApplications(): string {
  return `current_scope AS (
    SELECT a.id, a.job_id, a.stage, a.stage_entered_at
    FROM applications a
    JOIN jobs j ON j.id = a.job_id AND j.status = 'open'
    WHERE $1::timestamptz IS NOT NULL AND $2::timestamptz IS NOT NULL
      AND ${selectionConditions('a.job_id', candidateSource)})`;
}

/** A stage's place in `$n::text[]` (1-based), for "reached this stage or a later one". */
export const rankIn = (stagesParam: string, stage: string) =>
  `array_position(${stagesParam}::text[], ${stage})`;
