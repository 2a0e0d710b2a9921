import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { jakartaDate } from '../../src/domain/today';
import { checkImport, confirmImport, uploadCsv } from '../support/candidate-imports';
import { addCandidate, buildJob, moveTo, unique } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Each application of these e-mails: when it was made and entered its stage, as Jakarta dates. */
async function applicationDates(tag: string) {
  return t.db.query<{ email: string; created: string; entered: string; firstEvent: string }>(
    `SELECT c.email,
       to_char(a.created_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS created,
       to_char(a.stage_entered_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS entered,
       (SELECT to_char(min(e.created_at) AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD')
        FROM application_events e WHERE e.application_id = a.id) AS "firstEvent"
     FROM applications a JOIN candidates c ON c.id = a.candidate_id
     WHERE c.email LIKE $1 ORDER BY c.email`,
    [`%.${tag}@example.com`],
  );
}

describe('the day a candidate applied, from the spreadsheet', () => {
  test('an "Applied on" column dates the application; a bad date names its column', async () => {
    const job = await buildJob(t, { title: `Staf Gudang ${unique()}` });
    const tag = unique();
    const today = jakartaDate(new Date());
    const id = await uploadCsv(t, [
      'Nama;Email;Posisi;Tanggal Lamar;Pendidikan',
      `Ani;a.${tag}@example.com;${job.title};05/11/2026;S1`,
      `Bayu;b.${tag}@example.com;${job.title};2026-10-01;SMA`,
      `Citra;c.${tag}@example.com;${job.title};;D3`,
      `Dodi;d.${tag}@example.com;${job.title};31/02/2026;S1`,
      `Eka;e.${tag}@example.com;${job.title};01/01/2099;S1`,
    ]);
    const read = await t.call(t.users.recruiter, 'GET', `/api/candidate-imports/${id}`);
    expect(read.body.suggestedMapping).toEqual({ fullName: 0, email: 1, job: 2, appliedOn: 3 });

    const checked = await t.call(t.users.recruiter, 'POST', `/api/candidate-imports/${id}/check`, {
      mapping: read.body.suggestedMapping,
    });
    // A bad or future date is an optional cell: the line is imported as applying on the import day.
    expect(checked.body.validRows).toBe(5);
    expect(
      checked.body.problems.map(
        (p: { row: number; column: number; code: string; warning?: boolean }) => [
          p.row,
          p.column,
          p.code,
          p.warning,
        ],
      ),
    ).toEqual([
      [5, 3, 'invalid_date_left_empty', true],
      [6, 3, 'date_in_future_left_empty', true],
    ]);

    const imported = await t.call(
      t.users.recruiter,
      'POST',
      `/api/candidate-imports/${id}/import`,
      {
        tellCandidates: false,
      },
    );
    expect(imported.status).toBe(200);
    // The day they applied is the application's date; the team's clocks start at the import.
    const importDay = { entered: today, firstEvent: today };
    expect(await applicationDates(tag)).toEqual([
      { email: `a.${tag}@example.com`, created: '2026-11-05', ...importDay },
      { email: `b.${tag}@example.com`, created: '2026-10-01', ...importDay },
      { email: `c.${tag}@example.com`, created: today, ...importDay },
      { email: `d.${tag}@example.com`, created: today, ...importDay },
      { email: `e.${tag}@example.com`, created: today, ...importDay },
    ]);
  });

  test('the spellings HR types are read; a line with a bad optional cell is imported without it', async () => {
    const job = await buildJob(t, { title: `Admin Gudang ${unique()}` });
    const tag = unique();
    const id = await uploadCsv(t, [
      'Nama;Email;No HP;Posisi;Tanggal Lamar',
      `Hendra;h.${tag}@example.com;0821 9988 7766;${job.title};2026/11/06`,
      `Dimas;i.${tag}@example.com;081234567815;${job.title};7 Nov 2026`,
      `Nop;j.${tag}@example.com;081234567816;${job.title};7 Nop 2026`,
      `Iqbal;k.${tag}@example.com;0812345;${job.title};6-11-2026`,
      `Ratna;ratna.${tag}@gmail;081234567824;${job.title};06/11/2026`,
    ]);
    const read = await t.call(t.users.recruiter, 'GET', `/api/candidate-imports/${id}`);
    const checked = await t.call(t.users.recruiter, 'POST', `/api/candidate-imports/${id}/check`, {
      mapping: read.body.suggestedMapping,
    });
    expect(checked.body.validRows).toBe(4);
    expect(
      checked.body.problems.map((p: { row: number; code: string; warning?: boolean }) => [
        p.row,
        p.code,
        p.warning ?? false,
      ]),
    ).toEqual([
      [5, 'phone_left_empty', true],
      // A required cell: an e-mail Seleksi cannot write to keeps the line out.
      [6, 'invalid_email', false],
    ]);
    expect((await confirmImport(t, id)).status).toBe(200);
    const rows = await t.db.query<{ email: string; phone: string | null; created: string }>(
      `SELECT c.email, c.phone,
         to_char(a.created_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD') AS created
       FROM candidates c JOIN applications a ON a.candidate_id = c.id
       WHERE c.email LIKE $1 ORDER BY c.email`,
      [`%.${tag}@%`],
    );
    expect(rows).toEqual([
      { email: `h.${tag}@example.com`, phone: '+6282199887766', created: '2026-11-06' },
      { email: `i.${tag}@example.com`, phone: '+6281234567815', created: '2026-11-07' },
      { email: `j.${tag}@example.com`, phone: '+6281234567816', created: '2026-11-07' },
      { email: `k.${tag}@example.com`, phone: null, created: '2026-11-06' },
    ]);
  });

  test('imported applications are not overdue on day one; the speed report measures from the import', async () => {
    const job = await buildJob(t, { title: `Koordinator Armada ${unique()}` });
    const tag = unique();
    const names = ['Ani', 'Bayu', 'Citra', 'Dodi', 'Eka'];
    const id = await uploadCsv(t, [
      'Nama;Email;Posisi;Tanggal Lamar',
      ...names.map(
        (name, i) =>
          `${name};${name.toLowerCase()}.${tag}@example.com;${job.title};1${i + 1}/10/2026`,
      ),
    ]);
    const read = await t.call(t.users.recruiter, 'GET', `/api/candidate-imports/${id}`);
    await t.call(t.users.recruiter, 'POST', `/api/candidate-imports/${id}/check`, {
      mapping: read.body.suggestedMapping,
    });
    expect((await confirmImport(t, id)).status).toBe(200);

    const board = await t.call(t.users.recruiter, 'GET', `/api/jobs/${job.id}/board`);
    const cards = board.body.columns.find((c: { stage: string }) => c.stage === 'applied').cards;
    expect(cards).toHaveLength(5);
    for (const card of cards) {
      expect(card.workingDaysInStage, card.candidateName).toBe(0);
      expect(card.needsAction, card.candidateName).toEqual([]);
      // The day they applied stays what the file says.
      expect(card.appliedAt.slice(0, 7)).toBe('2026-10');
    }
    for (const card of cards) {
      expect((await moveTo(t, card.applicationId, 'cv_screening')).status).toBe(200);
    }
    const speed = await t.call(
      t.users.recruiter,
      'GET',
      `/api/reports/speed?jobId=${job.id}&from=2026-10-01&to=${jakartaDate(new Date())}`,
    );
    expect(speed.status, JSON.stringify(speed.body)).toBe(200);
    const applied = speed.body.stages.find((s: { stage: string }) => s.stage === 'applied');
    // Moved minutes after the import: the time in Applied is the team's, not the spreadsheet's.
    expect(applied.count).toBe(5);
    expect(applied.medianDays).toBeLessThan(0.1);
  });
});

describe('the speed report on imported applications', () => {
  test('times to first contact and to hire count from the import, not the spreadsheet day (which the funnel keeps)', async () => {
    const job = await buildJob(t, { title: `Kurir ${unique()}` });
    const tag = unique();
    const names = ['Ani', 'Bayu', 'Citra', 'Dodi', 'Eka'];
    const id = await uploadCsv(t, [
      'Nama;Email;Posisi;Tanggal Lamar',
      ...names.map(
        (name) => `${name};${name.toLowerCase()}.${tag}@example.com;${job.title};01/10/2026`,
      ),
    ]);
    await checkImport(t, id, { fullName: 0, email: 1, job: 2, appliedOn: 3 });
    expect((await confirmImport(t, id)).status).toBe(200);
    const applications = await t.db.query<{ id: string; imported: Date }>(
      `SELECT a.id, e.created_at AS imported FROM applications a
       JOIN application_events e ON e.application_id = a.id AND e.from_stage IS NULL
       WHERE a.job_id = $1`,
      [job.id],
    );
    expect(applications).toHaveLength(5);
    // Each is booked for an HR interview 2 days after the import and hired 5 days after it.
    const after = (at: Date, days: number) => new Date(at.getTime() + days * 86_400_000);
    for (const { id: applicationId, imported } of applications) {
      await t.db.query(
        `INSERT INTO interviews (application_id, stage, starts_at, duration_minutes, time_zone, mode,
           interviewer_ids, locale, status, created_at)
         VALUES ($1, 'hr', $2, 45, 'Asia/Jakarta', 'online', ARRAY[$3::uuid], 'id', 'completed', $2)`,
        [applicationId, after(imported, 2), t.users.recruiter.id],
      );
      await t.db.query(
        `INSERT INTO application_events (application_id, from_stage, to_stage, created_at)
         VALUES ($1, 'applied', 'hired', $2)`,
        [applicationId, after(imported, 5)],
      );
    }
    const speed = await t.call(
      t.users.recruiter,
      'GET',
      `/api/reports/speed?jobId=${job.id}&from=2026-10-01&to=${jakartaDate(new Date())}`,
    );
    expect(speed.status, JSON.stringify(speed.body)).toBe(200);
    expect(speed.body.toFirstContact.count).toBe(5);
    expect(speed.body.toFirstContact.medianDays).toBeCloseTo(2, 1);
    expect(speed.body.toHire.count).toBe(5);
    expect(speed.body.toHire.medianDays).toBeCloseTo(5, 1);
    // The month they applied is still the file's.
    expect(speed.body.trend.map((month: { month: string }) => month.month)).toEqual(['2026-10']);
  });
});

describe('the history of an imported application', () => {
  test('the server names the event an import wrote (a new person, one already stored); a backdated hand-added application is not called imported', async () => {
    const job = await buildJob(t, { title: `Staf Gudang ${unique()}` });
    const other = await buildJob(t, { title: `Kasir ${unique()}` });
    const tag = unique();
    const stored = await addCandidate(t, {
      fullName: 'Rudi Stored',
      email: `rudi.${tag}@example.com`,
      jobIds: [other.id],
    });
    // A hand-added application dated before its first event: still not an import.
    await t.db.query(
      `UPDATE applications SET created_at = created_at - interval '9 days' WHERE id = $1`,
      [stored.applications[0]!.id],
    );
    const id = await uploadCsv(t, [
      'Nama;Email;Posisi;Tanggal Lamar',
      `Sinta;s.${tag}@example.com;${job.title};03/11/2026`,
      `Rudi;rudi.${tag}@example.com;${job.title};`,
    ]);
    await checkImport(t, id, { fullName: 0, email: 1, job: 2, appliedOn: 3 });
    expect((await confirmImport(t, id, { tellCandidates: false })).status).toBe(200);
    const historyOf = async (email: string) => {
      const [candidate] = await t.db.query<{ id: string }>(
        `SELECT id FROM candidates WHERE email = $1`,
        [email],
      );
      const page = await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidate!.id}`);
      return (
        page.body.applications as {
          jobId: string;
          appliedAt: string;
          history: { imported: boolean; actorName: string | null; at: string }[];
        }[]
      ).map((application) => ({
        job: application.jobId,
        applied: jakartaDate(new Date(application.appliedAt)),
        events: application.history.map((event) => [event.imported, event.actorName]),
      }));
    };
    const recruiter = 'Rina Recruiter';
    expect(await historyOf(`s.${tag}@example.com`)).toEqual([
      { job: job.id, applied: '2026-11-03', events: [[true, recruiter]] },
    ]);
    const rudi = await historyOf(`rudi.${tag}@example.com`);
    expect(rudi.find((a) => a.job === job.id)?.events).toEqual([[true, recruiter]]);
    expect(rudi.find((a) => a.job === other.id)?.events).toEqual([[false, recruiter]]);
  });
});
