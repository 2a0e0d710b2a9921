import type { CandidateSource } from '../../domain/candidate';
import type { Stage } from '../../domain/pipeline';
import type { Database, Queryable } from '../database';
import { sitsOnPanelOfApplication, type CandidateListRow } from './candidates';

export interface CandidateSearch {
  /** Only candidates with an application to one of this user's jobs (undefined: everyone). */
  memberId?: string | undefined;
  /** And only those whose interview panel the member sits on (an interviewer's reach). */
  panelOnly?: boolean | undefined;
  /** Words as people type them: "golang -java", "\"data analyst\"". */
  text?: string | undefined;
  /**
   * Part of an e-mail address or phone number ("gmail", "budi.santoso", "812"): words cannot find
   * these, so they are matched as substrings of the stored address (lower case) or number (+62…),
   * through the trigram indexes of migration 036.
   */
  contactFragment?:
    | {
        email?: string | undefined;
        phoneDigits?: string | undefined;
        /** The digits are the number's start, after its +62 (typed "0812", "+62 812"). */
        phoneFromStart?: boolean | undefined;
        /** Part of the name of who referred the candidate (source Referral), lower case. */
        referrer?: string | undefined;
      }
    | undefined;
  jobId?: string | undefined;
  stage?: Stage | undefined;
  /** A stored source; `spreadsheet_import`: came in by an import, whatever the file named. */
  source?: CandidateSource | undefined;
  tag?: string | undefined;
  /** Only candidates in the talent pool (a standing consent to be considered for other jobs). */
  inTalentPool?: boolean | undefined;
  appliedFrom?: Date | undefined;
  appliedBefore?: Date | undefined;
  limit: number;
  offset: number;
  /** How many of the newest matches are ranked and counted (`searchWindow` unless said: exports take more). */
  window?: number | undefined;
  /** Leave out the matched passages (an export has no use for them, and they cost). */
  withoutHeadlines?: boolean | undefined;
}

export interface CandidateSearchRow extends CandidateListRow {
  /** Where the words matched in the notes or CV, between matchStart and matchEnd; null without words. */
  headline: string | null;
}

/** How many of the newest matches a search ranks and counts (see searchCandidates). */
export const searchWindow = 500;

/** Marks around the matched words in headlines: private-use characters never found in a CV. */
export const matchStart = '\uE000';
export const matchEnd = '\uE001';

/**
 * Full-text search over candidates (name, e-mail, phone, tags, notes, CV text) with filters,
 * ranked by relevance when there are words to match and newest first otherwise. Candidates found
 * only by part of an address, number or referrer's name rank after those the words found.
 */
export async function searchCandidates(
  db: Database,
  search: CandidateSearch,
): Promise<{ rows: CandidateSearchRow[]; total: number; totalIsCapped: boolean }> {
  // Only the filters in use become SQL, each with its own typed parameter.
  const params: unknown[] = [];
  const param = (value: unknown, type: string) => {
    params.push(value);
    return `$${params.length}::${type}`;
  };
  const member = search.memberId ? param(search.memberId, 'uuid') : undefined;
  const visible = member
    ? `EXISTS (SELECT 1 FROM job_team_members m WHERE m.job_id = a.job_id AND m.user_id = ${member})${
        search.panelOnly ? ` AND ${sitsOnPanelOfApplication(member)}` : ''
      }`
    : 'true';
  let query: string | undefined;
  if (search.text) {
    const text = param(search.text, 'text');
    // The words in all three configurations the index holds (see migration 004): a word matches
    // as typed, by its Indonesian stem, or by its English stem.
    query = `(websearch_to_tsquery('simple', ${text}) || websearch_to_tsquery('indonesian', ${text})
      || websearch_to_tsquery('english', ${text}))`;
  }
  // A candidate who withdrew consent is out of lists and search (UU PDP: processing stops).
  const conditions: string[] = ['c.processing_restricted_at IS NULL'];
  const like = (fragment: string) =>
    param(`%${fragment.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`, 'text');
  const fragment = search.contactFragment;
  const contact = [
    ...(fragment?.email ? [`c.email LIKE ${like(fragment.email)}`] : []),
    ...(fragment?.phoneDigits
      ? [
          fragment.phoneFromStart
            ? `c.phone LIKE ${param(`+62${fragment.phoneDigits}%`, 'text')}`
            : `c.phone LIKE ${like(fragment.phoneDigits)}`,
          // A number in the notes (an imported landline), whatever its punctuation: see migration 038.
          `c.note_digits LIKE ${like(fragment.phoneDigits)}`,
        ]
      : []),
    // The literal source lets the planner use the partial index of migration 038.
    ...(fragment?.referrer
      ? [`(c.source = 'referral' AND lower(c.source_detail) LIKE ${like(fragment.referrer)})`]
      : []),
  ];
  // "Spreadsheet import" is how they came in: an import keeps the file's source when it names one
  // (JobStreet, a referrer), so the stored source alone missed most imported candidates.
  if (search.source === 'spreadsheet_import') {
    conditions.push(
      `EXISTS (SELECT 1 FROM audit_log l WHERE l.candidate_id = c.id AND l.action = 'candidate.imported')`,
    );
  } else if (search.source) conditions.push(`c.source = ${param(search.source, 'text')}`);
  if (search.tag) conditions.push(`${param(search.tag, 'text')} = ANY (c.tags)`);
  if (search.inTalentPool) {
    conditions.push(
      `EXISTS (SELECT 1 FROM consents k WHERE k.candidate_id = c.id
         AND k.purpose = 'talent_pool' AND k.withdrawn_at IS NULL)`,
    );
  }
  const onApplication: string[] = [];
  if (search.jobId) onApplication.push(`a.job_id = ${param(search.jobId, 'uuid')}`);
  if (search.stage) onApplication.push(`a.stage = ${param(search.stage, 'text')}`);
  if (search.appliedFrom) {
    onApplication.push(`a.created_at >= ${param(search.appliedFrom, 'timestamptz')}`);
  }
  if (search.appliedBefore) {
    onApplication.push(`a.created_at < ${param(search.appliedBefore, 'timestamptz')}`);
  }
  // Everything else is filtered on the candidate row; this on its applications (see byAppliedDate).
  const ownConditions = [...conditions];
  const onApplications =
    member || onApplication.length ? [visible, ...onApplication].join(' AND ') : undefined;
  if (onApplications) {
    conditions.push(`EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = c.id
      AND ${onApplications})`);
  }
  const matching = query ? [`(${[`c.search_vector @@ ${query}`, ...contact].join(' OR ')})`] : [];
  const where = `WHERE ${[...conditions, ...matching].join(' AND ')}`;
  // The count of a page past the end reads these alone.
  const filterParams = params.length;
  const limit = param(search.limit, 'int');
  const offset = param(search.offset, 'int');
  const appliedDate = !query && onApplications && (search.appliedFrom || search.appliedBefore);
  const cutOffs = query
    ? {
        near: param(
          await recentCutOff(db, nearRowsPerMatch * (search.window ?? searchWindow)),
          'timestamptz',
        ),
        far: param(
          await recentCutOff(db, recentRowsPerMatch * (search.window ?? searchWindow)),
          'timestamptz',
        ),
      }
    : undefined;
  // Headlines are costly (they re-read the text), so only the page's rows get one.
  const headline =
    query && !search.withoutHeadlines
      ? `ts_headline('indonesian', concat_ws(E'\\n', NULLIF(c.notes, ''), NULLIF(c.cv_text, '')), ${query},
        'StartSel=${matchStart},StopSel=${matchEnd},MaxFragments=2,MinWords=6,MaxWords=16,FragmentDelimiter=" … "')`
      : 'NULL::text';
  // Work is bounded, so a broad word stays fast at 100,000 candidates: the newest `searchWindow`
  // matches are found through the indexes, ranked by relevance (ts_rank over the stored vector),
  // and paged. More matches than that are reported as a capped total; more words or a filter
  // narrow them. See bench/search.ts for the figures.
  // The planner cannot see that testing a row's (large, compressed) vector costs far more than
  // asking the full-text index, so it scans the table for words matching thousands of rows:
  // several times slower. Within this read-only transaction it is told not to.
  // Without words the window is MATERIALIZED: inlined, the planner folds a job + stage filter into
  // the outer join and walks far more rows (at 100,000 candidates on PostgreSQL, a busy job's
  // rejected column 1.6 s -> 0.36 s median). With words inlining measured as good or better.
  const size = search.window ?? searchWindow;
  // Part of an address or number is its own half of the window: a fragment in every address
  // ("example", "gmail") is answered by walking the newest candidates, a rare one through the
  // trigram indexes, as the planner estimates; ORed into the words it was always the trigram
  // bitmap of every match (at 100,000 candidates, 530 ms of database CPU for "example").
  // The window carries each row's rank, computed on the rows it keeps (see rankedWindow).
  const byWords = query ? [...conditions, `c.search_vector @@ ${query}`] : [];
  const window_ =
    query && contact.length
      ? `(${newestByWords(byWords, size, query, cutOffs!)})
         UNION
         (${rankedWindow(
           `SELECT c.id, c.created_at, c.search_vector FROM candidates c
            WHERE ${[...conditions, `(${contact.join(' OR ')})`].join(' AND ')}
            ORDER BY c.created_at DESC, c.id LIMIT ${size}`,
           query,
         )})
         ORDER BY created_at DESC, id LIMIT ${size}`
      : query
        ? newestByWords(byWords, size, query, cutOffs!)
        : appliedDate
          ? byAppliedDate(ownConditions, onApplications, size)
          : `SELECT c.id, c.created_at, 0::real AS rank FROM candidates c ${where}
         ORDER BY c.created_at DESC, c.id LIMIT ${size}`;
  const read = (tx: Queryable) =>
    tx.query<CandidateSearchRow & { rank?: number; matches: number }>(
      `WITH window_ AS ${query ? '' : 'MATERIALIZED '}(${window_}), ranked AS (
       SELECT w.id, w.created_at, w.rank, count(*) OVER () AS matches
       FROM window_ w
       ORDER BY rank DESC, w.created_at DESC, w.id
       LIMIT ${limit} OFFSET ${offset}
     )
     SELECT c.id, c.full_name AS "fullName", c.email, c.phone, c.source,
       c.source_detail AS "sourceDetail", c.tags, c.notes,
       c.city, c.portfolio_url AS "portfolioUrl", c.created_at AS "createdAt",
       c.updated_at AS "updatedAt", c.anonymised_at IS NOT NULL AS anonymised, r.rank, r.matches::int AS matches, ${headline} AS headline,
       COALESCE((SELECT json_agg(json_build_object('jobId', j.id, 'jobTitle', j.title, 'stage', a.stage)
                  ORDER BY a.created_at DESC)
                 FROM applications a JOIN jobs j ON j.id = a.job_id
                 WHERE a.candidate_id = c.id AND ${visible}), '[]'::json) AS applications
     FROM ranked r JOIN candidates c ON c.id = r.id
     ORDER BY r.rank DESC, r.created_at DESC, r.id`,
      params,
    );
  // Only a search by words needs its settings, and so a transaction to scope them to: the plain
  // list, the most common, is one statement instead of four with BEGIN and COMMIT (issue 19).
  const rows = query
    ? await db.transaction(async (tx: Queryable) => {
        // Both settings in one statement (set_config(…, true) is SET LOCAL). A search is one of
        // many requests at once: parallel workers only add their start-up and fight the other
        // requests for the cores. At 100,000 candidates with 64 connections on two cores, a
        // common word's window took 0.4-1.0 s with two workers and 0.07-0.11 s without.
        await tx.query(
          db.engine === 'postgresql'
            ? `SELECT set_config('enable_seqscan', 'off', true),
                 set_config('max_parallel_workers_per_gather', '0', true)`
            : `SELECT set_config('enable_seqscan', 'off', true)`,
        );
        return read(tx);
      })
    : await read(db);
  // A page past the end has no rows to carry the count: count the window on its own then.
  const total =
    rows[0]?.matches ??
    (search.offset > 0
      ? Number(
          (
            await db.query<{ n: number }>(
              `SELECT count(*)::int AS n FROM (SELECT 1 FROM candidates c ${where} LIMIT ${search.window ?? searchWindow}) w`,
              params.slice(0, filterParams),
            )
          )[0]?.n ?? 0,
        )
      : 0);
  return {
    rows: rows.map(({ rank: _rank, matches: _matches, ...row }) => row),
    total,
    totalIsCapped: total >= (search.window ?? searchWindow),
  };
}

/**
 * (id, created_at, rank) of the rows `rows` selects (id, created_at, search_vector), ranked after
 * its LIMIT. Reading a vector is most of a rank's cost (it is stored out of line), so it is read
 * once, for the rows the window keeps: ranking in the select list ranked every candidate the
 * index found (692 for "Excel" for a window of 500), and ranking after the window found each row
 * again by id (at 100,000 candidates on PostgreSQL, ~16 -> ~14.5 ms of database CPU for
 * "Excel"). Same ranks, same order.
 */
function rankedWindow(rows: string, query: string): string {
  return `SELECT n.id, n.created_at, ts_rank(n.search_vector, ${query}) AS rank FROM (${rows}) n`;
}

/** How many of the newest candidates a search by words looks among first (see newestByWords). */
const nearRowsPerMatch = 2;
/** And then, when too few of those match (see newestByWords). */
const recentRowsPerMatch = 10;

/**
 * The newest `size` candidates matching the words under `conditions`, as (id, created_at, rank).
 *
 * A common word ("Excel" in one CV of seven) matches thousands of candidates, and finding each
 * in the table to read its date was most of a search's cost (at 100,000 candidates on
 * PostgreSQL, 35 ms of database CPU). So the words are first looked for among the candidates
 * created at or after `cutOffs.near` only: when `size` match there, they are exactly the newest
 * matches, since every candidate left out is older than each one looked at. That holds for any
 * cut-off; recentCutOff gives ones that leave about `nearRowsPerMatch * size` and
 * `recentRowsPerMatch * size` candidates to look at. Testing a candidate's words means reading its
 * stored vector (about 2.7 kB, compressed out of line), so the near band is small: a very common
 * word ("pengalaman", in two CVs of three) finds its `size` among ~800 of the newest instead of
 * testing 5,000 (scale29). Fewer there, the band down to `cutOffs.far` is looked at too (its rows
 * are all older than the near band's, so the newest `size` of both are the newest of all from
 * `far`); fewer still, a rarer word, a narrow filter or a small database, the matches are found
 * among all candidates.
 *
 * With words the matches come from the full-text index and are sorted afterwards: walking the
 * created_at index and testing each row is far slower when few rows match (which the planner
 * cannot know), so "+ interval '0'" hides that index from it.
 */
function newestByWords(
  conditions: string[],
  size: number,
  query: string,
  cutOffs: { near: string; far: string },
): string {
  const newest = (extra: string[]) =>
    rankedWindow(
      `SELECT c.id, c.created_at, c.search_vector FROM candidates c
       WHERE ${[...conditions, ...extra].join(' AND ')}
       ORDER BY (c.created_at + interval '0 s') DESC, c.id LIMIT ${size}`,
      query,
    );
  const nearCount = `(SELECT count(*) FROM near_matches)`;
  // The far band is read only when the near band has too few: the executor runs a count's subplan
  // when a condition first asks for it, and an AND stops at its first false.
  const bothCount = `(${nearCount} + (SELECT count(*) FROM far_matches))`;
  return `WITH near_matches AS MATERIALIZED (${newest([`c.created_at >= ${cutOffs.near}`])}),
    far_matches AS MATERIALIZED (${newest([`c.created_at >= ${cutOffs.far}`, `c.created_at < ${cutOffs.near}`])})
    SELECT id, created_at, rank FROM near_matches WHERE ${nearCount} = ${size}
    UNION ALL
    SELECT id, created_at, rank FROM (
      SELECT id, created_at, rank FROM near_matches UNION ALL SELECT id, created_at, rank FROM far_matches
      ORDER BY created_at DESC, id LIMIT ${size}) recent_matches
    WHERE ${nearCount} < ${size} AND ${bothCount} >= ${size}
    UNION ALL
    SELECT id, created_at, rank FROM (${newest([])}) every_match
    WHERE ${nearCount} < ${size} AND ${bothCount} < ${size}`;
}

/**
 * The newest `size` candidates with an application in a date range (and whatever else
 * `onApplications` asks of it), as (id, created_at, rank 0).
 *
 * Walking the candidates newest first and asking each for such an application stops early when
 * the range is recent or wide, but an older range matches hardly any new candidate (people apply
 * after they are added), so the walk went through tens of thousands of them (at 100,000
 * candidates on PostgreSQL, a 30-day range two to six months back: 0.1-0.4 s of database CPU,
 * 82,000-178,000 buffers). Reading the range's applications first (migration 055's index on
 * created_at and candidate_id) and joining them to the open candidates' index (both index-only)
 * costs about the same ~35 ms whatever the range, but far more than the walk for the last 30 days
 * or all time (~3 ms walked). So the newest `walkedPerMatch * size` candidates are walked first:
 * when `size` of them match, they are exactly the newest matches (everyone left out is older than
 * each one walked); otherwise the applications are read first. The walk asks each candidate in a
 * scalar subquery, which the planner cannot turn into a join (as a join it hashed the range's
 * applications first, ~25 ms for the last 30 days); "OFFSET 0" keeps it from folding the read of
 * the applications back into a walk.
 */
function byAppliedDate(ownConditions: string[], onApplications: string, size: number): string {
  const recentCount = `(SELECT count(*) FROM recent_matches)`;
  const newestWalked = `SELECT c.id, c.created_at FROM candidates c WHERE ${ownConditions.join(' AND ')}
    ORDER BY c.created_at DESC, c.id LIMIT ${walkedPerMatch * size}`;
  const applied = `c.id IN (SELECT a.candidate_id FROM applications a WHERE ${onApplications} OFFSET 0)`;
  return `WITH recent_matches AS MATERIALIZED (
      SELECT c.id, c.created_at, 0::real AS rank FROM (${newestWalked}) c
      WHERE (SELECT true FROM applications a WHERE a.candidate_id = c.id AND ${onApplications} LIMIT 1)
      ORDER BY c.created_at DESC, c.id LIMIT ${size})
    SELECT id, created_at, rank FROM recent_matches WHERE ${recentCount} = ${size}
    UNION ALL
    SELECT id, created_at, rank FROM (
      SELECT c.id, c.created_at, 0::real AS rank FROM candidates c
      WHERE ${[...ownConditions, applied].join(' AND ')}
      ORDER BY c.created_at DESC, c.id LIMIT ${size}) every_match
    WHERE ${recentCount} < ${size}`;
}

/**
 * How many of the newest candidates, per row of the window, the list by applied date walks
 * before reading the range's applications first (see byAppliedDate): walking the newest 1,000 of
 * 100,000 candidates costs ~7 ms when few of them match, and a recent range (the last week or
 * month) finds its 500 among them.
 */
const walkedPerMatch = 2;

/** How long a process keeps using the cut-off it looked up (see recentCutOff). */
const cutOffLifeMs = 60_000;
const cutOffs = new WeakMap<Database, Map<number, { until: number; at: Date | null }>>();

/**
 * A time at or before the creation of the `rows`th newest candidate (null with fewer), looked up
 * at most once a minute. It is a value, not a subquery of the search, so the planner sees how few
 * candidates it leaves and ANDs the date index with the full-text index: as a subquery it guessed
 * a third of the table, and for a very common word read every match in the table to test its
 * date (at 100,000 candidates, "komunikasi" 31 -> ~16 ms of database CPU). A minute old it leaves
 * a few more candidates to look at, or a few fewer after erasures: the answer is the same.
 */
async function recentCutOff(db: Database, rows: number): Promise<Date | null> {
  let known = cutOffs.get(db);
  if (!known) cutOffs.set(db, (known = new Map()));
  const cached = known.get(rows);
  if (cached && cached.until > Date.now()) return cached.at;
  const [row] = await db.query<{ createdAt: Date }>(
    `SELECT created_at AS "createdAt" FROM candidates ORDER BY created_at DESC, id
     OFFSET ${rows - 1} LIMIT 1`,
  );
  // A Date keeps milliseconds, the column microseconds: a millisecond earlier keeps its row in.
  const at = row ? new Date(row.createdAt.getTime() - 1) : null;
  known.set(rows, { until: Date.now() + cutOffLifeMs, at });
  return at;
}
