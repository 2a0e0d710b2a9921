import {
  duplicateCodes,
  type ImportedCandidate,
  type ImportMapping,
  type ImportRowProblem,
} from '../../domain/candidate-import';
import type { PersonDetails } from '../../domain/duplicates';
import type { Queryable } from '../database';

export const importStatuses = [
  'uploaded',
  'checking',
  'checked',
  'importing',
  'completed',
  'stopped',
  'failed',
  'cancelled',
] as const;
export type ImportStatus = (typeof importStatuses)[number];

export interface CandidateImportRow {
  id: string;
  createdBy: string;
  fileName: string;
  columns: string[];
  mapping: ImportMapping | null;
  status: ImportStatus;
  totalRows: number;
  checkedRows: number;
  validRows: number;
  importedRows: number;
  failure: string | null;
  /** Rows left out while writing: they became a problem since the preview (row and reason only). */
  skippedRows: ImportRowProblem[];
  /** The first valid row not written when a failing import stopped. */
  stoppedAtRow: number | null;
  /** Each written candidate is sent the privacy notice for imported candidates (HR's choice). */
  tellCandidates: boolean;
  createdAt: Date;
  finishedAt: Date | null;
}

const importColumns = `id, created_by AS "createdBy", file_name AS "fileName", columns, mapping, status,
  total_rows AS "totalRows", checked_rows AS "checkedRows", valid_rows AS "validRows",
  imported_rows AS "importedRows", failure, skipped_rows AS "skippedRows",
  stopped_at_row AS "stoppedAtRow", tell_candidates AS "tellCandidates", created_at AS "createdAt", finished_at AS "finishedAt"`;

export async function insertCandidateImport(
  db: Queryable,
  upload: { createdBy: string; fileName: string; columns: string[]; totalRows: number },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO candidate_imports (created_by, file_name, columns, total_rows)
     VALUES ($1, $2, $3, $4) RETURNING id`,
    [upload.createdBy, upload.fileName, upload.columns, upload.totalRows],
  );
  return row!.id;
}

export async function findCandidateImport(
  db: Queryable,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<CandidateImportRow | undefined> {
  const [row] = await db.query<CandidateImportRow>(
    `SELECT ${importColumns} FROM candidate_imports WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return row;
}

export async function updateCandidateImport(
  db: Queryable,
  id: string,
  change: Partial<
    Pick<
      CandidateImportRow,
      | 'mapping'
      | 'status'
      | 'checkedRows'
      | 'validRows'
      | 'importedRows'
      | 'failure'
      | 'tellCandidates'
    >
  > & { finished?: boolean },
): Promise<void> {
  await db.query(
    `UPDATE candidate_imports SET
       mapping = CASE WHEN $2 THEN $3::jsonb ELSE mapping END,
       status = coalesce($4, status),
       checked_rows = coalesce($5, checked_rows),
       valid_rows = coalesce($6, valid_rows),
       imported_rows = coalesce($7, imported_rows),
       failure = CASE WHEN $8 THEN $9 ELSE failure END,
       finished_at = CASE WHEN $10 THEN now() ELSE finished_at END,
       tell_candidates = coalesce($11, tell_candidates)
     WHERE id = $1`,
    [
      id,
      change.mapping !== undefined,
      change.mapping === undefined ? null : JSON.stringify(change.mapping),
      change.status ?? null,
      change.checkedRows ?? null,
      change.validRows ?? null,
      change.importedRows ?? null,
      change.failure !== undefined,
      change.failure ?? null,
      change.finished ?? false,
      change.tellCandidates ?? null,
    ],
  );
}

/** Stores a batch of the file's rows as read. */
export async function insertImportRows(
  db: Queryable,
  importId: string,
  rows: readonly { row: number; cells: readonly string[] }[],
): Promise<void> {
  await db.query(
    `INSERT INTO candidate_import_rows (import_id, row_number, cells)
     SELECT $1::uuid, (r->>'row')::int, r->'cells' FROM jsonb_array_elements($2::jsonb) r`,
    [importId, JSON.stringify(rows)],
  );
}

/** A slice of the file's rows in order, from after `afterRow`. */
export async function readImportRows(
  db: Queryable,
  importId: string,
  options: { afterRow: number; limit: number },
): Promise<{ row: number; cells: string[] }[]> {
  return db.query(
    `SELECT row_number AS row, cells FROM candidate_import_rows
     WHERE import_id = $1 AND row_number > $2 ORDER BY row_number LIMIT $3`,
    [importId, options.afterRow, options.limit],
  );
}

/** Keeps each row's check: the candidate it becomes (with its new ids) or its problems. */
export async function saveCheckedRows(
  db: Queryable,
  importId: string,
  rows: readonly {
    row: number;
    candidate: (ImportedCandidate & { id: string; applicationId: string | null }) | null;
    problems: readonly ImportRowProblem[];
  }[],
): Promise<void> {
  await db.query(
    `UPDATE candidate_import_rows r SET candidate = v.candidate, problems = v.problems
     FROM jsonb_to_recordset($2::jsonb) AS v(row int, candidate jsonb, problems jsonb)
     WHERE r.import_id = $1 AND r.row_number = v.row`,
    [importId, JSON.stringify(rows)],
  );
}

/**
 * The rows' problems in row order, a page of them, and how many there are in all. Each names the
 * row's person as the file has them (the name, or the e-mail without one), for HR to find the row.
 */
export async function listImportProblems(
  db: Queryable,
  importId: string,
  options: { limit: number; personColumns: { name: number | null; email: number | null } },
): Promise<{
  problems: (ImportRowProblem & { person: string | null; rowImported: boolean })[];
  total: number;
  notes: number;
  notesOnImportedRows: number;
  duplicates: number;
  duplicateRows: number;
}> {
  // Counted apart: a count over the page's query expanded and sorted every problem of the file
  // (100,000 of them) before the first page could be cut. Warnings and notices keep no row out:
  // counted on their own (see blocksRow), and again for the rows that will be imported (a row
  // another problem keeps out may carry a note too). Duplicates (people already in Seleksi) keep
  // their row out but are no error in the file: counted apart too, as problems and as rows.
  const [count] = await db.query<{
    total: number;
    notes: number;
    notesOnImportedRows: number;
    duplicates: number;
    duplicateRows: number;
  }>(
    `SELECT coalesce(sum(jsonb_array_length(problems)), 0)::int AS total,
       coalesce(sum(notes), 0)::int AS notes,
       coalesce(sum(notes) FILTER (WHERE candidate IS NOT NULL), 0)::int AS "notesOnImportedRows",
       coalesce(sum(duplicates), 0)::int AS duplicates,
       count(*) FILTER (WHERE duplicates > 0)::int AS "duplicateRows"
     FROM (
       SELECT problems, candidate, jsonb_array_length(jsonb_path_query_array(problems,
         '$[*] ? (@.warning == true || @.notice == true)')) AS notes,
         (SELECT count(*) FROM jsonb_array_elements(problems) e
          WHERE e->>'code' = ANY($2::text[])) AS duplicates
       FROM candidate_import_rows WHERE import_id = $1 AND problems <> '[]'::jsonb) r`,
    [importId, duplicateCodes],
  );
  const rows = await db.query<{
    problem: ImportRowProblem;
    person: string | null;
    rowImported: boolean;
  }>(
    `SELECT p.problem, r.candidate IS NOT NULL AS "rowImported",
       coalesce(nullif(btrim(r.cells->>$3::int), ''), nullif(btrim(r.cells->>$4::int), '')) AS person
     FROM (
       SELECT row_number, problems, cells, candidate FROM candidate_import_rows
       WHERE import_id = $1 AND problems <> '[]'::jsonb ORDER BY row_number LIMIT $2) r,
       jsonb_array_elements(r.problems) p(problem)
     ORDER BY r.row_number, (p.problem->>'column')::int NULLS FIRST
     LIMIT $2`,
    [importId, options.limit, options.personColumns.name, options.personColumns.email],
  );
  return {
    problems: rows.map((r) => ({
      ...r.problem,
      person: r.person?.slice(0, 200) ?? null,
      rowImported: r.rowImported,
    })),
    total: (count?.total ?? 0) - (count?.notes ?? 0) - (count?.duplicates ?? 0),
    notes: count?.notes ?? 0,
    notesOnImportedRows: count?.notesOnImportedRows ?? 0,
    duplicates: count?.duplicates ?? 0,
    duplicateRows: count?.duplicateRows ?? 0,
  };
}

/**
 * The first rows that will be imported, in row order, each with the name the file gives and, for
 * a person already stored (the row's application is added to them), that candidate's id and
 * stored name (the preview lists who goes in; the import's valid row count says how many in all).
 */
export async function listRowsToImport(
  db: Queryable,
  importId: string,
  limit: number,
): Promise<
  { row: number; fullName: string; storedId: string | null; storedName: string | null }[]
> {
  return db.query(
    `SELECT r.row_number AS row, r.candidate->>'fullName' AS "fullName",
            c.id AS "storedId", c.full_name AS "storedName"
     FROM candidate_import_rows r
     LEFT JOIN candidates c ON c.id = (r.candidate->>'existingCandidateId')::uuid
     WHERE r.import_id = $1 AND r.candidate IS NOT NULL ORDER BY r.row_number LIMIT $2`,
    [importId, limit],
  );
}

/**
 * The candidates an import wrote, in row order (the first `limit`): found by their
 * 'candidate.imported' audit entries, since the staged rows are deleted once written. An erased
 * candidate is listed under the placeholder name erasure left.
 */
export async function listImportedCandidates(
  db: Queryable,
  importId: string,
  limit: number,
): Promise<{ id: string; fullName: string }[]> {
  return db.query(
    // A person on two rows (two jobs) is listed once, at their first row.
    `SELECT id, "fullName" FROM (
       SELECT DISTINCT ON (c.id) c.id, c.full_name AS "fullName", (l.detail->>'row')::int AS row
       FROM audit_log l JOIN candidates c ON c.id = l.candidate_id
       WHERE l.action IN ('candidate.imported', 'application.created')
         AND l.detail->>'importId' = $1::text
       ORDER BY c.id, (l.detail->>'row')::int) first_rows
     ORDER BY row LIMIT $2`,
    [importId, limit],
  );
}

/** How many people an import stored anew (its other written lines added applications to people stored). */
export async function countCandidatesImportedAnew(
  db: Queryable,
  importId: string,
): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM audit_log
     WHERE action = 'candidate.imported' AND detail->>'importId' = $1::text`,
    [importId],
  );
  return row?.count ?? 0;
}

/**
 * Candidates already stored who may be any of these people: the same e-mail or phone, or a name
 * word in common in the same city. The domain decides who really looks alike.
 */
export async function findPeopleLike(
  db: Queryable,
  people: { emails: string[]; phones: string[]; cities: string[]; nameWords: string[] },
): Promise<(PersonDetails & { id: string; jobIds: string[] })[]> {
  return db.query<PersonDetails & { id: string; jobIds: string[] }>(
    `SELECT c.id, c.full_name AS "fullName", c.email, c.phone, c.city,
       ARRAY(SELECT a.job_id::text FROM applications a WHERE a.candidate_id = c.id) AS "jobIds"
     FROM candidates c
     WHERE c.processing_restricted_at IS NULL AND c.anonymised_at IS NULL
       AND (c.email = ANY($1::text[]) OR c.phone = ANY($2::text[])
         OR (lower(c.city) = ANY($3::text[])
             AND regexp_split_to_array(lower(c.full_name), '[^[:alnum:]]+') && $4::text[]))`,
    [people.emails, people.phones, people.cities, people.nameWords],
  );
}

/**
 * One page of the stored candidates who may be compared (in id order, after `afterId`), for a
 * large file: each statement reads at most `pageSize` of them, so other requests run between
 * pages. Sending the file's 50,000 e-mails, phones and name words to be matched in SQL cost each
 * page half a second before it read a row; the caller matches them instead.
 */
export async function readComparableCandidates(
  db: Queryable,
  page: { afterId: string | null; pageSize: number },
): Promise<(PersonDetails & { id: string; comparable: boolean; jobIds: string[] })[]> {
  // Every candidate of the page comes back (the last one's id starts the next page); those
  // restricted or anonymised are not `comparable`.
  return db.query(
    `SELECT id, full_name AS "fullName", email, phone, city,
       processing_restricted_at IS NULL AND anonymised_at IS NULL AS comparable,
       ARRAY(SELECT a.job_id::text FROM applications a WHERE a.candidate_id = candidates.id)
         AS "jobIds"
     FROM candidates WHERE $1::uuid IS NULL OR id > $1::uuid ORDER BY id LIMIT $2`,
    [page.afterId, page.pageSize],
  );
}

/**
 * Takes the next chunk of an import's valid rows not written yet (after `afterRow`; rows are
 * written in order, so none before it is left), in row order, and marks them
 * written (in the caller's transaction, with the candidates written from them).
 */
export async function takeImportChunk(
  db: Queryable,
  importId: string,
  chunk: { afterRow: number; limit: number },
): Promise<number[]> {
  // From after the previous chunk's last row: searching from the file's start each time walked
  // past every row written before, ever longer per chunk.
  const rows = await db.query<{ row: number }>(
    `UPDATE candidate_import_rows SET written = true
     WHERE import_id = $1 AND row_number IN (
       SELECT row_number FROM candidate_import_rows
       WHERE import_id = $1 AND row_number > $3 AND candidate IS NOT NULL AND NOT written
       ORDER BY row_number LIMIT $2)
     RETURNING row_number AS row`,
    [importId, chunk.limit, chunk.afterRow],
  );
  return rows.map((r) => r.row).sort((a, b) => a - b);
}

/**
 * Valid rows (of `rows`, or all not yet written) whose e-mail or phone a stored candidate now has:
 * someone added since the preview. One set-based query, whatever the number of rows.
 */
export async function findDuplicatesSinceCheck(
  db: Queryable,
  importId: string,
  rows?: readonly number[],
): Promise<{ row: number; field: 'email' | 'phone'; candidateId: string }[]> {
  // Two lookups, each through its own index (an OR across both columns would scan candidates).
  // LIMIT 1 keeps each a probe of the index: as EXISTS, the planner may hash every candidate
  // instead, a scan of all of them for each chunk.
  const stored = (column: 'email' | 'phone') =>
    `LEFT JOIN LATERAL (SELECT true AS found, c.id FROM candidates c
       WHERE c.${column} = r.candidate->>'${column}'
         AND c.id <> (r.candidate->>'id')::uuid
         AND c.processing_restricted_at IS NULL AND c.anonymised_at IS NULL LIMIT 1) same_${column}
     ON true`;
  return db.query(
    `SELECT r.row_number AS row,
       CASE WHEN same_email.found THEN 'email' ELSE 'phone' END AS field,
       coalesce(same_email.id, same_phone.id) AS "candidateId"
     FROM candidate_import_rows r ${stored('email')} ${stored('phone')}
     WHERE r.import_id = $1 AND r.candidate IS NOT NULL
       AND ${rows ? 'r.row_number = ANY($2::int[])' : 'NOT r.written'}
       AND (same_email.found OR same_phone.found)
     ORDER BY r.row_number`,
    // A chunk's rows through the primary key: a condition choosing between the two forms kept
    // the index out and read the whole import for every chunk.
    rows ? [importId, [...rows]] : [importId],
  );
}

/**
 * Writes a chunk of an import's valid rows with set-based statements (one per table, whatever the
 * number of rows): the candidates, their applications and first stage event, the consent basis
 * ("imported by HR"), and one audit entry per candidate naming the import. The report facts are
 * refreshed once, by the stage events' trigger (see migration 028).
 */
export async function writeImportedCandidates(
  db: Queryable,
  importId: string,
  rows: readonly number[],
  actorId: string,
  consent: { privacyNoticeVersion: string; locale: string },
): Promise<void> {
  const valid = `FROM candidate_import_rows r
    WHERE r.import_id = $1 AND r.row_number = ANY($2::int[]) AND r.candidate IS NOT NULL`;
  const chunk = [importId, [...rows]];
  // GIN indexes (name words, search) gather new entries in a pending list merged when it is full:
  // at the default 4 MB, the insert that filled it ran for a second. Small merges, every chunk.
  await db.query(`SET LOCAL gin_pending_list_limit = 64`);
  await db.query(`SET LOCAL seleksi.facts_after_events = 'on'`);
  await db.query(
    `INSERT INTO candidates (id, full_name, email, phone, source, source_detail, tags, notes,
       created_by, city)
     SELECT (r.candidate->>'id')::uuid, r.candidate->>'fullName', r.candidate->>'email',
       r.candidate->>'phone', r.candidate->>'source', r.candidate->>'sourceDetail',
       ARRAY(SELECT jsonb_array_elements_text(r.candidate->'tags')), r.candidate->>'notes', $3::uuid,
       r.candidate->>'city'
     ${valid} AND r.candidate->>'existingCandidateId' IS NULL ORDER BY r.row_number`,
    [...chunk, actorId],
  );
  const withJob = `${valid} AND r.candidate->>'applicationId' IS NOT NULL`;
  // The day the file says they applied (00:00 in Jakarta, UTC+7 all year), else now, is the
  // application's created date: the funnel, the trends and the exports count it from that day.
  // The team's clocks start at the import: the stage's age (targets, overdue, Today) and the
  // first stage event (history, time in stage in the speed report) are now.
  const appliedAt = `coalesce(((r.candidate->>'appliedOn') || 'T00:00:00+07:00')::timestamptz, now())`;
  await db.query(
    `INSERT INTO applications (id, candidate_id, job_id, stage, hr_gate_cleared, created_at,
       stage_entered_at)
     SELECT (r.candidate->>'applicationId')::uuid, (r.candidate->>'id')::uuid,
       (r.candidate->>'jobId')::uuid, r.candidate->>'stage',
       -- Placed past the HR interview: HR's gate was passed before the system knew them.
       r.candidate->>'stage' IN ('tests', 'user_interview'), ${appliedAt}, now()
     ${withJob}`,
    chunk,
  );
  await db.query(
    `INSERT INTO application_events (application_id, actor_id, from_stage, to_stage, created_at)
     SELECT (r.candidate->>'applicationId')::uuid, $3::uuid, NULL, r.candidate->>'stage',
       clock_timestamp() ${withJob}`,
    [...chunk, actorId],
  );
  await db.query(`SET LOCAL seleksi.facts_after_events = 'off'`);
  await db.query(
    `INSERT INTO consents (candidate_id, application_id, purpose, channel, privacy_notice_version, locale)
     SELECT (r.candidate->>'id')::uuid, (r.candidate->>'applicationId')::uuid, 'recruitment',
       'hr_import', $3::text, $4::text ${valid}`,
    [...chunk, consent.privacyNoticeVersion, consent.locale],
  );
  // A stored candidate's new application is an application created, not a candidate imported
  // (the candidate list's "imported" filter reads the latter).
  await db.query(
    `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, candidate_id, detail)
     SELECT $3::uuid,
       CASE WHEN r.candidate ? 'existingCandidateId' THEN 'application.created'
         ELSE 'candidate.imported' END,
       CASE WHEN r.candidate ? 'existingCandidateId' THEN 'application' ELSE 'candidate' END,
       CASE WHEN r.candidate ? 'existingCandidateId' THEN (r.candidate->>'applicationId')::uuid
         ELSE (r.candidate->>'id')::uuid END,
       (r.candidate->>'id')::uuid,
       jsonb_build_object('importId', r.import_id, 'row', r.row_number,
         'jobId', r.candidate->>'jobId', 'stage', r.candidate->>'stage')
     ${valid}`,
    [...chunk, actorId],
  );
}

/**
 * Valid rows of a chunk whose job was closed since the preview (an import applies only to open
 * or draft jobs, as the preview checked).
 */
export async function findJobsClosedSinceCheck(
  db: Queryable,
  importId: string,
  rows: readonly number[],
): Promise<number[]> {
  return validRowsOfChunk(db, importId, rows, {
    join: `LEFT JOIN jobs j ON j.id = (r.candidate->>'jobId')::uuid`,
    where: `r.candidate->>'jobId' IS NOT NULL AND (j.id IS NULL OR j.status = 'closed')`,
  });
}

/**
 * Valid rows of a chunk that add an application to a stored candidate who has applied to that job
 * since the preview (a second application to one job cannot be).
 */
export async function findAppliedSinceCheck(
  db: Queryable,
  importId: string,
  rows: readonly number[],
): Promise<number[]> {
  return validRowsOfChunk(db, importId, rows, {
    join: `JOIN applications a ON a.candidate_id = (r.candidate->>'existingCandidateId')::uuid
       AND a.job_id = (r.candidate->>'jobId')::uuid`,
    where: 'TRUE',
  });
}

/** The numbers of a chunk's valid rows (those with a candidate) that a join and a condition keep. */
async function validRowsOfChunk(
  db: Queryable,
  importId: string,
  rows: readonly number[],
  pick: { join: string; where: string },
): Promise<number[]> {
  const found = await db.query<{ row: number }>(
    `SELECT r.row_number AS row FROM candidate_import_rows r ${pick.join}
     WHERE r.import_id = $1 AND r.row_number = ANY($2::int[]) AND r.candidate IS NOT NULL
       AND ${pick.where}
     ORDER BY r.row_number`,
    [importId, [...rows]],
  );
  return found.map((r) => r.row);
}

/**
 * Valid rows of a chunk that add a second application to the person an earlier row of the file
 * becomes (`sameAsRow`), whose candidate is not written: the caller decides whether that row is
 * still to come in the chunk or was left out.
 */
export async function findRowsAwaitingTheirPerson(
  db: Queryable,
  importId: string,
  rows: readonly number[],
): Promise<{ row: number; sameAsRow: number }[]> {
  return db.query(
    `SELECT r.row_number AS row, (r.candidate->>'sameAsRow')::int AS "sameAsRow"
     FROM candidate_import_rows r
     WHERE r.import_id = $1 AND r.row_number = ANY($2::int[]) AND r.candidate ? 'sameAsRow'
       AND NOT EXISTS (SELECT 1 FROM candidates c WHERE c.id = (r.candidate->>'id')::uuid)
     ORDER BY r.row_number`,
    [importId, [...rows]],
  );
}

/**
 * When an import completes, the rows the preview kept out (errors and duplicates) are added to its
 * skipped rows, by row and reason only, marked `atPreview`: the result page lists them once the
 * file's rows are deleted. The first `limit` problems, in row order.
 */
export async function recordRowsLeftOutAtPreview(
  db: Queryable,
  importId: string,
  limit: number,
): Promise<void> {
  await db.query(
    `UPDATE candidate_imports SET skipped_rows = skipped_rows || coalesce((
       SELECT jsonb_agg(jsonb_build_object('row', p.problem->'row', 'column', p.problem->'column',
           'field', p.problem->'field', 'code', p.problem->'code', 'atPreview', true)
           || CASE WHEN p.problem ? 'otherRow'
                THEN jsonb_build_object('otherRow', p.problem->'otherRow') ELSE '{}' END
         ORDER BY p.row_number, p.ordinality)
       FROM (SELECT r.row_number, e.problem, e.ordinality
         FROM candidate_import_rows r,
           jsonb_array_elements(r.problems) WITH ORDINALITY e(problem, ordinality)
         WHERE r.import_id = $1 AND r.candidate IS NULL
           AND NOT coalesce((e.problem->>'warning')::boolean, false)
           AND NOT coalesce((e.problem->>'notice')::boolean, false)
         ORDER BY r.row_number, e.ordinality LIMIT $2) p), '[]'::jsonb)
     WHERE id = $1`,
    [importId, limit],
  );
}

/** Adds rows left out while writing to the import's list (row and reason only). */
export async function recordSkippedRows(
  db: Queryable,
  importId: string,
  skipped: readonly ImportRowProblem[],
): Promise<void> {
  await db.query(
    `UPDATE candidate_imports SET skipped_rows = skipped_rows || $2::jsonb WHERE id = $1`,
    [importId, JSON.stringify(skipped)],
  );
}

/**
 * A failing import stops where it is: what it wrote stays, and the first valid row it did not
 * write is kept for HR ("stopped at row N").
 */
export async function stopCandidateImport(
  db: Queryable,
  importId: string,
  failure: string,
): Promise<void> {
  await db.query(
    `UPDATE candidate_imports i SET status = 'stopped', failure = $2, finished_at = now(),
       stopped_at_row = (SELECT min(r.row_number) FROM candidate_import_rows r
         WHERE r.import_id = i.id AND r.candidate IS NOT NULL AND NOT r.written)
     WHERE i.id = $1 AND i.status = 'importing'`,
    [importId, failure],
  );
}

/** The file's rows are personal data: gone once the import is done or dropped. */
export async function deleteImportRows(db: Queryable, importId: string): Promise<void> {
  await db.query(`DELETE FROM candidate_import_rows WHERE import_id = $1`, [importId]);
}

/** Deletes up to `limit` of an import's rows, the first in file order; returns how many. */
export async function deleteSomeImportRows(
  db: Queryable,
  importId: string,
  limit: number,
): Promise<number> {
  const deleted = await db.query(
    `DELETE FROM candidate_import_rows WHERE import_id = $1 AND row_number IN (
       SELECT row_number FROM candidate_import_rows WHERE import_id = $1
       ORDER BY row_number LIMIT $2)
     RETURNING 1`,
    [importId, limit],
  );
  return deleted.length;
}

/** The tables an import adds to, whose planner statistics it makes stale. */
export const importedTables = [
  'candidates',
  'applications',
  'application_events',
  'consents',
  'audit_log',
] as const;

/** Fresh planner statistics after a bulk insert, so the next queries pick the right plans. */
export async function analyzeImportedTable(
  db: Queryable,
  table: (typeof importedTables)[number],
): Promise<void> {
  // In the caller's transaction: a smaller sample (9,000 rows instead of 30,000) keeps the
  // statement short enough for others to wait on; the nightly VACUUM ANALYZE takes the full one.
  await db.query(`SET LOCAL default_statistics_target = 30`);
  await db.query(`ANALYZE ${table}`);
}

export async function setImportTotalRows(
  db: Queryable,
  importId: string,
  total: number,
): Promise<void> {
  await db.query('UPDATE candidate_imports SET total_rows = $2 WHERE id = $1', [importId, total]);
}

/** An upload that could not be read leaves nothing behind (its rows go with it). */
export async function deleteCandidateImport(db: Queryable, importId: string): Promise<void> {
  await db.query('DELETE FROM candidate_imports WHERE id = $1', [importId]);
}

export interface ImportJobRow {
  id: string;
  title: string;
  status: string;
  testsEnabled: boolean;
}

/** Every job a row may name (HR sees all jobs). */
export async function listImportJobs(db: Queryable): Promise<ImportJobRow[]> {
  return db.query(
    `SELECT id, title, status, tests_enabled AS "testsEnabled" FROM jobs ORDER BY created_at`,
  );
}

/**
 * Imports never confirmed (uploaded, checked, failed or cancelled) and older than the cut-off are
 * deleted with their rows: personal data from a file nobody imported. Completed and stopped
 * imports keep their record (what they wrote and skipped) without the file's rows; one still
 * importing is left to finish.
 */
export async function deleteAbandonedImports(db: Queryable, olderThan: Date): Promise<number> {
  const rows = await db.query(
    `DELETE FROM candidate_imports
     WHERE status NOT IN ('completed', 'stopped', 'importing') AND created_at < $1 RETURNING 1`,
    [olderThan],
  );
  // A completed import's rows are deleted after it, in batches; a crash may have left some. A
  // stopped import's rows go the night after it stopped.
  await db.query(
    `DELETE FROM candidate_import_rows WHERE import_id IN (
       SELECT id FROM candidate_imports WHERE status IN ('completed', 'stopped'))`,
  );
  return rows.length;
}

/**
 * The names of stored candidates a preview names as duplicates, read when shown (an erased or
 * restricted candidate is left out; the import row keeps only the id).
 */
export async function findMatchedCandidateNames(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.query<{ id: string; fullName: string }>(
    `SELECT id, full_name AS "fullName" FROM candidates
     WHERE id = ANY($1::uuid[]) AND anonymised_at IS NULL AND processing_restricted_at IS NULL`,
    [[...ids]],
  );
  return new Map(rows.map((row) => [row.id, row.fullName]));
}

/**
 * The jobs an import's valid rows go to that are still drafts (not published), with how many rows
 * go to each: HR is told before confirming.
 */
export async function listImportDraftJobs(
  db: Queryable,
  importId: string,
): Promise<{ id: string; title: string; rows: number }[]> {
  return db.query(
    `SELECT j.id, j.title, count(*)::int AS rows FROM candidate_import_rows r
     JOIN jobs j ON j.id = (r.candidate->>'jobId')::uuid
     WHERE r.import_id = $1 AND r.candidate IS NOT NULL AND r.candidate->>'jobId' IS NOT NULL
       AND j.status = 'draft'
     GROUP BY j.id, j.title ORDER BY j.title`,
    [importId],
  );
}

/** The candidates a chunk wrote, to be told of the import (their ids, names and e-mails). */
export async function listWrittenCandidates(
  db: Queryable,
  importId: string,
  rows: readonly number[],
): Promise<{ id: string; fullName: string; email: string }[]> {
  return db.query(
    `SELECT c.id, c.full_name AS "fullName", c.email
     FROM candidate_import_rows r JOIN candidates c ON c.id = (r.candidate->>'id')::uuid
     WHERE r.import_id = $1 AND r.row_number = ANY($2::int[]) AND r.candidate IS NOT NULL
       -- A person already in Seleksi who gets a new application is told only if never told:
       -- neither their own consent (applying, the portal, an invitation) nor an earlier notice.
       AND (r.candidate->>'existingCandidateId' IS NULL OR (
         NOT EXISTS (SELECT 1 FROM consents k WHERE k.candidate_id = c.id
           AND k.channel <> 'hr_import')
         AND NOT EXISTS (SELECT 1 FROM email_messages m WHERE m.candidate_id = c.id
           AND m.template = 'imported_notice')))
     ORDER BY r.row_number`,
    [importId, [...rows]],
  );
}

/** The applications a chunk wrote, with their candidate's name and e-mail (for the webhooks). */
export async function listWrittenApplications(
  db: Queryable,
  importId: string,
  rows: readonly number[],
): Promise<
  {
    id: string;
    jobId: string;
    stage: string;
    candidateId: string;
    fullName: string;
    email: string | null;
  }[]
> {
  return db.query(
    `SELECT (r.candidate->>'applicationId')::uuid AS id, (r.candidate->>'jobId')::uuid AS "jobId",
       r.candidate->>'stage' AS stage, (r.candidate->>'id')::uuid AS "candidateId",
       r.candidate->>'fullName' AS "fullName", r.candidate->>'email' AS email
     FROM candidate_import_rows r
     WHERE r.import_id = $1 AND r.row_number = ANY($2::int[])
       AND r.candidate->>'applicationId' IS NOT NULL
     ORDER BY r.row_number`,
    [importId, [...rows]],
  );
}
