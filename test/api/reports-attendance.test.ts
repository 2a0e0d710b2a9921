import { beforeAll, describe, expect, it } from 'vitest';
import {
  begunHrInterview,
  bookInterview,
  cancelInterview,
  missedHrInterview,
} from '../support/begun-interviews';
import { expectInvalid } from '../support/expectations';
import {
  atHrInterview,
  buildJob,
  buildOtherTeamsJob,
  scoreStage,
  uniformScorecard,
} from '../support/factories';
import { useTestApp, type TestUser } from '../support/test-app';
import { csvLines, download } from '../support/downloads';

/**
 * Reports' interview attendance: per stage and job, the interviews held and those the candidate
 * did not come to (recorded with "Candidate did not come"), and the no-show rate beside them.
 */
const t = useTestApp();

const note = 'Tidak datang, telepon tidak diangkat.';

type Line = {
  jobId: string | null;
  jobTitle: string | null;
  stage: 'hr' | 'user';
  held: number;
  noShows: number;
  noShowRate: number | null;
};

/** An HR interview on the job with the recruiter alone on its panel (another team's job too). */
const onJob = (jobId: string) => ({ jobId, interviewerIds: [t.users.recruiter.id] });

async function heldHrInterview(jobId: string) {
  const { applicationId } = await begunHrInterview(t, onJob(jobId));
  const scored = await scoreStage(
    t,
    t.users.recruiter,
    applicationId,
    'hr',
    uniformScorecard('hr', 'yes'),
  );
  expect(scored.status, JSON.stringify(scored.body)).toBe(200);
}

async function attendance(as: TestUser, query = ''): Promise<Line[]> {
  const reply = await t.call(as, 'GET', `/api/reports/attendance${query}`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return (reply.body as { lines: Line[] }).lines;
}

let ours: { id: string; title: string };
let theirs: { id: string; title: string };

beforeAll(async () => {
  ours = await buildJob(t, { title: 'Analis Data' });
  theirs = await buildOtherTeamsJob(t, { title: 'Sales Executive' });
  for (let i = 0; i < 4; i++) await heldHrInterview(ours.id);
  for (let i = 0; i < 2; i++) await missedHrInterview(t, note, onJob(ours.id));
  await missedHrInterview(t, note, onJob(theirs.id));
  // Neither held nor missed: cancelled by HR, and one booked ahead.
  await cancelInterview(t, (await begunHrInterview(t, onJob(ours.id))).interviewId);
  const { applicationId } = await atHrInterview(t, { jobId: ours.id });
  await bookInterview(t, applicationId, { stage: 'hr', interviewerIds: [t.users.recruiter.id] });
});

describe('interview attendance report', () => {
  it('counts no-shows beside interviews held, per stage and job, with the rate', async () => {
    const lines = await attendance(t.users.recruiter);
    expect(lines).toEqual([
      { jobId: null, jobTitle: null, stage: 'hr', held: 4, noShows: 3, noShowRate: 3 / 7 },
      {
        jobId: ours.id,
        jobTitle: 'Analis Data',
        stage: 'hr',
        held: 4,
        noShows: 2,
        noShowRate: 2 / 6,
      },
      // One missed interview of one is too few to say a rate.
      {
        jobId: theirs.id,
        jobTitle: 'Sales Executive',
        stage: 'hr',
        held: 0,
        noShows: 1,
        noShowRate: null,
      },
    ]);
  });

  it('shows a hiring manager their own jobs only, and narrows by job', async () => {
    const own = await attendance(t.users.hiringManager);
    expect(own.map((line) => [line.jobTitle, line.held, line.noShows])).toEqual([
      [null, 4, 2],
      ['Analis Data', 4, 2],
    ]);
    const one = await attendance(t.users.recruiter, `?jobId=${theirs.id}`);
    expect(one.map((line) => [line.jobTitle, line.noShows])).toEqual([
      [null, 1],
      ['Sales Executive', 1],
    ]);
  });

  it('counts nothing for a period before anyone applied', async () => {
    expect(await attendance(t.users.recruiter, '?from=2020-01-01&to=2020-12-31')).toEqual([]);
  });

  it('refuses a bad date by its field', async () => {
    expectInvalid(
      await t.call(t.users.recruiter, 'GET', '/api/reports/attendance?from=2026-13-01'),
      {
        from: 'invalid_date',
      },
    );
  });

  it('exports the same figures as CSV, in the reader’s language', async () => {
    const file = await download(
      t,
      t.users.recruiter,
      '/api/reports/attendance/export?format=csv&locale=en',
    );
    expect(file.status, file.text).toBe(200);
    const lines = csvLines(file.text);
    expect(lines).toContain('Job,Stage,Interviews held,Candidate did not come,No-show rate (%)');
    expect(lines).toContain('All jobs (in the filter),HR interview,4,3,42.9');
    expect(lines).toContain('Analis Data,HR interview,4,2,33.3');
    expect(lines).toContain('Sales Executive,HR interview,0,1,too few');
  });
});

/**
 * The same interviews seen from the job's export and the Sources report (retrial24 L6): the export
 * says what became of each application's interview, and Sources counts as interviewed only those
 * whose interview was held, not everyone moved to the interview stage.
 */
describe('attendance in the job export and the Sources report', () => {
  it("gives each application's HR interview its outcome in the job export, in the reader's language", async () => {
    const outcomes = async (locale: 'id' | 'en') => {
      const file = await download(
        t,
        t.users.recruiter,
        `/api/jobs/${ours.id}/applications/export?format=csv&locale=${locale}`,
      );
      expect(file.status, file.text).toBe(200);
      const lines = csvLines(file.text);
      const header = lines.findIndex((line) =>
        line.startsWith(locale === 'en' ? 'Name,' : 'Nama,'),
      );
      const columns = lines[header]!.split(',');
      const hr = columns.indexOf(locale === 'en' ? 'HR interview' : 'Interview HR');
      const user = columns.indexOf(locale === 'en' ? 'User interview' : 'Interview user');
      expect(hr).toBeGreaterThan(0);
      const rows = lines.slice(header + 1).filter(Boolean);
      const count = (cell: number) =>
        rows.reduce<Record<string, number>>((counts, line) => {
          const value = line.split(',')[cell]!;
          counts[value] = (counts[value] ?? 0) + 1;
          return counts;
        }, {});
      return { hr: count(hr), user: count(user) };
    };
    expect(await outcomes('en')).toEqual({
      hr: { Held: 4, 'Candidate did not come': 2, Cancelled: 1, Booked: 1 },
      user: { '': 8 },
    });
    expect((await outcomes('id')).hr).toEqual({
      Terlaksana: 4,
      'Kandidat tidak hadir': 2,
      Dibatalkan: 1,
      Terjadwal: 1,
    });
  });

  it('counts as interviewed in Sources only those whose interview was held', async () => {
    const reply = await t.call(t.users.recruiter, 'GET', `/api/reports/sources?jobId=${ours.id}`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const total = (reply.body.sources as { applications: number; interviewed: number }[]).reduce(
      (sum, row) => ({
        applications: sum.applications + row.applications,
        interviewed: sum.interviewed + row.interviewed,
      }),
      { applications: 0, interviewed: 0 },
    );
    // Eight at the HR interview: four held, two did not come, one cancelled, one still ahead.
    expect(total).toEqual({ applications: 8, interviewed: 4 });
  });
});
