import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runImport } from '../../src/services/candidate-imports/commit-import';
import { closeAppWithInbox, deliverToInbox, startAppWithInbox } from '../support/app-with-inbox';
import { applicantFields, applyFromCareers, makePdf } from '../support/cv-files';
import { expectInvalid } from '../support/expectations';
import { uploadCsv, confirmImport } from '../support/candidate-imports';
import { buildJob, candidateInput, jobInput, unique } from '../support/factories';
import type { SmtpInbox } from '../support/smtp-inbox';
import { testMail, type TestApp } from '../support/test-app';

let t: TestApp;
let inbox: SmtpInbox;
beforeAll(async () => {
  ({ t, inbox } = await startAppWithInbox());
});
afterAll(() => closeAppWithInbox({ t, inbox }));

const check = (id: string, mapping: Record<string, number>) =>
  t.call(t.users.recruiter, 'POST', `/api/candidate-imports/${id}/check`, { mapping });

async function noticesTo(emailLike: string) {
  return t.db.query<{ id: string; to_email: string; candidate_id: string }>(
    `SELECT id, to_email, candidate_id FROM email_messages
     WHERE template = 'imported_notice' AND to_email LIKE $1 ORDER BY to_email`,
    [emailLike],
  );
}

describe('the import preview says everything at once', () => {
  test("a row's problems all show together; an unknown source is kept as Other (a notice); a duplicate names the stored candidate; a draft job is announced, a closed one is a row problem", async () => {
    const tag = unique();
    const draft = await t.call(
      t.users.recruiter,
      'POST',
      '/api/jobs',
      jobInput(t, { title: `Desainer Draf ${tag}` }),
    );
    expect(draft.body.status).toBe('draft');
    const closed = await buildJob(t, { title: `Kasir Tutup ${tag}` });
    await t.call(t.users.recruiter, 'POST', `/api/jobs/${closed.id}/close`);
    const stored = await t.call(
      t.users.recruiter,
      'POST',
      '/api/candidates',
      candidateInput({ email: `ada.${tag}@example.com`, phone: '0813 7000 1111' }),
    );
    const id = await uploadCsv(t, [
      'Nama;Email;HP;Sumber;Posisi',
      // Row 2: Instagram is no source Seleksi knows: imported as Other, a notice.
      `Intan;intan.${tag}@example.com;;Instagram;Desainer Draf ${tag}`,
      // Row 3: a bad phone and the stored candidate's e-mail: skipped, and says only that.
      `Ada Lagi;ADA.${tag}@example.com;12345;JobStreet;`,
      // Row 4: the stored candidate's phone, a walk-in, a closed job.
      `Wawan;wawan.${tag}@example.com;+62 813-7000-1111;Walk-in;Kasir Tutup ${tag}`,
      // Row 5: a known source in another spelling, to the draft job.
      `Lina;lina.${tag}@example.com;;linkedin;Desainer Draf ${tag}`,
    ]);
    const checked = await check(id, { fullName: 0, email: 1, phone: 2, source: 3, job: 4 });
    expect(checked.status).toBe(200);
    const named = { id: stored.body.id, fullName: stored.body.fullName };
    expect(checked.body.problems).toEqual([
      {
        row: 2,
        column: 3,
        field: 'source',
        code: 'source_kept_as_other',
        notice: true,
        value: 'Instagram',
        person: 'Intan',
        rowImported: true,
      },
      {
        row: 3,
        column: 1,
        field: 'email',
        code: 'duplicate_candidate',
        existingCandidate: named,
        matchedBy: ['email'],
        person: 'Ada Lagi',
        rowImported: false,
      },
      {
        row: 4,
        column: 2,
        field: 'phone',
        code: 'duplicate_candidate',
        existingCandidate: named,
        matchedBy: ['phone'],
        person: 'Wawan',
        rowImported: false,
      },
      // Wawan is skipped: no note on how his source would have been imported, but the closed job
      // (an error of the line itself) is still named.
      { row: 4, column: 4, field: 'job', code: 'job_closed', person: 'Wawan', rowImported: false },
    ]);
    expect(checked.body).toMatchObject({
      validRows: 2,
      // Who goes in, beside what keeps the others out.
      rowsToImport: [
        { row: 2, fullName: 'Intan' },
        { row: 5, fullName: 'Lina' },
      ],
      draftJobs: [{ id: draft.body.id, title: `Desainer Draf ${tag}`, rows: 2 }],
    });

    const imported = await confirmImport(t, id);
    expect(imported.body).toMatchObject({ status: 'completed', importedRows: 2 });
    const people = await t.db.query<{
      email: string;
      source: string;
      source_detail: string | null;
      notes: string;
    }>(
      `SELECT email, source, source_detail, notes FROM candidates WHERE email LIKE $1 ORDER BY email`,
      [`%.${tag}@example.com`],
    );
    expect(people).toEqual([
      {
        email: `ada.${tag}@example.com`,
        source: expect.any(String),
        source_detail: null,
        notes: expect.any(String),
      },
      // The file's own word is data, not a note.
      { email: `intan.${tag}@example.com`, source: 'other', source_detail: 'Instagram', notes: '' },
      { email: `lina.${tag}@example.com`, source: 'linkedin', source_detail: null, notes: '' },
    ]);
    // Into the draft job, as the preview said; no notice was asked for.
    const [applications] = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM applications WHERE job_id = $1',
      [draft.body.id],
    );
    expect(applications!.n).toBe(2);
    expect(await noticesTo(`%.${tag}@example.com`)).toEqual([]);
  });

  test('a job closed after a first preview is a row problem when the rows are checked again (the write skips it too, as job_closed_since_preview)', async () => {
    const tag = unique();
    const job = await buildJob(t, { title: `Gudang ${tag}` });
    const id = await uploadCsv(t, [
      'Nama,Email,Posisi',
      `Joko,joko.${tag}@example.com,Gudang ${tag}`,
    ]);
    expect((await check(id, { fullName: 0, email: 1, job: 2 })).body.validRows).toBe(1);
    await t.call(t.users.recruiter, 'POST', `/api/jobs/${job.id}/close`);
    const again = await check(id, { fullName: 0, email: 1, job: 2 });
    expect(again.body.problems).toMatchObject([{ row: 2, field: 'job', code: 'job_closed' }]);
    expect(again.body.validRows).toBe(0);
  });
});

describe('a source read as another is said in the preview', () => {
  test('"Website" is kept as Other (Website), not the careers page; "Karier" is read as the careers page, with a notice naming it', async () => {
    const tag = unique();
    const id = await uploadCsv(t, [
      'Nama,Email,Sumber',
      `Wira Web,wira.${tag}@example.com,Website`,
      `Kara Karier,kara.${tag}@example.com,Karier`,
      `Lina Linked,lina.${tag}@example.com,LinkedIn`,
    ]);
    const checked = await check(id, { fullName: 0, email: 1, source: 2 });
    expect(checked.status).toBe(200);
    expect(checked.body.problems).toEqual([
      {
        row: 2,
        column: 2,
        field: 'source',
        code: 'source_kept_as_other',
        notice: true,
        value: 'Website',
        person: 'Wira Web',
        rowImported: true,
      },
      {
        row: 3,
        column: 2,
        field: 'source',
        code: 'source_read_as',
        notice: true,
        value: 'Karier',
        readAs: 'careers_page',
        person: 'Kara Karier',
        rowImported: true,
      },
    ]);
    const imported = await confirmImport(t, id);
    expect(imported.body).toMatchObject({ status: 'completed', importedRows: 3 });
    const sources = await t.db.query<{
      email: string;
      source: string;
      source_detail: string | null;
    }>(`SELECT email, source, source_detail FROM candidates WHERE email LIKE $1 ORDER BY email`, [
      `%.${tag}@example.com`,
    ]);
    expect(sources).toEqual([
      { email: `kara.${tag}@example.com`, source: 'careers_page', source_detail: null },
      { email: `lina.${tag}@example.com`, source: 'linkedin', source_detail: null },
      { email: `wira.${tag}@example.com`, source: 'other', source_detail: 'Website' },
    ]);
  });
});

describe('the preview says who will be imported, and notes only what happens', () => {
  test('the rows to import are listed by number and name, the first 50 of them; validRows counts the rest', async () => {
    const tag = unique();
    const lines = ['Nama,Email'];
    // Row 2 is kept out (a bad e-mail): the list starts at row 3.
    lines.push(`Tanpa Surel,tanpa.${tag}@example`);
    for (let i = 1; i <= 53; i++) lines.push(`Calon ${i},calon${i}.${tag}@example.com`);
    const id = await uploadCsv(t, lines);
    const checked = (await check(id, { fullName: 0, email: 1 })).body;
    expect(checked.validRows).toBe(53);
    expect(checked.rowsToImport).toHaveLength(50);
    expect(checked.rowsToImport[0]).toEqual({ row: 3, fullName: 'Calon 1' });
    expect(checked.rowsToImport[49]).toEqual({ row: 52, fullName: 'Calon 50' });
    expect(checked.rowsToImport.map((r: { row: number }) => r.row)).not.toContain(2);
  });

  test("a landline's note is on the line imported; a line skipped as a duplicate says only that", async () => {
    const tag = unique();
    await t.call(
      t.users.recruiter,
      'POST',
      '/api/candidates',
      candidateInput({ email: `rumah.${tag}@example.com`, phone: undefined }),
    );
    const id = await uploadCsv(t, [
      'Nama,Email,Telepon',
      `Rumah Lagi,rumah.${tag}@example.com,(021) 555-1234`,
      `Kantor Baru,kantor.${tag}@example.com,(022) 420-1234`,
    ]);
    const checked = (await check(id, { fullName: 0, email: 1, phone: 2 })).body;
    const landlines = checked.problems
      .filter((p: { code: string }) => p.code === 'landline_not_kept')
      .map((p: { row: number; rowImported: boolean }) => [p.row, p.rowImported]);
    expect(landlines).toEqual([[3, true]]);
    expect(
      checked.problems
        .filter((p: { row: number }) => p.row === 2)
        .map((p: { code: string }) => p.code),
    ).toEqual(['duplicate_candidate']);
    // The summary's notes are those of rows that go in: row 3's only.
    expect(checked).toMatchObject({ validRows: 1, noteCountOnImportedRows: 1 });
    expect(checked.rowsToImport).toEqual([{ row: 3, fullName: 'Kantor Baru' }]);
  });
});

describe('imported candidates are told (UU PDP)', () => {
  test('with the option, each written candidate is sent the privacy notice, queued with the rows; a skipped row gets none', async () => {
    const tag = unique();
    await buildJob(t, { title: `Admin ${tag}` });
    const id = await uploadCsv(t, [
      'Nama,Email,Posisi',
      `Ani,ani.${tag}@example.com,Admin ${tag}`,
      `Bayu,bayu.${tag}@example.com,Admin ${tag}`,
      `Citra,citra.${tag}@example.com,Admin ${tag}`,
    ]);
    await check(id, { fullName: 0, email: 1, job: 2 });
    // Confirmed with the option (as the route does), then written a row per chunk: after row 2,
    // someone with Citra's e-mail (row 4) is added, so her row is skipped.
    await t.db.query(
      `UPDATE candidate_imports SET status = 'importing', tell_candidates = true WHERE id = $1`,
      [id],
    );
    await runImport(t.db, testMail, id, {
      chunkRows: 1,
      betweenChunks: async ({ lastRow }) => {
        if (lastRow !== 2) return;
        const added = await t.call(
          t.users.recruiter,
          'POST',
          '/api/candidates',
          candidateInput({ email: `citra.${tag}@example.com`, phone: undefined }),
        );
        expect(added.status).toBe(201);
      },
    });
    const notices = await noticesTo(`%.${tag}@example.com`);
    expect(notices.map((m) => m.to_email)).toEqual([
      `ani.${tag}@example.com`,
      `bayu.${tag}@example.com`,
    ]);
    // Delivered through a real SMTP server: the notice says who holds the data and why.
    for (const message of notices) await deliverToInbox({ t, inbox }, message.id);
    const [mail] = inbox.to(`ani.${tag}@example.com`);
    expect(mail!.subject).toContain('Data Anda dalam proses rekrutmen');
    expect(mail!.text).toContain('Halo Ani');
    expect(mail!.text).toContain('UU No. 27 Tahun 2022');
    expect(
      inbox.to(`citra.${tag}@example.com`).filter((m) => m.subject?.includes('Data Anda')),
    ).toEqual([]);
  });

  test("the notice asks for a reply, so its Reply-To is someone who reads: the importer, or the company's contact inbox once an admin set one", async () => {
    const tag = unique();
    const importAndDeliver = async (name: string) => {
      const id = await uploadCsv(t, [
        'Nama,Email',
        `${name},${name.toLowerCase()}.${tag}@example.com`,
      ]);
      await check(id, { fullName: 0, email: 1 });
      await confirmImport(t, id, { tellCandidates: true });
      const [notice] = await noticesTo(`${name.toLowerCase()}.${tag}@example.com`);
      await deliverToInbox({ t, inbox }, notice!.id);
      const [mail] = inbox.to(`${name.toLowerCase()}.${tag}@example.com`);
      expect(mail!.from?.value[0]?.address).toBe(testMail.from.replace(/^.*<|>$/g, ''));
      expect(mail!.text).toContain('Balas e-mail ini');
      const replyTo = mail!.replyTo?.value.map((entry) => entry.address);
      // HR reads in the outbox where the answer goes, as the candidate's mail program has it.
      const shown = await t.call(t.users.recruiter, 'GET', `/api/outbox/${notice!.id}`);
      expect([shown.body.replyTo]).toEqual(replyTo);
      return replyTo;
    };
    // No company contact yet: the reply reaches the HR user who imported the candidate.
    expect(await importAndDeliver('Fajar')).toEqual([t.users.recruiter.email]);

    const brand = await t.call(t.users.admin, 'GET', '/api/admin/brand');
    expect(brand.body.candidateContactEmail).toBeNull();
    const {
      companyNameIsDefault: _d,
      logoPath: _l,
      updatedByName: _u,
      updatedAt: _a,
      candidateContactEmail: _c,
      ...text
    } = brand.body;
    expectInvalid(
      await t.call(t.users.admin, 'PUT', '/api/admin/brand', {
        ...text,
        candidateContactEmail: 'rekrutmen.example.com',
      }),
      { candidateContactEmail: 'invalid_email' },
    );
    const saved = await t.call(t.users.admin, 'PUT', '/api/admin/brand', {
      ...text,
      candidateContactEmail: ' Rekrutmen@Example.com ',
    });
    expect(saved.body.candidateContactEmail).toBe('rekrutmen@example.com');
    try {
      expect(await importAndDeliver('Gita')).toEqual(['rekrutmen@example.com']);
      // Left out of a change, the contact stays as it was.
      const kept = await t.call(t.users.admin, 'PUT', '/api/admin/brand', text);
      expect(kept.body.candidateContactEmail).toBe('rekrutmen@example.com');
    } finally {
      await t.call(t.users.admin, 'PUT', '/api/admin/brand', {
        ...text,
        candidateContactEmail: null,
      });
    }
  });

  test('the option is sent with the confirmation; left unticked, nobody is told', async () => {
    const tag = unique();
    const told = await uploadCsv(t, ['Nama,Email', `Dedi,dedi.${tag}@example.com`]);
    await check(told, { fullName: 0, email: 1 });
    const confirmed = await confirmImport(t, told, { tellCandidates: true });
    expect(confirmed.body.status).toBe('completed');
    expect((await noticesTo(`dedi.${tag}@example.com`)).length).toBe(1);

    const quiet = await uploadCsv(t, ['Nama,Email', `Eka,eka.${tag}@example.com`]);
    await check(quiet, { fullName: 0, email: 1 });
    await confirmImport(t, quiet);
    expect(await noticesTo(`eka.${tag}@example.com`)).toEqual([]);

    const refused = await t.call(
      t.users.recruiter,
      'POST',
      `/api/candidate-imports/${quiet}/import`,
      { tellCandidates: 'yes' },
    );
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('tellCandidates');
  });
});

describe("an imported candidate's page shows the privacy notice sent to them", () => {
  test('the notice counts among the e-mails of their application, and the privacy line says it is waiting, then when it was sent', async () => {
    const tag = unique();
    const job = await buildJob(t, { title: `Staf Gudang ${tag}` });
    const id = await uploadCsv(t, [
      'Nama,Email,Posisi',
      `Indra,indra.${tag}@example.com,Staf Gudang ${tag}`,
      `Nanda,nanda.${tag}@example.com,Staf Gudang ${tag}`,
    ]);
    await check(id, { fullName: 0, email: 1, job: 2 });
    await confirmImport(t, id, { tellCandidates: true });
    const [notice] = await noticesTo(`indra.${tag}@example.com`);
    const page = () => t.call(t.users.recruiter, 'GET', `/api/candidates/${notice!.candidate_id}`);
    const waiting = await page();
    expect(waiting.body.privacyNotice).toEqual({ queuedAt: expect.any(String), sentAt: null });

    const applicationId = waiting.body.applications.find(
      (application: { jobId: string }) => application.jobId === job.id,
    ).id;
    const overview = await t.call(
      t.users.recruiter,
      'GET',
      `/api/applications/${applicationId}/interviews`,
    );
    // Only Indra's own notice: Nanda's, imported alongside, is not on Indra's application.
    expect(
      overview.body.messages.map((m: { template: string; toEmail: string }) => [
        m.template,
        m.toEmail,
      ]),
    ).toEqual([['imported_notice', `indra.${tag}@example.com`]]);

    await deliverToInbox({ t, inbox }, notice!.id);
    const sent = (await page()).body.privacyNotice;
    expect(sent.sentAt).not.toBeNull();
    expect(Date.parse(sent.sentAt)).toBeGreaterThanOrEqual(Date.parse(sent.queuedAt));
  });

  test("a hand-added candidate's page says the same as an imported one's (added by HR, the notice waiting, then sent); a careers applicant's says they consented on the form", async () => {
    const tag = unique();
    const job = await buildJob(t, { title: `Kurir ${tag}` });
    const added = await t.call(
      t.users.recruiter,
      'POST',
      '/api/candidates',
      candidateInput({ email: `tangan.${tag}@example.com`, tellCandidate: true }),
    );
    const page = async (id: string) =>
      (await t.call(t.users.recruiter, 'GET', `/api/candidates/${id}`)).body;
    const waiting = await page(added.body.id);
    expect(waiting).toMatchObject({
      addedByHr: true,
      consents: [],
      privacyNotice: { queuedAt: expect.any(String), sentAt: null },
    });
    const [notice] = await noticesTo(`tangan.${tag}@example.com`);
    await deliverToInbox({ t, inbox }, notice!.id);
    const sent = (await page(added.body.id)).privacyNotice;
    expect(Date.parse(sent.sentAt)).toBeGreaterThanOrEqual(Date.parse(sent.queuedAt));

    // Added without the notice: the page says HR added them and nothing was sent.
    const quiet = await t.call(
      t.users.recruiter,
      'POST',
      '/api/candidates',
      candidateInput({ email: `diam.${tag}@example.com`, tellCandidate: false }),
    );
    expect(await page(quiet.body.id)).toMatchObject({ addedByHr: true, privacyNotice: null });

    // The careers applicant read the notice on the form and consented: no "added by HR" line.
    const applied = await applyFromCareers(
      t,
      job.id,
      applicantFields('Karier Pelamar', `karier.${tag}@example.com`),
      { name: 'cv.pdf', contentType: 'application/pdf', bytes: await makePdf(['Kurir']) },
    );
    expect(applied.status).toBe(201);
    const [applicant] = await t.db.query<{ id: string }>(
      'SELECT id FROM candidates WHERE email = $1',
      [`karier.${tag}@example.com`],
    );
    expect(await page(applicant!.id)).toMatchObject({
      addedByHr: false,
      privacyNotice: null,
      consents: [{ purpose: 'recruitment', channel: 'apply_form' }],
    });
  });

  test('a candidate added without the notice has none to show', async () => {
    const tag = unique();
    const id = await uploadCsv(t, ['Nama,Email', `Taufik,taufik.${tag}@example.com`]);
    await check(id, { fullName: 0, email: 1 });
    await confirmImport(t, id);
    const [candidate] = await t.db.query<{ id: string }>(
      `SELECT id FROM candidates WHERE email = $1`,
      [`taufik.${tag}@example.com`],
    );
    const shown = await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidate!.id}`);
    expect(shown.body.privacyNotice).toBeNull();
  });
});
