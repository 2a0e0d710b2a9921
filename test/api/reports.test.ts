import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymiseCandidateRecords } from '../../src/db/queries/retention';
import { funnelStages } from '../../src/domain/reports/funnel';
import { median, p90 } from '../../src/domain/reports/statistics';
import { expectError, expectInvalid } from '../support/expectations';
import { buildJob, buildOtherTeamsJob, candidateInput } from '../support/factories';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';
import { csvLines, download } from '../support/downloads';

/**
 * Each application's history as the test writes it: [stage, days after applying], ending where it
 * ends now. The expected figures below are counted from these lists, not from the server.
 */
interface History {
  job: 'ours' | 'theirs';
  source: string;
  count: number;
  path: [string, number][];
  reason?: string;
  /** Days after applying that an HR interview was booked (the first contact). */
  bookedAfter?: number;
}

const histories: History[] = [
  {
    job: 'ours',
    source: 'referral',
    count: 6,
    path: [
      ['cv_screening', 1],
      ['hr_interview', 3],
      ['user_interview', 10],
      ['offer', 20],
      ['hired', 25],
    ],
    bookedAfter: 2,
  },
  {
    job: 'ours',
    source: 'jobstreet',
    count: 4,
    path: [
      ['cv_screening', 2],
      ['rejected', 4],
    ],
    reason: 'cv_not_matching',
  },
  {
    job: 'ours',
    source: 'jobstreet',
    count: 3,
    path: [
      ['cv_screening', 1],
      ['hr_interview', 5],
      ['withdrawn', 8],
    ],
  },
  { job: 'ours', source: 'linkedin', count: 2, path: [] },
  {
    job: 'theirs',
    source: 'careers_page',
    count: 5,
    path: [
      ['cv_screening', 1],
      ['hr_interview', 2],
      ['rejected', 6],
    ],
    reason: 'failed_hr_interview',
  },
];

const dayMs = 86_400_000;
const appliedAt = new Date(Date.now() - 60 * dayMs);
const isoDay = (at: Date) => new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/** Expected figures, from the histories alone. */
function expectedFunnel(selected: History[]) {
  const rank = (stage: string) => funnelStages.indexOf(stage as never);
  return funnelStages.map((stage) => {
    let entered = 0;
    let advanced = 0;
    for (const history of selected) {
      const reached = ['applied', ...history.path.map(([s]) => s)];
      if (!reached.includes(stage)) continue;
      entered += history.count;
      if (Math.max(...reached.map(rank)) > rank(stage)) advanced += history.count;
    }
    return { stage, entered, advanced };
  });
}

describe('Reports: funnel, speed and sources', () => {
  let t: TestApp;
  let ourJob: { id: string };
  let theirJob: { id: string };
  let anonymisedId = '';

  const get = (user: TestUser | null, url: string) => t.call(user, 'GET', url);

  beforeAll(async () => {
    t = await createTestApp();
    ourJob = await buildJob(t, { title: 'Backend Developer', department: 'Engineering' });
    // A department a spreadsheet would read as a formula: exports must keep it text.
    theirJob = await buildOtherTeamsJob(t, { title: 'Finance Staff', department: '=cmd|calc' });
    let n = 0;
    for (const history of histories) {
      for (let i = 0; i < history.count; i++) {
        const jobId = history.job === 'ours' ? ourJob.id : theirJob.id;
        const created = await t.call(
          t.users.recruiter,
          'POST',
          '/api/candidates',
          candidateInput({ source: history.source as never, jobIds: [jobId] }),
        );
        expect(created.status, JSON.stringify(created.body)).toBe(201);
        const applicationId = created.body.applications[0].id as string;
        const at = new Date(appliedAt.getTime() + (n += 1) * 1000);
        await writeHistory(applicationId, at, history);
        if (history.source === 'referral' && !anonymisedId) anonymisedId = created.body.id;
      }
    }
    // The retention rules promise anonymous counts stay.
    await anonymiseCandidateRecords(t.db, anonymisedId, 'Kandidat anonim');
  });
  afterAll(() => t.close());

  async function writeHistory(applicationId: string, at: Date, history: History) {
    const when = (days: number) => new Date(at.getTime() + days * dayMs);
    await t.db.query(
      `UPDATE applications SET created_at = $2, stage_entered_at = $2 WHERE id = $1`,
      [applicationId, at],
    );
    await t.db.query(`UPDATE application_events SET created_at = $2 WHERE application_id = $1`, [
      applicationId,
      at,
    ]);
    let from = 'applied';
    for (const [stage, days] of history.path) {
      const ending = stage === 'rejected';
      await t.db.query(
        `INSERT INTO application_events (application_id, from_stage, to_stage, rejection_reason, created_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [applicationId, from, stage, ending ? history.reason : null, when(days)],
      );
      await t.db.query(`UPDATE applications SET stage = $2, stage_entered_at = $3 WHERE id = $1`, [
        applicationId,
        stage,
        when(days),
      ]);
      from = stage;
    }
    if (history.bookedAfter !== undefined) {
      await t.db.query(
        `INSERT INTO interviews (application_id, stage, starts_at, duration_minutes, time_zone, mode,
           interviewer_ids, locale, status, created_at)
         VALUES ($1, 'hr', $2, 45, 'Asia/Jakarta', 'online', ARRAY[$3::uuid], 'id', 'completed', $2)`,
        [applicationId, when(history.bookedAfter), t.users.recruiter.id],
      );
    }
  }

  it('refuses without a session, and refuses interviewers every pipeline report', async () => {
    for (const report of ['funnel', 'speed', 'sources']) {
      expect((await get(null, `/api/reports/${report}`)).status).toBe(401);
      expectError(await get(t.users.interviewer, `/api/reports/${report}`), 403, 'forbidden');
    }
    const exported = await get(t.users.interviewer, '/api/reports/funnel/export?format=csv');
    expectError(exported, 403, 'forbidden');
  });

  it('counts every job for HR: entered, went on and pass-through per stage, anonymised included', async () => {
    const reply = await get(t.users.recruiter, '/api/reports/funnel');
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const [overall] = reply.body.groups;
    expect(overall.key).toBe('all');
    expect(overall.applications).toBe(20);
    const expected = expectedFunnel(histories);
    expect(
      overall.steps.map((s: { stage: string; entered: number; advanced: number }) => ({
        stage: s.stage,
        entered: s.entered,
        advanced: s.advanced,
      })),
    ).toEqual(expected);
    const step = (stage: string) => overall.steps.find((s: { stage: string }) => s.stage === stage);
    expect(step('applied').passThrough).toBeCloseTo(18 / 20, 10);
    expect(step('cv_screening').passThrough).toBeCloseTo(14 / 18, 10);
    expect(step('hr_interview').passThrough).toBeCloseTo(6 / 14, 10);
    // Nobody entered tests: no rate over nobody.
    expect(step('tests')).toEqual({ stage: 'tests', entered: 0, advanced: 0, passThrough: null });
  });

  it('shows where candidates dropped, by stage and reason', async () => {
    const [overall] = (await get(t.users.admin, '/api/reports/funnel')).body.groups;
    expect(overall.drops).toEqual([
      { stage: 'hr_interview', outcome: 'rejected', reason: 'failed_hr_interview', count: 5 },
      { stage: 'cv_screening', outcome: 'rejected', reason: 'cv_not_matching', count: 4 },
      { stage: 'hr_interview', outcome: 'withdrawn', reason: null, count: 3 },
    ]);
  });

  it('shows a hiring manager only the jobs they hire for', async () => {
    const mine = (await get(t.users.hiringManager, '/api/reports/funnel')).body.groups[0];
    expect(mine.applications).toBe(15);
    expect(mine.steps.map((s: { entered: number }) => s.entered)).toEqual(
      expectedFunnel(histories.filter((h) => h.job === 'ours')).map((s) => s.entered),
    );
    const other = (await get(t.users.otherManager, '/api/reports/sources')).body.sources;
    expect(other).toEqual([expect.objectContaining({ source: 'careers_page', applications: 5 })]);
    // Another manager's job answers as if it did not exist.
    expectError(
      await get(t.users.hiringManager, `/api/reports/funnel?jobId=${theirJob.id}`),
      404,
      'not_found',
    );
    expectError(
      await get(
        t.users.hiringManager,
        `/api/reports/funnel/export?format=xlsx&jobId=${theirJob.id}`,
      ),
      404,
      'not_found',
    );
  });

  it('narrows by job, department, source, recruiter and dates, and breaks down by group', async () => {
    const applications = async (query: string) =>
      (await get(t.users.recruiter, `/api/reports/funnel?${query}`)).body.groups[0].applications;
    expect(await applications(`jobId=${theirJob.id}`)).toBe(5);
    expect(await applications('department=Engineering')).toBe(15);
    expect(await applications('source=jobstreet')).toBe(7);
    expect(await applications(`recruiterId=${t.users.recruiter.id}`)).toBe(20);
    expect(await applications(`recruiterId=${t.users.interviewer.id}`)).toBe(0);
    const day = isoDay(appliedAt);
    expect(await applications(`from=${day}&to=${day}`)).toBe(20);
    const before = isoDay(new Date(appliedAt.getTime() - dayMs));
    expect(await applications(`to=${before}`)).toBe(0);

    const bySource = (await get(t.users.recruiter, '/api/reports/funnel?by=source')).body.groups;
    expect(
      bySource.map((g: { key: string; applications: number }) => [g.key, g.applications]),
    ).toEqual([
      ['all', 20],
      ['jobstreet', 7],
      ['referral', 6],
      ['careers_page', 5],
      ['linkedin', 2],
    ]);
    const byJob = (await get(t.users.recruiter, '/api/reports/funnel?by=job')).body.groups;
    expect(
      byJob.slice(1).map((g: { label: string; applications: number }) => [g.label, g.applications]),
    ).toEqual([
      ['Backend Developer', 15],
      ['Finance Staff', 5],
    ]);
  });

  it('names each bad filter', async () => {
    expectInvalid(await get(t.users.recruiter, '/api/reports/funnel?from=2026-02-30'), {
      from: 'invalid_date',
    });
    expectInvalid(
      await get(t.users.recruiter, '/api/reports/speed?from=2026-05-02&to=2026-05-01'),
      {
        to: 'before_from',
      },
    );
    expectInvalid(
      await get(t.users.recruiter, '/api/reports/sources?from=2015-01-01&to=2026-01-01'),
      {
        from: 'period_too_long',
      },
    );
    expectInvalid(await get(t.users.recruiter, '/api/reports/sources?source=tiktok&jobId=42'), {
      source: true,
      jobId: true,
    });
    expectInvalid(await get(t.users.recruiter, '/api/reports/funnel?by=city'), { by: true });
    expectInvalid(await get(t.users.recruiter, '/api/reports/funnel/export?format=pdf'), {
      format: true,
    });
    expect(
      (await get(t.users.recruiter, '/api/reports/hiring-luck/export?format=csv')).status,
    ).toBe(400);
  });

  it('measures time in each stage, to hire and to first contact from the histories', async () => {
    const reply = await get(t.users.recruiter, '/api/reports/speed');
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const speed = reply.body;
    // Completed stays per stage: from entering to the next move.
    const stays: Record<string, number[]> = {};
    for (const history of histories) {
      const points: [string, number][] = [['applied', 0], ...history.path];
      for (let i = 0; i + 1 < points.length; i++) {
        const [stage, start] = points[i]!;
        const days = points[i + 1]![1] - start;
        for (let c = 0; c < history.count; c++) (stays[stage] ??= []).push(days);
      }
    }
    for (const row of speed.stages) {
      const values = stays[row.stage] ?? [];
      expect(row.count, row.stage).toBe(values.length);
      if (values.length >= 5) {
        expect(row.medianDays, row.stage).toBeCloseTo(median(values)!, 1);
        expect(row.p90Days, row.stage).toBeCloseTo(p90(values)!, 1);
      } else {
        expect(row.medianDays, row.stage).toBeNull();
      }
    }
    expect(speed.stages.find((r: { stage: string }) => r.stage === 'applied').count).toBe(18);
    expect(speed.toHire).toEqual({ count: 6, medianDays: 25, p90Days: 25 });
    expect(speed.toFirstContact).toEqual({ count: 6, medianDays: 2, p90Days: 2 });
    expect(speed.trend).toEqual([
      expect.objectContaining({
        applications: 20,
        hires: 6,
        toHire: { count: 6, medianDays: 25, p90Days: 25 },
      }),
    ]);
  });

  it('counts who waits past the stage target now, in open jobs', async () => {
    const speed = (await get(t.users.recruiter, '/api/reports/speed')).body;
    const waiting = Object.fromEntries(
      speed.waiting.map((r: { stage: string; waiting: number; overTarget: number }) => [
        r.stage,
        [r.waiting, r.overTarget],
      ]),
    );
    // The two LinkedIn applicants have waited 60 days in "applied" (target: 2 working days); the
    // referrals are hired, the others ended: not waiting.
    expect(waiting.applied).toEqual([2, 2]);
    expect(waiting.cv_screening).toEqual([0, 0]);
    // A job-specific target counts instead of the default.
    await t.db.query(
      `INSERT INTO stage_targets (job_id, stage, working_days) VALUES ($1, 'applied', 60)`,
      [ourJob.id],
    );
    const after = (await get(t.users.recruiter, '/api/reports/speed')).body.waiting;
    expect(after.find((r: { stage: string }) => r.stage === 'applied')).toEqual({
      stage: 'applied',
      waiting: 2,
      overTarget: 0,
    });
    await t.db.query(`DELETE FROM stage_targets WHERE job_id = $1`, [ourJob.id]);
  });

  it('counts applications, interviews, offers and hires per source, with conversion', async () => {
    const { sources } = (await get(t.users.recruiter, '/api/reports/sources')).body;
    expect(sources).toEqual([
      {
        source: 'jobstreet',
        applications: 7,
        // Three were moved to the HR interview and withdrew before one was held: not interviewed.
        interviewed: 0,
        offered: 0,
        hired: 0,
        interviewRate: 0,
        offerRate: 0,
        hireRate: 0,
      },
      {
        source: 'referral',
        applications: 6,
        interviewed: 6,
        offered: 6,
        hired: 6,
        interviewRate: 1,
        offerRate: 1,
        hireRate: 1,
      },
      {
        source: 'careers_page',
        applications: 5,
        // No interview recorded, but rejected for how the HR interview went.
        interviewed: 5,
        offered: 0,
        hired: 0,
        interviewRate: 1,
        offerRate: 0,
        hireRate: 0,
      },
      // Two applications: too few for a rate.
      {
        source: 'linkedin',
        applications: 2,
        interviewed: 0,
        offered: 0,
        hired: 0,
        interviewRate: null,
        offerRate: null,
        hireRate: null,
      },
    ]);
  });

  it('exports a report as CSV in the reader’s language, formulas neutralised, and audits it', async () => {
    const file = await download(
      t,
      t.users.recruiter,
      '/api/reports/funnel/export?format=csv&locale=en&by=department',
    );
    expect(file.status, file.text).toBe(200);
    expect(file.type).toBe('text/csv; charset=utf-8');
    expect(file.disposition).toMatch(
      /^attachment; filename="seleksi-funnel-by-department-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = csvLines(file.text);
    expect(lines).toContain('All applications (in the filter),Applied,20,18,90');
    expect(lines).toContain('All applications (in the filter),CV screening,18,14,77.8');
    expect(lines).toContain(`'=cmd|calc,Applied,5,5,100`);
    expect(lines.some((line: string) => line.startsWith('=') || line.includes(',='))).toBe(false);

    const [entry] = await t.db.query<{
      actorId: string;
      entityType: string;
      detail: Record<string, unknown>;
    }>(
      `SELECT actor_id AS "actorId", entity_type AS "entityType", detail FROM audit_log
       WHERE action = 'report.exported' ORDER BY id DESC LIMIT 1`,
    );
    expect(entry).toMatchObject({
      actorId: t.users.recruiter.id,
      entityType: 'report',
      detail: { report: 'funnel', format: 'csv', jobId: null, source: null },
    });
  });

  it('says in the file and its name which period and filter the export covers', async () => {
    const exportOf = (user: TestUser, query: string) =>
      download(t, user, `/api/reports/funnel/export?${query}`);
    const all = await exportOf(t.users.recruiter, 'format=csv&locale=en');
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
    const allLines = csvLines(all.text);
    // The default period, stated as days and as the default it is.
    expect(allLines.slice(0, 13)).toEqual([
      'About this report',
      'Filter,Value',
      'Report,Funnel',
      `Applied from,${yearAgo}`,
      `To,${today}`,
      'Period,The last 12 months (the default; no dates chosen)',
      'Job,All',
      'Department,All',
      'Recruiter,All',
      'Source,All',
      'Too few,"There are cases, but fewer than 5: a figure from so small a sample says more about chance than about the process, so it is hidden. The number of cases is still shown."',
      'Dates,"Calendar days in Western Indonesian Time (WIB, Jakarta), both ends included."',
      `Downloaded on,${today}`,
    ]);

    const ours = await exportOf(
      t.users.recruiter,
      `format=csv&locale=en&jobId=${ourJob.id}&from=2026-01-01&to=2026-06-30&source=jobstreet&recruiterId=${t.users.recruiter.id}`,
    );
    expect(ours.status).toBe(200);
    expect(ours.disposition).toBe(
      `attachment; filename="seleksi-funnel-backend-developer-rina-recruiter-jobstreet-2026-01-01-2026-06-30.csv"`,
    );
    expect(ours.text).toContain(
      [
        'Applied from,2026-01-01',
        'To,2026-06-30',
        'Job,Backend Developer',
        'Department,All',
        'Recruiter,Rina Recruiter',
        'Source,JobStreet',
      ].join('\r\n'),
    );
    expect(ours.text).not.toContain(ourJob.id);

    // In Indonesian as XLSX, a first tab; a department that looks like a formula stays text.
    const theirs = await exportOf(t.users.admin, 'format=xlsx&department=%3Dcmd%7Ccalc');
    expect(theirs.disposition).toMatch(
      /filename="seleksi-funnel-cmd-calc-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(theirs.bytes as unknown as ArrayBuffer);
    const about = workbook.worksheets[0]!;
    expect(about.name).toBe('Tentang laporan');
    const rows = about.getSheetValues().slice(1) as unknown[][];
    const value = (label: string) => rows.find((row) => row[1] === label)?.[2];
    expect(value('Laporan')).toBe('Funnel');
    expect(value('Lowongan')).toBe('Semua');
    expect(value('Departemen')).toBe('=cmd|calc');
    expect(value('Melamar sejak')).toBeInstanceOf(Date);
    const department = about.getRow(rows.findIndex((row) => row[1] === 'Departemen') + 2);
    expect(department.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(workbook.worksheets[1]!.getRow(2).getCell(1).value).toBe(
      'Semua lamaran (sesuai saringan)',
    );

    // A job outside the reader's reach still answers 404, the file never made.
    expectError(
      await get(
        t.users.hiringManager,
        `/api/reports/funnel/export?format=csv&jobId=${theirJob.id}`,
      ),
      404,
      'not_found',
    );
  });

  it('exports XLSX with one tab per table, in Indonesian by default', async () => {
    const file = await download(t, t.users.admin, '/api/reports/speed/export?format=xlsx');
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Tentang laporan',
      'Kecepatan',
      'Menunggu sekarang',
      'Tren bulanan',
    ]);
    const speed = workbook.getWorksheet('Kecepatan')!;
    expect(speed.getRow(1).values).toEqual([
      undefined,
      'Ukuran',
      'Dihitung (tahap: kali singgah; lainnya: lamaran)',
      'Median (hari)',
      'Persentil 90 (hari)',
    ]);
    const hire = speed
      .getRows(2, speed.rowCount - 1)!
      .find((row) => row.getCell(1).value === 'Waktu sampai diterima')!;
    expect([hire.getCell(2).value, hire.getCell(3).value]).toEqual([6, 25]);
    expect(hire.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(hire.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    // The trend's month is a date cell shown as a month, its counts number cells.
    const trend = workbook.getWorksheet('Tren bulanan')!;
    expect(trend.rowCount).toBeGreaterThan(1);
    const month = trend.getRow(2);
    expect(month.getCell(1).type).toBe(ExcelJS.ValueType.Date);
    expect(month.getCell(1).numFmt).toBe('yyyy-mm');
    expect((month.getCell(1).value as Date).toISOString()).toMatch(/^\d{4}-\d{2}-01T00:00:00/);
    expect(month.getCell(2).type).toBe(ExcelJS.ValueType.Number);
  });
});
