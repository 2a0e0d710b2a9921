import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkImport, confirmImport, uploadCsv } from '../support/candidate-imports';
import { addCandidate, buildJob, unique } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Two open jobs whose titles the file's lines name (unique to the test). */
async function twoOpenJobs() {
  const warehouse = await buildJob(t, { title: `Staf Gudang ${unique()}` });
  const cashier = await buildJob(t, { title: `Kasir ${unique()}` });
  return { warehouse, cashier };
}

type Problem = { row: number; code: string; existingCandidate?: object; otherRow?: number };

/** The preview's problems as [row, code, and what the code names: the stored candidate or row]. */
const problems = (checked: { problems: Problem[] }, named: 'existingCandidate' | 'otherRow') =>
  checked.problems.map((problem) => [problem.row, problem.code, problem[named]]);

describe('a stored candidate on a line of the spreadsheet', () => {
  test('applying to a new job gets that application; a job they applied to skips the line; the result lists lines left out', async () => {
    const { warehouse: newJob, cashier: oldJob } = await twoOpenJobs();
    const tag = unique();
    const stored = await addCandidate(t, {
      fullName: 'Rina Stored',
      email: `rina.${tag}@example.com`,
      phone: '0812 7000 1111',
      jobIds: [oldJob.id],
      tellCandidate: true,
    });
    const id = await uploadCsv(t, [
      'Nama;Email;No HP;Posisi',
      `Rina S;rina.${tag}@example.com;;${newJob.title}`,
      `Rina;rina2.${tag}@example.com;0812-7000-1111;${oldJob.title}`,
      `Nina;nina.${tag}@example.com;;${newJob.title}`,
      `Budi;budi.${tag}@example;;${newJob.title}`,
    ]);
    const checked = await checkImport(t, id, { fullName: 0, email: 1, phone: 2, job: 3 });
    expect(checked).toMatchObject({ validRows: 2, duplicateRows: 1 });
    expect(problems(checked, 'existingCandidate')).toEqual([
      [2, 'applies_as_existing', { id: stored.id, fullName: 'Rina Stored' }],
      [3, 'already_applied', { id: stored.id, fullName: 'Rina Stored' }],
      [5, 'invalid_email', undefined],
    ]);

    const imported = await t.call(
      t.users.recruiter,
      'POST',
      `/api/candidate-imports/${id}/import`,
      {
        tellCandidates: true,
      },
    );
    expect(imported.status).toBe(200);
    const rina = await t.call(t.users.recruiter, 'GET', `/api/candidates/${stored.id}`);
    expect(rina.body.fullName).toBe('Rina Stored');
    expect(rina.body.applications.map((a: { jobId: string }) => a.jobId).sort()).toEqual(
      [oldJob.id, newJob.id].sort(),
    );
    const [people] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM candidates WHERE email LIKE $1`,
      [`%.${tag}@example.com`],
    );
    expect(people!.n).toBe(2);
    const result = await t.call(t.users.recruiter, 'GET', `/api/candidate-imports/${id}`);
    expect(result.body.importedCandidates.map((c: { fullName: string }) => c.fullName)).toEqual([
      'Rina Stored',
      'Nina',
    ]);
    // Two lines written, one new person: the result does not call Rina a new candidate.
    expect(result.body).toMatchObject({ importedRows: 2, newCandidates: 1 });
    // The result page lists the lines left out, not only who went in (row and reason only).
    expect(result.body.skippedRows).toEqual([
      { row: 3, column: 2, field: 'phone', code: 'already_applied', atPreview: true },
      { row: 5, column: 1, field: 'email', code: 'invalid_email', atPreview: true },
    ]);
    // Nina is new to Seleksi and told; Rina was told when first added, not twice.
    const told = await t.db.query<{ email: string }>(
      `SELECT to_email AS email FROM email_messages
       WHERE template = 'imported_notice' AND to_email LIKE $1 ORDER BY to_email`,
      [`%.${tag}@example.com`],
    );
    expect(told.map((m) => m.email)).toEqual([
      `nina.${tag}@example.com`,
      `rina.${tag}@example.com`,
    ]);
  });

  test('the privacy notice with a new application: a person HR added without telling them gets it (under their stored name), one already told does not get it twice', async () => {
    const { warehouse } = await twoOpenJobs();
    const tag = unique();
    await addCandidate(t, { fullName: 'Tono Stored', email: `tono.${tag}@example.com` });
    await addCandidate(t, {
      fullName: 'Wati Stored',
      email: `wati.${tag}@example.com`,
      tellCandidate: true,
    });
    const id = await uploadCsv(t, [
      'Nama;Email;Posisi',
      `Tono;tono.${tag}@example.com;${warehouse.title}`,
      `Wati;wati.${tag}@example.com;${warehouse.title}`,
    ]);
    const checked = await checkImport(t, id, { fullName: 0, email: 1, job: 2 });
    expect(checked.problems.map((p: Problem) => p.code)).toEqual([
      'applies_as_existing',
      'applies_as_existing',
    ]);
    expect((await confirmImport(t, id, { tellCandidates: true })).status).toBe(200);
    const told = await t.db.query<{ name: string; email: string }>(
      `SELECT to_name AS name, to_email AS email FROM email_messages
       WHERE template = 'imported_notice' AND to_email LIKE $1 ORDER BY to_email`,
      [`%.${tag}@example.com`],
    );
    expect(told).toEqual([
      { name: 'Tono Stored', email: `tono.${tag}@example.com` },
      // Told when HR added her: once.
      { name: 'Wati Stored', email: `wati.${tag}@example.com` },
    ]);
  });
});

describe('one person on two lines of the spreadsheet', () => {
  test('for two jobs: one candidate with both applications, the preview says so; the same job again is a duplicate', async () => {
    const { warehouse, cashier } = await twoOpenJobs();
    const tag = unique();
    const id = await uploadCsv(t, [
      'Nama;Email;No HP;Posisi',
      `Sari Wulandari;sari.${tag}@example.com;0812 7100 2222;${warehouse.title}`,
      `Sari W.;SARI.${tag}@example.com;;${cashier.title}`,
      `Sari;sari2.${tag}@example.com;0812-7100-2222;${warehouse.title}`,
    ]);
    const checked = await checkImport(t, id, { fullName: 0, email: 1, phone: 2, job: 3 });
    expect(checked).toMatchObject({ validRows: 2, duplicateRows: 1 });
    expect(problems(checked, 'otherRow')).toEqual([
      [3, 'applies_in_file', 2],
      [4, 'duplicate_in_file', 2],
    ]);
    expect((await confirmImport(t, id, { tellCandidates: true })).status).toBe(200);
    const people = await t.db.query<{ id: string; fullName: string }>(
      `SELECT id, full_name AS "fullName" FROM candidates WHERE email LIKE $1`,
      [`%.${tag}@example.com`],
    );
    expect(people.map((p) => p.fullName)).toEqual(['Sari Wulandari']);
    const sari = await t.call(t.users.recruiter, 'GET', `/api/candidates/${people[0]!.id}`);
    expect(sari.body.applications.map((a: { jobId: string }) => a.jobId).sort()).toEqual(
      [warehouse.id, cashier.id].sort(),
    );
    const result = await t.call(t.users.recruiter, 'GET', `/api/candidate-imports/${id}`);
    expect(result.body).toMatchObject({ importedRows: 2, newCandidates: 1 });
    expect(result.body.importedCandidates.map((c: { fullName: string }) => c.fullName)).toEqual([
      'Sari Wulandari',
    ]);
    // Told of the import once.
    const [told] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM email_messages WHERE to_email LIKE $1`,
      [`%.${tag}@example.com`],
    );
    expect(told!.n).toBe(1);
  });

  test('a first line left out while importing (its job closed) leaves out the person’s second application, naming that line', async () => {
    const { warehouse: closing, cashier: other } = await twoOpenJobs();
    const tag = unique();
    const id = await uploadCsv(t, [
      'Nama;Email;Posisi',
      `Sari;sari.${tag}@example.com;${closing.title}`,
      `Sari;sari.${tag}@example.com;${other.title}`,
    ]);
    expect((await checkImport(t, id, { fullName: 0, email: 1, job: 2 })).validRows).toBe(2);
    expect(
      (await t.call(t.users.recruiter, 'POST', `/api/jobs/${closing.id}/close`, {})).status,
    ).toBe(200);
    expect((await confirmImport(t, id)).status).toBe(200);
    const result = await t.call(t.users.recruiter, 'GET', `/api/candidate-imports/${id}`);
    expect(result.body).toMatchObject({ status: 'completed', importedRows: 0 });
    expect(result.body.skippedRows).toEqual([
      { row: 2, column: 2, field: 'job', code: 'job_closed_since_preview' },
      { row: 3, column: null, field: null, code: 'first_row_left_out', otherRow: 2 },
    ]);
  });
});
