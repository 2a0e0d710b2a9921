import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { enqueueTask, taskQueues } from '../../src/services/background/task-queue';
import { runImport } from '../../src/services/candidate-imports/commit-import';
import { runImportStep } from '../../src/services/candidate-imports/import-work';
import { applicantFields, applyFromCareers, makePdf } from '../support/cv-files';
import { csv, uploadImport, confirmImport } from '../support/candidate-imports';
import { buildJob, candidateInput, moveTo, unique } from '../support/factories';
import { createTestApp, testMail, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { download } from '../support/downloads';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ background: true });
});
afterAll(() => t.close());

/** Polls the import (as the UI does) until it reaches the status; returns it then. */
async function statusReached(id: string, status: string) {
  let body: { status: string; [key: string]: unknown } | undefined;
  await waitFor(
    async () => {
      body = (await t.call(t.users.recruiter, 'GET', `/api/candidate-imports/${id}`)).body;
      return body?.status === status;
    },
    60_000,
    `import ${status}`,
  );
  return body!;
}

/**
 * An import of one row per name (e-mail `<name>.<tag>@example.com`, each with the job, if given),
 * checked and confirmed, about to be written: its rows are written by calling runImport (a test
 * chooses the chunks and acts between them).
 */
async function importingFile(
  names: readonly string[],
  jobTitle = '',
  otherJob: Record<number, string> = {},
) {
  const tag = unique();
  const uploaded = await uploadImport(
    t,
    t.users.recruiter,
    'a.csv',
    csv([
      'name,email,job',
      ...names.map(
        (name, i) =>
          `${name},${name.toLowerCase()}.${tag}@example.com,${otherJob[i + 2] ?? jobTitle}`,
      ),
    ]),
  );
  const id = uploaded.body.id as string;
  const mapping = jobTitle ? { fullName: 0, email: 1, job: 2 } : { fullName: 0, email: 1 };
  const checked = await t.call(t.users.recruiter, 'POST', `/api/candidate-imports/${id}/check`, {
    mapping,
  });
  expect(checked.body).toMatchObject({ status: 'checked', validRows: names.length });
  await t.db.query(`UPDATE candidate_imports SET status = 'importing' WHERE id = $1`, [id]);
  return { id, tag };
}

async function countCandidates(emailLike: string): Promise<number> {
  const [row] = await t.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM candidates WHERE email LIKE $1',
    [emailLike],
  );
  return row!.n;
}

describe('importing candidates from a spreadsheet', () => {
  test('the mapping is suggested, each problem is named by row and column, valid rows all import', async () => {
    const job = await buildJob(t, { title: `Content Writer ${unique()}` });
    const tag = unique();
    const taken = await t.call(
      t.users.recruiter,
      'POST',
      '/api/candidates',
      candidateInput({ email: `taken.${tag}@example.com`, phone: '0812 9000 1111' }),
    );
    const uploaded = await uploadImport(
      t,
      t.users.recruiter,
      'kandidat.csv',
      csv([
        'Nama Lengkap;Email;No HP;Kota;Posisi;Tahap;Catatan',
        `Sari Wulandari;sari.${tag}@example.com;0812-3456-0001;Bandung;${job.title};Screening CV;=HYPERLINK("x")`,
        `Budi;budi.${tag}@example;0812-3456-0002;Jakarta;;;`,
        `Ayu;ayu.${tag}@example.com;+1 415 555 0100;Jakarta;;;`,
        `Dewi;dewi.${tag}@example.com;0812-3456-0004;Medan;Pilot Pesawat;;`,
        `Rina;taken.${tag}@example.com;;Bogor;;;`,
        `Sari W;SARI.${tag}@example.com;;;;;`,
        `Tono;tono.${tag}@example.com;0812 3456 0007;Depok;${job.title};Interview user;`,
      ]),
    );
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.columns).toEqual([
      'Nama Lengkap',
      'Email',
      'No HP',
      'Kota',
      'Posisi',
      'Tahap',
      'Catatan',
    ]);
    expect(uploaded.body.suggestedMapping).toEqual({
      fullName: 0,
      email: 1,
      phone: 2,
      city: 3,
      job: 4,
      stage: 5,
      notes: 6,
    });
    expect(uploaded.body.totalRows).toBe(7);
    expect(uploaded.body.sampleRows[0][0]).toBe('Sari Wulandari');

    const id = uploaded.body.id;
    const checked = await t.call(t.users.recruiter, 'POST', `/api/candidate-imports/${id}/check`, {
      mapping: uploaded.body.suggestedMapping,
    });
    expect(checked.status).toBe(200);
    expect(checked.body.status).toBe('checked');
    expect(checked.body.problems).toEqual([
      // The row's person beside its number, so HR finds the row.
      {
        row: 3,
        column: 1,
        field: 'email',
        code: 'invalid_email',
        person: 'Budi',
        rowImported: false,
      },
      {
        // An optional cell: Ayu is imported without a phone, and the preview warns.
        row: 4,
        column: 2,
        field: 'phone',
        code: 'phone_left_empty',
        warning: true,
        value: '+1 415 555 0100',
        person: 'Ayu',
        rowImported: true,
      },
      {
        row: 5,
        column: 4,
        field: 'job',
        code: 'unknown_job',
        // No title near "Pilot Pesawat": the open jobs are listed.
        openJobs: expect.arrayContaining([job.title]),
        person: 'Dewi',
        rowImported: false,
      },
      {
        row: 6,
        column: 1,
        field: 'email',
        code: 'duplicate_candidate',
        person: 'Rina',
        // The stored candidate is named (HR sees every candidate), and what they share.
        existingCandidate: { id: taken.body.id, fullName: taken.body.fullName },
        matchedBy: ['email'],
        rowImported: false,
      },
      {
        row: 7,
        column: 1,
        field: 'email',
        code: 'duplicate_in_file',
        otherRow: 2,
        person: 'Sari W',
        rowImported: false,
      },
    ]);
    expect(checked.body.validRows).toBe(3);
    // Nothing is written by the preview.
    expect(await countCandidates(`%.${tag}@example.com`)).toBe(1);

    const imported = await confirmImport(t, id);
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ status: 'completed', importedRows: 3 });
    expect(await countCandidates(`%.${tag}@example.com`)).toBe(4);
    // The result names who was imported, in the file's order, each with their page's id.
    const stored = await t.db.query<{ id: string; fullName: string }>(
      `SELECT id, full_name AS "fullName" FROM candidates WHERE email IN ($1, $2, $3)`,
      [`sari.${tag}@example.com`, `ayu.${tag}@example.com`, `tono.${tag}@example.com`],
    );
    const byName = (name: string) => stored.find((c) => c.fullName === name)!;
    expect(imported.body.importedCandidates).toEqual([
      byName('Sari Wulandari'),
      byName('Ayu'),
      byName('Tono'),
    ]);

    const [sari] = await t.db.query<{ id: string; phone: string; notes: string; source: string }>(
      'SELECT id, phone, notes, source FROM candidates WHERE email = $1',
      [`sari.${tag}@example.com`],
    );
    expect(sari!.phone).toBe('+6281234560001');
    // The file names no source: the candidate came from HR's spreadsheet, a source of its own in
    // the sources report.
    expect(sari!.source).toBe('spreadsheet_import');
    const sources = await t.call(t.users.recruiter, 'GET', `/api/reports/sources?jobId=${job.id}`);
    // Tono, placed straight at the user interview, reached an interview stage though none was
    // held yet: what the report's column says (not "interviewed").
    expect(sources.body.sources).toEqual([
      expect.objectContaining({ source: 'spreadsheet_import', applications: 2, interviewed: 1 }),
    ]);
    const detail = await t.call(t.users.recruiter, 'GET', `/api/candidates/${sari!.id}`);
    expect(detail.body.applications).toMatchObject([{ jobId: job.id, stage: 'cv_screening' }]);
    expect(detail.body.consents).toMatchObject([{ purpose: 'recruitment', channel: 'hr_import' }]);
    const audit = await t.db.query<{ detail: Record<string, unknown>; actor_id: string }>(
      `SELECT detail, actor_id FROM audit_log WHERE action = 'candidate.imported' AND candidate_id = $1`,
      [sari!.id],
    );
    expect(audit).toEqual([
      {
        actor_id: t.users.recruiter.id,
        detail: { importId: id, row: 2, jobId: job.id, stage: 'cv_screening' },
      },
    ]);
    // The file's rows are gone once imported.
    const [left] = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM candidate_import_rows WHERE import_id = $1',
      [id],
    );
    expect(left!.n).toBe(0);
    // Past the HR interview: HR's gate counts as passed.
    const [tono] = await t.db.query<{ hr_gate_cleared: boolean }>(
      `SELECT a.hr_gate_cleared FROM applications a JOIN candidates c ON c.id = a.candidate_id
       WHERE c.email = $1`,
      [`tono.${tag}@example.com`],
    );
    expect(tono!.hr_gate_cleared).toBe(true);
  });

  test('an XLSX file is read from its first sheet, numbers and all', async () => {
    const tag = unique();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Pelamar');
    sheet.addRow(['Name', 'E-mail', 'Phone', 'Source', 'Tags']);
    sheet.addRow(['Putri', `putri.${tag}@example.com`, 81234560011, 'JobStreet', 'golang, SQL']);
    workbook.addWorksheet('Notes').addRow(['not read']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const uploaded = await uploadImport(t, t.users.admin, 'pelamar.xlsx', bytes);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.suggestedMapping).toEqual({
      fullName: 0,
      email: 1,
      phone: 2,
      source: 3,
      tags: 4,
    });
    const id = uploaded.body.id;
    const checked = await t.call(t.users.admin, 'POST', `/api/candidate-imports/${id}/check`, {
      mapping: uploaded.body.suggestedMapping,
    });
    expect(checked.body).toMatchObject({
      status: 'checked',
      validRows: 1,
      problems: [],
      rowsToImport: [{ row: 2, fullName: 'Putri' }],
    });
    await confirmImport(t, id, { as: t.users.admin });
    const [putri] = await t.db.query<{ phone: string; source: string; tags: string[] }>(
      'SELECT phone, source, tags FROM candidates WHERE email = $1',
      [`putri.${tag}@example.com`],
    );
    expect(putri).toEqual({
      phone: '+6281234560011',
      source: 'jobstreet',
      tags: ['golang', 'sql'],
    });
    // The list's "Spreadsheet import" filter finds her although the file named JobStreet; a
    // candidate added by hand with the same words is not imported.
    await t.call(
      t.users.recruiter,
      'POST',
      '/api/candidates',
      candidateInput({ email: `putri.${tag}@example.org`, source: 'jobstreet' }),
    );
    const listed = async (source: string) => {
      const reply = await t.call(
        t.users.recruiter,
        'GET',
        `/api/candidates?q=${encodeURIComponent(`putri.${tag}@`)}&source=${source}`,
      );
      return (reply.body.items as { email: string }[]).map((c) => c.email);
    };
    expect(await listed('spreadsheet_import')).toEqual([`putri.${tag}@example.com`]);
    expect(await listed('jobstreet')).toHaveLength(2);
  });

  test('a Seleksi export is read back from its header row, past its About block (CSV and XLSX)', async () => {
    const tag = unique();
    const emails = ['ayu', 'bima'].map((name) => `${name}.${tag}@example.com`);
    for (const email of emails) {
      await t.call(t.users.recruiter, 'POST', '/api/candidates', candidateInput({ email }));
    }
    const exported = async (format: string, locale: string) =>
      (
        await download(
          t,
          t.users.recruiter,
          `/api/candidates/export?format=${format}&locale=${locale}&q=${tag}`,
        )
      ).bytes;
    for (const [format, locale, nameHeader] of [
      ['csv', 'en', 'Name'],
      ['xlsx', 'id', 'Nama'],
    ] as const) {
      const file = await exported(format, locale);
      const uploaded = await uploadImport(t, t.users.recruiter, `export.${format}`, file);
      expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
      expect(uploaded.body.columns.slice(0, 2)).toEqual([nameHeader, 'E-mail']);
      // "Jobs and stages" holds both in one cell: left for HR to map, not guessed as the job.
      expect(uploaded.body.suggestedMapping).toEqual({
        fullName: 0,
        email: 1,
        phone: 2,
        city: 3,
        source: 4,
        tags: 6,
      });
      expect(uploaded.body.totalRows).toBe(2);
      expect(uploaded.body.sampleRows.map((row: string[]) => row[1]).sort()).toEqual(emails);
      const checked = await t.call(
        t.users.recruiter,
        'POST',
        `/api/candidate-imports/${uploaded.body.id}/check`,
        { mapping: uploaded.body.suggestedMapping },
      );
      // Both are already here: every cell was read (source, city, tags), only the people repeat.
      const codes = new Set(checked.body.problems.map((p: { code: string }) => p.code));
      expect([...codes].sort()).toEqual(['duplicate_candidate', 'duplicate_in_file']);
      // Skipped as duplicates, not errors to fix.
      expect(checked.body).toMatchObject({ problemCount: 0, duplicateRows: 2 });
      // Each row is named by its line in the file, past the About block, as Excel numbers it.
      // (The XLSX's data sheet starts with its header; the CSV's About block comes first.)
      const lines = file.toString('utf8').split(/\r?\n/);
      const lineOf = (email: string) => lines.findIndex((line) => line.includes(email)) + 1;
      const byEmail = await t.db.query<{ row: number; email: string }>(
        `SELECT row_number AS row, cells->>1 AS email FROM candidate_import_rows
         WHERE import_id = $1 ORDER BY row_number`,
        [uploaded.body.id],
      );
      expect(byEmail.map((r) => r.row)).toEqual(
        format === 'csv' ? byEmail.map((r) => lineOf(r.email)) : [2, 3],
      );
      if (format === 'csv') expect(byEmail[0]!.row).toBeGreaterThan(2);
      expect(checked.body.problems.map((p: { row: number }) => p.row)).toEqual(
        expect.arrayContaining(byEmail.map((r) => r.row)),
      );
    }
  });

  test('an export with lines added in LF (mixed line endings) reads every line', async () => {
    const tag = unique();
    const emails = ['ayu', 'bima'].map((name) => `${name}.${tag}@example.com`);
    for (const email of emails) {
      await t.call(t.users.recruiter, 'POST', '/api/candidates', candidateInput({ email }));
    }
    const exported = await download(
      t,
      t.users.recruiter,
      `/api/candidates/export?format=csv&locale=en&q=${tag}`,
    );
    // Saved on Windows (CRLF), then two lines added by a program that writes LF only.
    const file = Buffer.concat([
      exported.bytes,
      Buffer.from(`Citra,citra.${tag}@example.com\nDodi,dodi.${tag}@example\n`, 'utf8'),
    ]);
    const uploaded = await uploadImport(t, t.users.recruiter, 'export.csv', file);
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    expect(uploaded.body.totalRows).toBe(4);
    const checked = await t.call(
      t.users.recruiter,
      'POST',
      `/api/candidate-imports/${uploaded.body.id}/check`,
      { mapping: { fullName: 0, email: 1 } },
    );
    expect(checked.body).toMatchObject({ validRows: 1, problemCount: 1, duplicateRows: 2 });
    const lines = file.toString('utf8').split(/\r\n|\n/);
    const dodiLine = lines.findIndex((line) => line.startsWith('Dodi,')) + 1;
    expect(checked.body.problems).toContainEqual(
      expect.objectContaining({ row: dodiLine, field: 'email', code: 'invalid_email' }),
    );
  });

  test('a small import is one transaction: a failure while writing leaves no candidate behind', async () => {
    const tag = unique();
    const uploaded = await uploadImport(
      t,
      t.users.recruiter,
      'a.csv',
      csv(['name,email', `A,a.${tag}@example.com`, `B,b.${tag}@example.com`]),
    );
    const id = uploaded.body.id;
    await t.call(t.users.recruiter, 'POST', `/api/candidate-imports/${id}/check`, {
      mapping: { fullName: 0, email: 1 },
    });
    // Sabotage the second row after the check: its stored candidate has no name, which the
    // table refuses, so the whole import must roll back.
    await t.db.query(
      `UPDATE candidate_import_rows SET candidate = candidate - 'fullName'
       WHERE import_id = $1 AND row_number = 3`,
      [id],
    );
    const imported = await confirmImport(t, id);
    expect(imported.status).toBe(500);
    expect(await countCandidates(`%.${tag}@example.com`)).toBe(0);
  });

  test('a bad mapping names the field; a mapping problem changes nothing', async () => {
    const uploaded = await uploadImport(t, t.users.recruiter, 'x.csv', csv(['a,b', '1,2']));
    const id = uploaded.body.id;
    const bad = await t.call(t.users.recruiter, 'POST', `/api/candidate-imports/${id}/check`, {
      mapping: { fullName: 0, email: 0, phone: 9 },
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.fields.map(
      (f: { path: string; code: string }) => `${f.path}:${f.code}`,
    );
    expect(paths).toEqual(['mapping.email:column_used_twice', 'mapping.phone:unknown_column']);
    const still = await t.call(t.users.recruiter, 'GET', `/api/candidate-imports/${id}`);
    expect(still.body.status).toBe('uploaded');
    const cancelled = await t.call(
      t.users.recruiter,
      'POST',
      `/api/candidate-imports/${id}/cancel`,
    );
    expect(cancelled.body.status).toBe('cancelled');
  });

  test('an unreadable or empty file is refused, naming the file', async () => {
    const empty = await uploadImport(t, t.users.recruiter, 'e.csv', csv(['name,email']));
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields).toMatchObject([{ path: 'file', code: 'empty_file' }]);
    const binary = await uploadImport(
      t,
      t.users.recruiter,
      'b.csv',
      Buffer.from([0xff, 0xfe, 0x00, 0x41]),
    );
    expect(binary.status).toBe(400);
    expect(binary.body.error.fields).toMatchObject([{ path: 'file', code: 'unreadable_file' }]);
  });

  test('only HR imports, and only the importer (or an admin) sees an import', async () => {
    const file = csv(['name,email', 'A,a@example.com']);
    expect((await uploadImport(t, null, 'a.csv', file)).status).toBe(401);
    // Interviewers and hiring managers do not add candidates by hand either: the list they see
    // is their jobs' applicants, put there by HR or the careers page.
    expect((await uploadImport(t, t.users.interviewer, 'a.csv', file)).status).toBe(403);
    expect((await uploadImport(t, t.users.hiringManager, 'a.csv', file)).status).toBe(403);
    const mine = await uploadImport(t, t.users.recruiter, 'a.csv', file);
    const url = `/api/candidate-imports/${mine.body.id}`;
    expect((await t.call(t.users.hiringManager, 'GET', url)).status).toBe(403);
    expect((await t.call(t.users.admin, 'GET', url)).status).toBe(200);
  });

  test('a large file is checked and imported in the background, with progress', async () => {
    const tag = unique();
    const lines = ['Nama,Email,Telepon'];
    for (let i = 0; i < 2500; i++) {
      lines.push(`Kandidat ${i},k${i}.${tag}@example.com,0813${String(10000000 + i)}`);
    }
    const uploaded = await uploadImport(t, t.users.recruiter, 'besar.csv', csv(lines));
    expect(uploaded.body.totalRows).toBe(2500);
    const id = uploaded.body.id;
    const started = await t.call(t.users.recruiter, 'POST', `/api/candidate-imports/${id}/check`, {
      mapping: uploaded.body.suggestedMapping,
    });
    expect(started.body.status).toBe('checking');
    // Other requests are answered while it runs.
    expect((await t.call(t.users.recruiter, 'GET', '/api/jobs')).status).toBe(200);
    const checked = await statusReached(id, 'checked');
    expect(checked).toMatchObject({ checkedRows: 2500, validRows: 2500, problemCount: 0 });
    // The preview checked in the background names who goes in as a small file's does: the first
    // 50 rows by number and name (the page counts the other 2,450).
    const rowsToImport = checked.rowsToImport as { row: number; fullName: string }[];
    expect(rowsToImport).toHaveLength(50);
    expect([rowsToImport[0], rowsToImport[49]]).toEqual([
      { row: 2, fullName: 'Kandidat 0' },
      { row: 51, fullName: 'Kandidat 49' },
    ]);
    const importing = await confirmImport(t, id);
    expect(importing.body.status).toBe('importing');
    const done = await statusReached(id, 'completed');
    expect(done.importedRows).toBe(2500);
    // The result lists the first 50 (the page counts the other 2,450).
    const importedCandidates = done.importedCandidates as { fullName: string }[];
    expect(importedCandidates).toHaveLength(50);
    expect([importedCandidates[0]?.fullName, importedCandidates[49]?.fullName]).toEqual([
      'Kandidat 0',
      'Kandidat 49',
    ]);
    expect(await countCandidates(`%.${tag}@example.com`)).toBe(2500);
  }, 120_000);

  test('a large file is compared with stored candidates page by page: same e-mail or phone, similar name', async () => {
    const tag = unique();
    const stored = async (input: Parameters<typeof candidateInput>[0]) => {
      const created = await t.call(
        t.users.recruiter,
        'POST',
        '/api/candidates',
        candidateInput(input),
      );
      expect(created.status).toBe(201);
      return { id: created.body.id as string, fullName: created.body.fullName as string };
    };
    const lama = await stored({ email: `lama.${tag}@example.com`, phone: undefined });
    const lain = await stored({ phone: '0857 1111 2222', email: `lain.${tag}@example.com` });
    await stored({ fullName: `Wulandari Kusuma ${tag}`, city: 'Medan', phone: undefined });
    const lines = ['Nama,Email,Telepon,Kota'];
    for (let i = 0; i < 2100; i++) {
      lines.push(`Kandidat ${i} ${tag},k${i}.${tag}@example.com,,`);
    }
    lines[101] = `Lama,LAMA.${tag}@example.com,,`;
    lines[1501] = `Nomor Sama,sama.${tag}@example.com,+62 857-1111-2222,`;
    lines[2001] = `Wulandari Kusumah ${tag},wulan.${tag}@example.com,,medan`;
    const uploaded = await uploadImport(t, t.users.recruiter, 'besar.csv', csv(lines));
    const id = uploaded.body.id;
    await t.call(t.users.recruiter, 'POST', `/api/candidate-imports/${id}/check`, {
      mapping: { fullName: 0, email: 1, phone: 2, city: 3 },
    });
    const checked = await statusReached(id, 'checked');
    // The similar name is a warning: counted as a note, not as a problem; the two people already
    // in Seleksi are skipped rows, not problems to fix.
    expect(checked).toMatchObject({
      validRows: 2098,
      problemCount: 0,
      duplicateCount: 2,
      duplicateRows: 2,
      noteCount: 1,
    });
    expect(checked.problems).toEqual([
      {
        row: 102,
        column: 1,
        field: 'email',
        code: 'duplicate_candidate',
        person: 'Lama',
        existingCandidate: lama,
        matchedBy: ['email'],
        rowImported: false,
      },
      {
        row: 1502,
        column: 2,
        field: 'phone',
        code: 'duplicate_candidate',
        person: 'Nomor Sama',
        existingCandidate: lain,
        matchedBy: ['phone'],
        rowImported: false,
      },
      {
        row: 2002,
        column: 0,
        field: 'fullName',
        code: 'similar_candidate',
        warning: true,
        person: `Wulandari Kusumah ${tag}`,
        // A warning keeps the row in.
        rowImported: true,
      },
    ]);
  }, 120_000);

  test('a candidate added between the preview and the confirmation is caught, named by row', async () => {
    const tag = unique();
    const uploaded = await uploadImport(
      t,
      t.users.recruiter,
      'a.csv',
      csv([
        'name,email,phone',
        `Ani,ani.${tag}@example.com,`,
        `Bayu,bayu.${tag}@example.com,`,
        `Citra,citra.${tag}@example.com,0812 7000 0001`,
      ]),
    );
    const id = uploaded.body.id;
    const checked = await t.call(t.users.recruiter, 'POST', `/api/candidate-imports/${id}/check`, {
      mapping: { fullName: 0, email: 1, phone: 2 },
    });
    expect(checked.body).toMatchObject({ validRows: 3, problems: [] });
    // Meanwhile Bayu applies on the careers page (here: HR adds him by hand).
    const bayu = await t.call(
      t.users.recruiter,
      'POST',
      '/api/candidates',
      candidateInput({ email: `bayu.${tag}@example.com`, phone: undefined }),
    );
    const refused = await confirmImport(t, id);
    expect(refused.status).toBe(409);
    expect(refused.body.error.fields).toMatchObject([
      { path: 'rows.3.email', code: 'duplicate_candidate', params: { row: 3 } },
    ]);
    // The preview names the row now; nothing was imported; confirming again imports the others.
    const preview = await t.call(t.users.recruiter, 'GET', `/api/candidate-imports/${id}`);
    expect(preview.body).toMatchObject({ status: 'checked', validRows: 2 });
    expect(preview.body.problems).toEqual([
      {
        row: 3,
        column: 1,
        field: 'email',
        code: 'duplicate_candidate',
        person: 'Bayu',
        existingCandidate: { id: bayu.body.id, fullName: bayu.body.fullName },
        matchedBy: ['email'],
        rowImported: false,
      },
    ]);
    expect(await countCandidates(`%.${tag}@example.com`)).toBe(1);
    const imported = await confirmImport(t, id);
    expect(imported.body).toMatchObject({ status: 'completed', importedRows: 2 });
    expect(await countCandidates(`%.${tag}@example.com`)).toBe(3);
  });

  test('similar names in the same city within the file are a warning naming the other row', async () => {
    const tag = unique();
    const uploaded = await uploadImport(
      t,
      t.users.recruiter,
      'a.csv',
      csv([
        'name,email,city',
        `Siti Nurhaliza ${tag},siti1.${tag}@example.com,Bandung`,
        `Siti Nurhaliza ${tag},siti2.${tag}@example.com,Surabaya`,
        `Siti Nurhalizah ${tag},siti3.${tag}@example.com,bandung`,
      ]),
    );
    const id = uploaded.body.id;
    const checked = await t.call(t.users.recruiter, 'POST', `/api/candidate-imports/${id}/check`, {
      mapping: { fullName: 0, email: 1, city: 2 },
    });
    // A warning only: all three rows are still imported.
    expect(checked.body).toMatchObject({ validRows: 3 });
    expect(checked.body.problems).toEqual([
      {
        row: 4,
        column: 0,
        field: 'fullName',
        code: 'similar_in_file',
        otherRow: 2,
        warning: true,
        person: `Siti Nurhalizah ${tag}`,
        rowImported: true,
      },
    ]);
  });

  test('forward only: a careers application for a row not yet written arrives mid-import; that row is skipped and named, the rest imported', async () => {
    const job = await buildJob(t, { title: `Admin Gudang ${unique()}` });
    const { id, tag } = await importingFile(['Ani', 'Bayu', 'Citra', 'Dodi'], job.title);
    // One row per chunk; after row 2 is written, Citra (row 4) applies on the careers page.
    await runImport(t.db, testMail, id, {
      chunkRows: 1,
      betweenChunks: async ({ lastRow }) => {
        if (lastRow !== 2) return;
        const applied = await applyFromCareers(
          t,
          job.id,
          applicantFields('Citra Dari Karier', `citra.${tag}@example.com`, {
            phone: '0812 7100 0001',
          }),
          { name: 'CV.pdf', bytes: await makePdf(['Citra']), contentType: 'application/pdf' },
        );
        expect(applied.status).toBe(201);
      },
    });
    const done = (await t.call(t.users.recruiter, 'GET', `/api/candidate-imports/${id}`)).body;
    expect(done).toMatchObject({ status: 'completed', validRows: 4, importedRows: 3 });
    expect(done.skippedRows).toEqual([
      { row: 4, column: 1, field: 'email', code: 'duplicate_since_preview' },
    ]);
    // Citra once (from the careers page), everyone else imported.
    const people = await t.db.query<{ email: string; source: string }>(
      'SELECT email, source FROM candidates WHERE email LIKE $1 ORDER BY email',
      [`%.${tag}@example.com`],
    );
    expect(people).toEqual([
      { email: `ani.${tag}@example.com`, source: 'spreadsheet_import' },
      { email: `bayu.${tag}@example.com`, source: 'spreadsheet_import' },
      { email: `citra.${tag}@example.com`, source: 'careers_page' },
      { email: `dodi.${tag}@example.com`, source: 'spreadsheet_import' },
    ]);
  });

  test('forward only: HR works on an imported candidate mid-import, a later chunk fails; nothing written is deleted, the import stops at the row', async () => {
    const job = await buildJob(t, { title: `Kasir ${unique()}` });
    const closing = await buildJob(t, { title: `Kurir ${unique()}` });
    const { id, tag } = await importingFile(['Eka', 'Fajar', 'Gita', 'Hana', 'Indah'], job.title, {
      // Fajar (row 3) applies to the job that is closed meanwhile.
      3: closing.title,
    });
    // Gita's row (5) cannot be written (its stored candidate has lost its name).
    await t.db.query(
      `UPDATE candidate_import_rows SET candidate = candidate - 'fullName'
       WHERE import_id = $1 AND row_number = 4`,
      [id],
    );
    let eka: { id: string; applicationId: string } | undefined;
    const run = runImport(t.db, testMail, id, {
      chunkRows: 1,
      betweenChunks: async ({ lastRow }) => {
        if (lastRow !== 2) return;
        // HR already works on Eka (row 2): a note and a move.
        const [found] = await t.db.query<{ id: string; applicationId: string }>(
          `SELECT c.id, a.id AS "applicationId" FROM candidates c
           JOIN applications a ON a.candidate_id = c.id WHERE c.email = $1`,
          [`eka.${tag}@example.com`],
        );
        eka = found!;
        const detail = (await t.call(t.users.recruiter, 'GET', `/api/candidates/${eka.id}`)).body;
        const edited = await t.call(t.users.recruiter, 'PUT', `/api/candidates/${eka.id}`, {
          fullName: detail.fullName,
          email: detail.email,
          phone: detail.phone,
          source: detail.source,
          tags: detail.tags,
          city: detail.city,
          notes: 'Called her: available from January.',
        });
        expect(edited.status).toBe(200);
        expect((await moveTo(t, eka.applicationId, 'cv_screening')).status).toBe(200);
        expect(
          (await t.call(t.users.recruiter, 'POST', `/api/jobs/${closing.id}/close`, {})).status,
        ).toBe(200);
      },
    });
    await expect(run).rejects.toThrow();
    // The failed run kept what it wrote, and is still importing (the queue retries it).
    expect(
      (await t.call(t.users.recruiter, 'GET', `/api/candidate-imports/${id}`)).body,
    ).toMatchObject({ status: 'importing', importedRows: 1 });
    // The last attempt fails the same way: the import stops at Gita's row.
    await runImportStep(t.db, testMail, id, 'import', { final: true });
    const stopped = (await t.call(t.users.recruiter, 'GET', `/api/candidate-imports/${id}`)).body;
    expect(stopped).toMatchObject({
      status: 'stopped',
      stoppedAtRow: 4,
      importedRows: 1,
      failure: 'import_failed:23502',
    });
    expect(stopped.skippedRows).toEqual([
      { row: 3, column: 2, field: 'job', code: 'job_closed_since_preview' },
    ]);
    const [kept] = await t.db.query<{ notes: string; stage: string }>(
      `SELECT c.notes, a.stage FROM candidates c JOIN applications a ON a.candidate_id = c.id
       WHERE c.id = $1`,
      [eka!.id],
    );
    expect(kept).toEqual({ notes: 'Called her: available from January.', stage: 'cv_screening' });
    expect(await countCandidates(`%.${tag}@example.com`)).toBe(1);
  });

  test('a background import that fails mid-way is retried by the queue and resumes: each row written exactly once', async () => {
    const names = Array.from({ length: 600 }, (_, i) => `Orang${i}`);
    const { id, tag } = await importingFile(names);
    // A row of the second chunk cannot be written (the first chunk is 250 rows).
    await t.db.query(
      `UPDATE candidate_import_rows SET candidate = candidate - 'fullName'
       WHERE import_id = $1 AND row_number = 400`,
      [id],
    );
    await enqueueTask(t.db, taskQueues.candidateImport, { importId: id, step: 'import' });
    await waitFor(
      async () => {
        const [job] = await t.db.query<{ state: string }>(
          `SELECT state FROM pgboss.job WHERE name = $1 AND data->>'importId' = $2`,
          [taskQueues.candidateImport, id],
        );
        return job?.state === 'retry';
      },
      60_000,
      'the first attempt failed',
    );
    const between = (await t.call(t.users.recruiter, 'GET', `/api/candidate-imports/${id}`)).body;
    expect(between).toMatchObject({ status: 'importing', importedRows: 250 });
    expect(await countCandidates(`%.${tag}@example.com`)).toBe(250);
    // The cause goes away (here: the row is mended) before the retry.
    await t.db.query(
      `UPDATE candidate_import_rows SET candidate = candidate || '{"fullName":"Orang398"}'
       WHERE import_id = $1 AND row_number = 400`,
      [id],
    );
    const done = await statusReached(id, 'completed');
    expect(done).toMatchObject({ importedRows: 600, skippedRows: [] });
    const [counts] = await t.db.query<{ people: number; emails: number; audit: number }>(
      `SELECT count(*)::int AS people, count(DISTINCT email)::int AS emails,
         (SELECT count(*)::int FROM audit_log
          WHERE action = 'candidate.imported' AND detail->>'importId' = $2) AS audit
       FROM candidates WHERE email LIKE $1`,
      [`%.${tag}@example.com`, id],
    );
    expect(counts).toEqual({ people: 600, emails: 600, audit: 600 });
  }, 120_000);

  test('uploads never imported are deleted by the nightly retention work after 7 days', async () => {
    const old = await uploadImport(
      t,
      t.users.recruiter,
      'old.csv',
      csv(['name,email', 'A,a@example.com']),
    );
    const fresh = await uploadImport(
      t,
      t.users.recruiter,
      'new.csv',
      csv(['name,email', 'B,b@example.com']),
    );
    await t.db.query(
      `UPDATE candidate_imports SET created_at = now() - interval '8 days' WHERE id = $1`,
      [old.body.id],
    );
    await enqueueTask(t.db, taskQueues.anonymiseExpired, {});
    await waitFor(
      async () =>
        (await t.call(t.users.recruiter, 'GET', `/api/candidate-imports/${old.body.id}`)).status ===
        404,
      30_000,
      'the abandoned upload deleted',
    );
    const [rows] = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM candidate_import_rows WHERE import_id = $1',
      [old.body.id],
    );
    expect(rows!.n).toBe(0);
    const kept = await t.call(t.users.recruiter, 'GET', `/api/candidate-imports/${fresh.body.id}`);
    expect(kept.body.status).toBe('uploaded');
  });
});
