import type { Stage } from '../../domain/pipeline';
import type { Queryable } from '../database';
import { preparedStatement } from '../prepared-statements';
import {
  boardCardSelect,
  boardPageInterviews,
  boardPageJoins,
  type BoardCardRow,
} from './applications';

/**
 * Where a column page ends: the last card's time in its stage (to the microsecond, as stored) and
 * its id, so the next page starts exactly after it however many cards share that time.
 */
export interface BoardPosition {
  stageEnteredAt: string;
  id: string;
}

export type BoardPageRow = BoardCardRow & { position: BoardPosition };

/** A case-insensitive "contains" pattern for ILIKE, the user's own % and _ taken literally. */
const containing = (search: string) => `%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** Name, e-mail or a tag contains the search (`$n` is its ILIKE pattern or null for all). */
const matches = (n: number) =>
  `($${n}::text IS NULL OR c.full_name ILIKE $${n} OR c.email ILIKE $${n}
     OR EXISTS (SELECT 1 FROM unnest(c.tags) AS tag(name) WHERE tag.name ILIKE $${n}))`;

/** The exact number of the job's applications in each stage that match the search. */
export async function countBoardColumns(
  db: Queryable,
  jobId: string,
  search: string | undefined,
): Promise<Map<Stage, number>> {
  // Without a search the count reads the board index alone; the candidates join only filters.
  const rows = search
    ? await db.query<{ stage: Stage; count: number }>(
        `SELECT a.stage, count(*)::int AS count
         FROM applications a JOIN candidates c ON c.id = a.candidate_id
         WHERE a.job_id = $1 AND ${matches(2)} GROUP BY a.stage`,
        [jobId, containing(search)],
      )
    : await db.query<{ stage: Stage; count: number }>(
        `SELECT a.stage, count(*)::int AS count FROM applications a WHERE a.job_id = $1
         GROUP BY a.stage`,
        [jobId],
      );
  return new Map(rows.map((row) => [row.stage, row.count]));
}

/**
 * Prepared: a board page's plan is the same for any job and search (see prepared-statements.ts).
 * The page carries the application columns the cards read, so no card finds its application
 * again by id (260 lookups on a 260-card board, about a seventh of the statement's time), and
 * the page's interviews are read once for all its cards (boardPageInterviews).
 */
const columnPagesSql = preparedStatement(
  `WITH page AS MATERIALIZED (
       SELECT p.* FROM unnest($3::text[]) AS s(stage)
       CROSS JOIN LATERAL (
         SELECT a.id, a.candidate_id, a.job_id, a.stage, a.hr_gate_cleared, a.stage_entered_at,
           a.created_at
         FROM applications a JOIN candidates c ON c.id = a.candidate_id
         WHERE a.job_id = $1 AND a.stage = s.stage AND ${matches(4)}
           AND ($5::timestamptz IS NULL OR (a.stage_entered_at, a.id) > ($5::timestamptz, $6::uuid))
         ORDER BY a.stage_entered_at, a.id LIMIT $7) p
     ), ${boardPageInterviews('page')}
     ${boardCardSelect},
       to_char(a.stage_entered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "positionAt"
     FROM page a JOIN candidates c ON c.id = a.candidate_id
     ${boardPageJoins}
     ORDER BY a.stage, a.stage_entered_at, a.id`,
);

/**
 * Up to `limit` cards of each of the given stage columns, longest in the stage first, after
 * `after` when given (one column's "load more"). Only the page's cards pay for the interview and
 * attention lookups: the page is chosen on the board index first.
 */
export async function listBoardColumnPages(
  db: Queryable,
  page: {
    jobId: string;
    stages: readonly Stage[];
    search: string | undefined;
    after: BoardPosition | undefined;
    limit: number;
    now: Date;
  },
): Promise<BoardPageRow[]> {
  const rows = await db.query<BoardCardRow & { positionAt: string; position?: BoardPosition }>(
    columnPagesSql,
    [
      page.jobId,
      page.now,
      page.stages,
      page.search ? containing(page.search) : null,
      page.after?.stageEnteredAt ?? null,
      page.after?.id ?? null,
      page.limit,
    ],
  );
  // The rows become the cards as they are: copied here and twice more on the way (up to 400 a
  // board, sixteen fields each), the copies cost more server CPU than serialising the answer.
  for (const row of rows) {
    row.position = { stageEnteredAt: row.positionAt, id: row.id };
  }
  return rows as BoardPageRow[];
}
