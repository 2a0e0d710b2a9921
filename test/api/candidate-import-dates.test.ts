import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { jakartaDate } from '../../src/domain/today';
import { uploadCsv } from '../support/candidate-imports';
import { buildJob, unique } from '../support/factories';
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
    expect(checked.body.validRows).toBe(3);
    expect(
      checked.body.problems.map((p: { row: number; column: number; code: string }) => [
        p.row,
        p.column,
        p.code,
      ]),
    ).toEqual([
      [5, 3, 'invalid_date'],
      [6, 3, 'date_in_future'],
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
    expect(await applicationDates(tag)).toEqual([
      {
        email: `a.${tag}@example.com`,
        created: '2026-11-05',
        entered: '2026-11-05',
        firstEvent: '2026-11-05',
      },
      {
        email: `b.${tag}@example.com`,
        created: '2026-10-01',
        entered: '2026-10-01',
        firstEvent: '2026-10-01',
      },
      { email: `c.${tag}@example.com`, created: today, entered: today, firstEvent: today },
    ]);
  });
});
