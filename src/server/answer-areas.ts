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

// Lists across every job and candidate miss after most writes to candidates and applications;
// what they do not read (scorecards, interviews, offers, notes of moves…) keeps them. A job's row
// is its own area (migration 058): a screen that shows other jobs' titles or states reads them all.
export const answerAreas = {
  candidateList: { tables: ['candidates', 'applications', 'job_team_members', 'jobs'] },
  // A hiring manager reads a candidate through the teams and interview plans of their jobs; the
  // page reads those, and the jobs' rows, only for the candidate's own jobs (migration 059).
  candidatePage: { entity: 'candidate', setupOfCandidateJobs: true },
  // Panel members see the duplicates they interview (their interviews and scorecards); a pair
  // marked as different people is not offered again.
  duplicates: {
    tables: [
      'candidates',
      'applications',
      'job_team_members',
      'interviews',
      'scorecards',
      'jobs',
      'distinct_candidates',
    ],
  },
  jobList: { tables: ['job_team_members', 'job_active_counts', 'jobs'] },
  job: { entity: 'job' },
  board: { entity: 'job' },
} satisfies Record<string, AnswerAreas>;
