import type { CandidateSource } from '../../domain/candidate';
import type { Stage } from '../../domain/pipeline';
import type { Queryable } from '../database';
import type { CandidateListRow } from './candidates';

export interface CandidateSearch {
  /** Only candidates with an application to one of this user's jobs (undefined: everyone). */
  memberId?: string | undefined;
  /** Words as people type them: "golang -java", "\"data analyst\"". */
  text?: string | undefined;
  /**
   * Part of an e-mail address or phone number ("putri.s@", "99991234"): words cannot find these,
   * so they are matched as substrings of the stored address (lower case) or number (+62…).
   */
  contactFragment?: { email?: string | undefined; phoneDigits?: string | undefined } | undefined;
  jobId?: string | undefined;
  stage?: Stage | undefined;
  source?: CandidateSource | undefined;
  tag?: string | undefined;
  appliedFrom?: Date | undefined;
  appliedBefore?: Date | undefined;
  limit: number;
  offset: number;
}

export interface CandidateSearchRow extends CandidateListRow {
  /** Where the words matched in the notes or CV, between matchStart and matchEnd; null without words. */
  headline: string | null;
}

/** Marks around the matched words in headlines: private-use characters never found in a CV. */
export const matchStart = '\uE000';
export const matchEnd = '\uE001';

/**
 * Full-text search over candidates (name, e-mail, phone, tags, notes, CV text) with filters,
 * ranked by relevance when there are words to match and newest first otherwise.
 */
export async function searchCandidates(
  db: Queryable,
  search: CandidateSearch,
): Promise<{ rows: CandidateSearchRow[]; total: number }> {
  // Only the filters in use become SQL, each with its own typed parameter.
  const params: unknown[] = [];
  const param = (value: unknown, type: string) => {
    params.push(value);
    return `$${params.length}::${type}`;
  };
  const member = search.memberId ? param(search.memberId, 'uuid') : undefined;
  const visible = member
    ? `EXISTS (SELECT 1 FROM job_team_members m WHERE m.job_id = a.job_id AND m.user_id = ${member})`
    : 'true';
  let query: string | undefined;
  if (search.text) {
    const text = param(search.text, 'text');
    // The words in all three configurations the index holds (see migration 004): a word matches
    // as typed, by its Indonesian stem, or by its English stem.
    query = `(websearch_to_tsquery('simple', ${text}) || websearch_to_tsquery('indonesian', ${text})
      || websearch_to_tsquery('english', ${text}))`;
  }
  const conditions: string[] = [];
  const like = (fragment: string) =>
    param(`%${fragment.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`, 'text');
  const contact = [
    ...(search.contactFragment?.email
      ? [`c.email LIKE ${like(search.contactFragment.email)}`]
      : []),
    ...(search.contactFragment?.phoneDigits
      ? [`c.phone LIKE ${like(search.contactFragment.phoneDigits)}`]
      : []),
  ];
  if (query) conditions.push(`(${[`c.search_vector @@ ${query}`, ...contact].join(' OR ')})`);
  if (search.source) conditions.push(`c.source = ${param(search.source, 'text')}`);
  if (search.tag) conditions.push(`${param(search.tag, 'text')} = ANY (c.tags)`);
  const onApplication: string[] = [];
  if (search.jobId) onApplication.push(`a.job_id = ${param(search.jobId, 'uuid')}`);
  if (search.stage) onApplication.push(`a.stage = ${param(search.stage, 'text')}`);
  if (search.appliedFrom) {
    onApplication.push(`a.created_at >= ${param(search.appliedFrom, 'timestamptz')}`);
  }
  if (search.appliedBefore) {
    onApplication.push(`a.created_at < ${param(search.appliedBefore, 'timestamptz')}`);
  }
  if (member || onApplication.length) {
    conditions.push(`EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = c.id
      AND ${[visible, ...onApplication].join(' AND ')})`);
  }
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const filterParams = [...params];
  const limit = param(search.limit, 'int');
  const offset = param(search.offset, 'int');
  const rank = query ? `ts_rank(c.search_vector, ${query})` : '0';
  // Headlines are costly (they re-read the text), so only the page's rows get one.
  const headline = query
    ? `ts_headline('indonesian', concat_ws(E'\\n', NULLIF(page.notes, ''), NULLIF(page.cv, '')), ${query},
        'StartSel=${matchStart},StopSel=${matchEnd},MaxFragments=2,MinWords=6,MaxWords=16,FragmentDelimiter=" … "')`
    : 'NULL::text';
  const rows = await db.query<CandidateSearchRow & { cv?: string; rank?: number }>(
    `SELECT page.*, ${headline} AS headline,
       COALESCE((SELECT json_agg(json_build_object('jobId', j.id, 'jobTitle', j.title, 'stage', a.stage)
                  ORDER BY a.created_at DESC)
                 FROM applications a JOIN jobs j ON j.id = a.job_id
                 WHERE a.candidate_id = page.id AND ${visible}), '[]'::json) AS applications
     FROM (
       SELECT c.id, c.full_name AS "fullName", c.email, c.phone, c.source, c.tags, c.notes,
         c.city, c.portfolio_url AS "portfolioUrl", c.created_at AS "createdAt",
         c.updated_at AS "updatedAt", c.cv_text AS cv, ${rank} AS rank
       FROM candidates c ${where}
       ORDER BY rank DESC, c.created_at DESC, c.id
       LIMIT ${limit} OFFSET ${offset}
     ) page
     ORDER BY page.rank DESC, page."createdAt" DESC, page.id`,
    params,
  );
  const [count] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM candidates c ${where}`,
    filterParams,
  );
  return {
    rows: rows.map(({ cv: _cv, rank: _rank, ...row }) => row),
    total: count?.total ?? 0,
  };
}
