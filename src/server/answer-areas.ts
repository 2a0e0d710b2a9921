import type { Actor } from '../services/actor';
import { panelScope, teamScope } from '../services/access-policy';
import { idSchema } from './routes/common.schema';

/**
 * Which areas of the data (migration 052) each kept answer reads (answer-cache.ts), so a write
 * empties only the answers it can change. Every answer also reads the version of everything not
 * tied to one job or candidate (048's number). `entity`: the job or candidate named in the URL, for
 * a screen that shows only that job's or that candidate's rows of the tables tied to them; `tables`:
 * tables tied to jobs or candidates that the answer reads across all of them. A test
 * (answer-cache-areas.test.ts) checks every table each route's SQL reads is covered.
 */
export interface AnswerAreas {
  entity?: 'job' | 'candidate';
  tables?: readonly string[];
  /**
   * The setup (`jobSetupTables`) of the jobs the candidate named in the URL applied to, and of no
   * other job (migration 059: one number, worked out when the session is read).
   */
  setupOfCandidateJobs?: true;
  /**
   * Every area the answer depends on, told by the answer once computed (answer-cache.ts), for
   * what the URL cannot name: the candidates a list shows. Replaces `tables` for that answer.
   */
  told?: (answer: unknown, reader: { actor: Actor; query: unknown }) => readonly string[];
}

/** What a job's setup area (`job-setup:<id>`, migration 059) covers: its row, team and plans. */
export const jobSetupTables = ['jobs', 'job_team_members', 'interview_plans'] as const;

/** The areas of one request, in a fixed order (the answer's version lists them in this order). */
export function areasOf(areas: AnswerAreas, params: unknown): string[] {
  const given = (params ?? {}) as Record<string, unknown>;
  const id = areas.entity && given[`${areas.entity}Id`];
  // Only an id of the right shape names an area: the session lookup sends it to the database
  // before the route's own check, and "a\u0000b" there was a 500 instead of the route's 400.
  const parsed = idSchema.safeParse(id);
  // The triggers write ids in lower case; an address may carry one in upper case (a pasted link),
  // whose area would otherwise never be found and its kept answer never refreshed.
  const named = parsed.success ? parsed.data.toLowerCase() : undefined;
  const entity = named ? [`${areas.entity}:${named}`] : [];
  const setup =
    named && areas.entity === 'candidate' && areas.setupOfCandidateJobs
      ? [`candidate-jobs:${named}`]
      : [];
  return [...entity, ...setup, ...(areas.tables ?? []).map((table) => `table:${table}`)];
}

/** The candidates an answer shows (`items[].id`): each one's row and applications (060). */
function shownCandidates(answer: unknown): string[] {
  const items = (answer as { items?: { id?: unknown }[] } | undefined)?.items ?? [];
  return items.flatMap((item) => (typeof item.id === 'string' ? [`candidate:${item.id}`] : []));
}

const tablesAreas = (tables: readonly string[]) => tables.map((table) => `table:${table}`);

/** The list's query parameters that do not choose rows. */
const pagingOnly = new Set(['q', 'page', 'pageSize']);

const candidateListTables = ['candidates', 'applications', 'job_team_members', 'jobs'];
/**
 * The candidates list. Someone who sees all jobs, with no filter but words: the list holds the
 * newest candidates not restricted (`candidate-rows`, migration 060) or those the words find (any
 * candidate's row), and shows those rows, their applications and their jobs' titles, so a move,
 * a note or a scorecard of a candidate it does not show keeps it. Filters on applications or a
 * team's jobs read across all of them: the tables whole.
 */
function candidateListAreas(answer: unknown, { actor, query }: { actor: Actor; query: unknown }) {
  const given = Object.entries((query ?? {}) as Record<string, unknown>);
  const filtered = given.some(([name, value]) => !pagingOnly.has(name) && value !== '');
  if (teamScope(actor) || filtered) return tablesAreas(candidateListTables);
  const words = given.some(([name, value]) => name === 'q' && value !== '');
  return [words ? 'table:candidates' : 'candidate-rows', 'table:jobs', ...shownCandidates(answer)];
}

const duplicatesTables = [
  'candidates',
  'applications',
  'job_team_members',
  'interviews',
  'scorecards',
  'jobs',
  'distinct_candidates',
];
/**
 * A candidate's possible duplicates. For HR: the candidate's own row and the pairs marked as two
 * people (its area), who matches it (any candidate's name, e-mail, phone, city or restriction:
 * `candidate-keys`, migration 060), and the matches shown with their applications and job titles.
 * A note, tags, a move or a scorecard of someone else keeps it. Hiring managers see the matches on
 * their teams' jobs, and panel members their interviews': the tables whole.
 */
function duplicatesAreas(answer: unknown, { actor }: { actor: Actor; query: unknown }) {
  if (panelScope(actor) || teamScope(actor)) return tablesAreas(duplicatesTables);
  return ['candidate-keys', 'table:jobs', ...shownCandidates(answer)];
}

// Lists across every job and candidate miss after most writes to candidates and applications;
// what they do not read (scorecards, interviews, offers, notes of moves…) keeps them. A job's row
// is its own area (migration 058): a screen that shows other jobs' titles or states reads them all.
export const answerAreas = {
  candidateList: { told: candidateListAreas },
  // A hiring manager reads a candidate through the teams and interview plans of their jobs; the
  // page reads those, and the jobs' rows, only for the candidate's own jobs (migration 059).
  candidatePage: { entity: 'candidate', setupOfCandidateJobs: true },
  duplicates: { entity: 'candidate', told: duplicatesAreas },
  jobList: { tables: ['job_team_members', 'job_active_counts', 'jobs'] },
  job: { entity: 'job' },
  board: { entity: 'job' },
} satisfies Record<string, AnswerAreas>;
