import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { interviewIsHeld } from '../../src/db/queries/interviews';
import { foldReportMonthDeltas } from '../../src/db/queries/report-month-facts';
import {
  selectedFacts,
  selectionParams,
  type ReportSelection,
} from '../../src/db/queries/report-scope';
import { countSources } from '../../src/db/queries/report-sources';
import { seedDemoData } from '../../src/services/demo/demo-seed-service';
import { testMail } from '../support/test-app';
import { openTestDatabase } from '../support/test-database';

/**
 * The Sources report's "interviewed" (scale28) counts from the history, and looks up interviews
 * only for applications at the HR interview and no further. On the demo company it must equal the
 * definition it replaced (fix56), which looked up every application's interviews.
 */
let db: Database;
const now = new Date();
const day = 86_400_000;

beforeAll(async () => {
  db = await openTestDatabase();
  expect(await seedDemoData(db, testMail, now)).toBe(true);
}, 180_000);

afterAll(async () => {
  await db.close();
});

/** Interviewed per source as fix56 counted it: an EXISTS over interviews for every application. */
async function interviewedAsBefore(selection: ReportSelection): Promise<Record<string, number>> {
  const rows = await db.query<{ source: string; interviewed: number }>(
    `SELECT f.source, count(*)::int AS interviewed
     FROM application_report_facts f
     WHERE ${selectedFacts}
       AND (f.reached && ARRAY['user_interview', 'offer', 'hired']
         OR f.end_reason IN ('failed_hr_interview', 'failed_user_interview')
         OR EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = f.application_id
           AND ${interviewIsHeld('i', '$8::timestamptz')}))
     GROUP BY f.source`,
    [...selectionParams(selection), now],
  );
  return Object.fromEntries(rows.map((row) => [row.source, row.interviewed]));
}

async function interviewedNow(selection: ReportSelection): Promise<Record<string, number>> {
  const counts = await countSources(db, selection, now);
  return Object.fromEntries(
    counts.filter((count) => count.interviewed > 0).map((c) => [c.source, c.interviewed]),
  );
}

/** Periods that start and end inside a month (counted from the facts) and span whole months. */
async function selections(): Promise<[string, ReportSelection][]> {
  const year = { from: new Date(now.getTime() - 365 * day), to: now };
  const jobs = await db.query<{ id: string; department: string }>(
    'SELECT id, department FROM jobs ORDER BY title',
  );
  const [manager] = await db.query<{ id: string }>(
    `SELECT user_id AS id FROM job_team_members WHERE team_role = 'hiring_manager' LIMIT 1`,
  );
  const [recruiter] = await db.query<{ id: string }>(
    `SELECT user_id AS id FROM job_team_members WHERE team_role = 'recruiter' LIMIT 1`,
  );
  return [
    ['the last year', year],
    ['the last 30 days', { from: new Date(now.getTime() - 30 * day), to: now }],
    [
      'from 100 to 20 days ago',
      { from: new Date(now.getTime() - 100 * day), to: new Date(now.getTime() - 20 * day) },
    ],
    ...jobs.map((job, n): [string, ReportSelection] => [
      `job ${n + 1}`,
      { ...year, jobId: job.id },
    ]),
    ['a department', { ...year, department: jobs[0]!.department }],
    ['a source', { ...year, source: 'jobstreet' }],
    ["a hiring manager's jobs", { ...year, managerId: manager!.id }],
    ["a recruiter's jobs", { ...year, recruiterId: recruiter!.id }],
  ];
}

it('counts on the demo company what the EXISTS over every application counted, for every filter', async () => {
  const compared = await selections();
  for (const [name, selection] of compared) {
    expect(await interviewedNow(selection), name).toEqual(await interviewedAsBefore(selection));
  }
  // Whole months counted from the month facts once the deltas are folded in, too.
  await foldReportMonthDeltas(db);
  for (const [name, selection] of compared) {
    expect(await interviewedNow(selection), `${name}, folded`).toEqual(
      await interviewedAsBefore(selection),
    );
  }
});

it('has, in the demo company, applications interviewed at the HR interview only, which only their interviews show', async () => {
  // Otherwise the comparison above would not test the interviews' part.
  const [row] = await db.query<{ held: number; waiting: number }>(
    `SELECT count(*) FILTER (WHERE held)::int AS held, count(*) FILTER (WHERE NOT held)::int AS waiting
     FROM (SELECT EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = f.application_id
             AND ${interviewIsHeld('i', '$1::timestamptz')}) AS held
           FROM application_report_facts f
           WHERE 'hr_interview' = ANY (f.reached)
             AND NOT f.reached && ARRAY['user_interview', 'offer', 'hired']
             AND f.end_reason IS DISTINCT FROM 'failed_hr_interview'
             AND f.end_reason IS DISTINCT FROM 'failed_user_interview') f`,
    [now],
  );
  expect(row!.held).toBeGreaterThan(0);
  expect(row!.waiting).toBeGreaterThan(0);
});
