import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applicantFields, applyFromCareers, makePdf } from '../support/cv-files';
import { expectInvalid } from '../support/expectations';
import { uploadCsv } from '../support/candidate-imports';
import { buildJob, candidateInput, unique } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { tablesHolding } from '../support/personal-data-search';
import { anonymiseCandidateRecords } from '../../src/db/queries/retention';
import { csvLines, download } from '../support/downloads';

/**
 * What a new-user trial checked of the ways candidates come in (a spreadsheet, the careers form,
 * HR's form) and go out (the export): every row problem at once, problems apart from notes, an
 * unknown source kept as data, mobile numbers only, and the privacy notice for hand-added people.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/** Uploads and checks a file of name, e-mail, phone and source columns; the preview. */
async function preview(lines: string[]) {
  const id = await uploadCsv(t, ['Nama,Email,HP,Sumber', ...lines]);
  const checked = await t.call(t.users.recruiter, 'POST', `/api/candidate-imports/${id}/check`, {
    mapping: { fullName: 0, email: 1, phone: 2, source: 3 },
  });
  expect(checked.status, JSON.stringify(checked.body)).toBe(200);
  const read = await t.call(t.users.recruiter, 'GET', `/api/candidate-imports/${id}`);
  return { id, ...(read.body as PreviewBody) };
}

interface PreviewBody {
  validRows: number;
  problemCount: number;
  duplicateCount: number;
  duplicateRows: number;
  noteCount: number;
  noteCountOnImportedRows: number;
  problems: {
    row: number;
    field: string;
    code: string;
    otherRow?: number;
    notice?: boolean;
    existingCandidate?: { id: string };
  }[];
}

const importAll = (id: string, tellCandidates = false) =>
  t.call(t.users.recruiter, 'POST', `/api/candidate-imports/${id}/import`, { tellCandidates });

async function candidateByEmail(email: string) {
  const [row] = await t.db.query<{ id: string }>('SELECT id FROM candidates WHERE email = $1', [
    email,
  ]);
  const read = await t.call(t.users.recruiter, 'GET', `/api/candidates/${row!.id}`);
  return read.body as { id: string; source: string; sourceDetail: string | null; notes: string };
}

const noticesTo = (email: string) =>
  t.db.query<{ candidate_id: string; locale: string }>(
    `SELECT candidate_id, locale FROM email_messages
     WHERE template = 'imported_notice' AND to_email = $1`,
    [email],
  );

describe('an import row is checked for everything at once', () => {
  test('a row with a bad e-mail still shows that its phone belongs to an earlier row and to a stored candidate', async () => {
    const tag = unique();
    const stored = await t.call(
      t.users.recruiter,
      'POST',
      '/api/candidates',
      candidateInput({ email: `lama.${tag}@example.com`, phone: '0813 9000 1111' }),
    );
    expect(stored.status).toBe(201);
    const { problems, problemCount, duplicateCount, duplicateRows, validRows } = await preview([
      `Dina,dina.${tag}@example.com,0812 9000 2222,`,
      `Dino,dino-at-example,0812-9000-2222,`,
      `Dani,dani.${tag}@,+62 813 9000 1111,`,
    ]);
    expect(validRows).toBe(1);
    expect(problems.filter((p) => p.row === 3).map((p) => [p.field, p.code, p.otherRow])).toEqual([
      ['email', 'invalid_email', undefined],
      ['phone', 'duplicate_in_file', 2],
    ]);
    const dani = problems.filter((p) => p.row === 4);
    expect(dani.map((p) => [p.field, p.code])).toEqual([
      ['email', 'invalid_email'],
      ['phone', 'duplicate_candidate'],
    ]);
    expect(dani[1]!.existingCandidate?.id).toBe(stored.body.id);
    // The two bad e-mails are problems to fix; the two duplicates are counted apart, as skipped
    // rows (each of these rows is kept out by its e-mail as well).
    expect({ problemCount, duplicateCount, duplicateRows }).toEqual({
      problemCount: 2,
      duplicateCount: 2,
      duplicateRows: 2,
    });
  });
});

describe('the preview counts problems apart from notes', () => {
  test('notices (unknown sources) are notes: counted apart from problems, their rows imported', async () => {
    const tag = unique();
    const { problems, problemCount, noteCount, noteCountOnImportedRows, validRows } = await preview(
      [
        `Eka,eka.${tag}@example.com,0812 9100 0001,Instagram`,
        `Fani,fani.${tag}@example.com,0812 9100 0002,LinkedIn`,
        `Gita,gita-bad,0812 9100 0003,Koran Kompas`,
      ],
    );
    expect(validRows).toBe(2);
    // Gita's bad e-mail keeps her row out; both unknown sources are notes only.
    expect(problemCount).toBe(1);
    expect(noteCount).toBe(2);
    expect(problems.filter((p) => p.notice).map((p) => p.row)).toEqual([2, 4]);
    // "Their rows are still imported" counts only Eka's: Gita's row stays out.
    expect(noteCountOnImportedRows).toBe(1);
  });

  test('a second import of the same file: every row a duplicate, and no note on any of them', async () => {
    const tag = unique();
    const lines = [
      `Hana,hana.${tag}@example.com,0812 9100 0011,Instagram`,
      `Iwan,iwan.${tag}@example.com,(021) 555-1234,Koran Kompas`,
    ];
    const first = await preview(lines);
    expect(first).toMatchObject({ validRows: 2, noteCount: 3, noteCountOnImportedRows: 3 });
    expect((await importAll(first.id)).body).toMatchObject({ importedRows: 2 });
    const second = await preview(lines);
    expect(second).toMatchObject({
      validRows: 0,
      // Both people are already in Seleksi: rows skipped as duplicates, no problem to fix.
      problemCount: 0,
      duplicateCount: 2,
      duplicateRows: 2,
      // A skipped line says only that it is skipped: no note on how it would be imported.
      noteCount: 0,
      noteCountOnImportedRows: 0,
    });
  });
});

describe("an unknown source's own words are kept as data", () => {
  test('imported as Other with the source detail: on the candidate, in the export, kept by an edit, gone when HR names a source, cleared by erasure and anonymisation', async () => {
    const tag = unique();
    const { id } = await preview([
      `Intan Sumber ${tag},intan.${tag}@example.com,0812 9200 0001,Instagram`,
      `Joko Sumber ${tag},joko.${tag}@example.com,0812 9200 0002,Koran  Kompas`,
      `Lina Sumber ${tag},lina.${tag}@example.com,0812 9200 0003,TikTok ${tag}`,
    ]);
    expect((await importAll(id)).body).toMatchObject({ status: 'completed', importedRows: 3 });
    const intan = await candidateByEmail(`intan.${tag}@example.com`);
    expect(intan).toMatchObject({ source: 'other', sourceDetail: 'Instagram', notes: '' });
    expect((await candidateByEmail(`joko.${tag}@example.com`)).sourceDetail).toBe('Koran Kompas');

    const csv = await download(
      t,
      t.users.recruiter,
      `/api/candidates/export?format=csv&locale=id&q=${encodeURIComponent(`Sumber ${tag}`)}`,
    );
    const lines = csvLines(csv.text.trim());
    // After the "Tentang ekspor ini" block, the list's own block.
    expect(lines).toContain(
      'Nama,E-mail,Telepon,Kota,Sumber,Detail sumber,Tag,Lowongan dan tahap,Ditambahkan',
    );
    expect(lines.find((line) => line.startsWith('Intan'))).toContain(',Lainnya,Instagram,');
    expect(lines.find((line) => line.startsWith('Joko'))).toContain(',Lainnya,Koran Kompas,');

    // An edit that keeps "Other" keeps the detail; naming a source replaces it.
    const edit = (source: string, sourceDetail?: string | null) =>
      t.call(t.users.recruiter, 'PUT', `/api/candidates/${intan.id}`, {
        fullName: `Intan Sumber ${tag}`,
        email: `intan.${tag}@example.com`,
        phone: '0812 9200 0001',
        source,
        ...(sourceDetail === undefined ? {} : { sourceDetail }),
        tags: [],
        notes: 'Dihubungi',
      });
    expect((await edit('other')).body).toMatchObject({ sourceDetail: 'Instagram' });
    // "Instagram" is not a referrer: switching to Referral without words leaves none.
    expect((await edit('referral')).body).toMatchObject({ source: 'referral', sourceDetail: null });
    // HR's edit form names who referred them; a named source without words refuses them.
    expect((await edit('referral', ' Budi  Santoso ')).body).toMatchObject({
      source: 'referral',
      sourceDetail: 'Budi Santoso',
    });
    expectInvalid(await edit('jobstreet', 'Budi'), { sourceDetail: 'source_detail_needs_other' });
    expect((await edit('referral')).body).toMatchObject({ sourceDetail: 'Budi Santoso' });
    const referred = await download(
      t,
      t.users.recruiter,
      `/api/candidates/export?format=csv&locale=en&q=${encodeURIComponent(`Intan Sumber ${tag}`)}`,
    );
    expect(referred.text).toContain(',Referral,Budi Santoso,');

    // Erasure leaves nothing of the detail; retention's anonymising clears it.
    const lina = await candidateByEmail(`lina.${tag}@example.com`);
    const erased = await t.call(t.users.recruiter, 'POST', `/api/candidates/${lina.id}/erase`);
    expect(erased.status).toBe(200);
    expect(await tablesHolding(t.db, [`TikTok ${tag}`])).toEqual([]);
    const joko = await candidateByEmail(`joko.${tag}@example.com`);
    await t.db.transaction((tx) => anonymiseCandidateRecords(tx, joko.id, 'Anonim'));
    const [anonymised] = await t.db.query<{ source_detail: string | null }>(
      'SELECT source_detail FROM candidates WHERE id = $1',
      [joko.id],
    );
    expect(anonymised).toEqual({ source_detail: null });
  });

  test('careers applicants have no source detail; one HR adds without a detail has none', async () => {
    const tag = unique();
    const job = await buildJob(t, { title: `Kasir ${tag}` });
    const applied = await applyFromCareers(
      t,
      job.id,
      applicantFields('Kiki Karier', `kiki.${tag}@example.com`),
      { name: 'cv.pdf', contentType: 'application/pdf', bytes: await makePdf(['Kasir']) },
    );
    expect(applied.status, JSON.stringify(applied.body)).toBe(201);
    expect((await candidateByEmail(`kiki.${tag}@example.com`)).sourceDetail).toBeNull();
    const added = await t.call(t.users.recruiter, 'POST', '/api/candidates', {
      ...candidateInput(),
      source: 'other',
    });
    expect(added.body).toMatchObject({ source: 'other', sourceDetail: null });
  });

  test("HR's add form takes the city and an Other source's words, checked as the import checks them", async () => {
    const tag = unique();
    const added = await t.call(t.users.recruiter, 'POST', '/api/candidates', {
      ...candidateInput({ fullName: `Indah ${tag}`, email: `indah.${tag}@example.com` }),
      city: '  Kota   Bandung ',
      source: 'other',
      sourceDetail: ' Instagram   iklan ',
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({
      city: 'Kota Bandung',
      source: 'other',
      sourceDetail: 'Instagram iklan',
    });
    // Shown as the import's are: in the candidates export beside "Other".
    const csv = await download(
      t,
      t.users.recruiter,
      `/api/candidates/export?format=csv&locale=id&q=${encodeURIComponent(`Indah ${tag}`)}`,
    );
    expect(csv.text).toContain(`Indah ${tag},indah.${tag}@example.com,`);
    expect(csv.text).toContain(',Kota Bandung,Lainnya,Instagram iklan,');
    // The import's limits (100 characters each), each naming its field; nothing is stored.
    const long = 'x'.repeat(101);
    expectInvalid(
      await t.call(t.users.recruiter, 'POST', '/api/candidates', {
        ...candidateInput({ email: `lewat.${tag}@example.com` }),
        city: long,
        source: 'other',
        sourceDetail: long,
      }),
      { city: 'too_big', sourceDetail: 'too_big' },
    );
    // Words for a named source would be dropped silently: refused instead.
    expectInvalid(
      await t.call(t.users.recruiter, 'POST', '/api/candidates', {
        ...candidateInput({ email: `lewat.${tag}@example.com` }),
        source: 'jobstreet',
        sourceDetail: 'Instagram',
      }),
      { sourceDetail: 'source_detail_needs_other' },
    );
    const stored = await t.db.query('SELECT 1 FROM candidates WHERE email = $1', [
      `lewat.${tag}@example.com`,
    ]);
    expect(stored).toEqual([]);
    // A referral keeps who referred the candidate.
    const referred = await t.call(t.users.recruiter, 'POST', '/api/candidates', {
      ...candidateInput({ email: `rujuk.${tag}@example.com` }),
      source: 'referral',
      sourceDetail: 'Budi',
    });
    expect(referred.status, JSON.stringify(referred.body)).toBe(201);
    expect(referred.body).toMatchObject({ source: 'referral', sourceDetail: 'Budi' });
  });
});

describe('a candidate number is a mobile number (WhatsApp, SMS)', () => {
  const landlines = ['(021) 555-1234', '0274 512345', '+62 22 4231234'];

  test("HR's add and edit forms refuse a landline, naming the phone field", async () => {
    for (const phone of landlines) {
      expectInvalid(
        await t.call(t.users.recruiter, 'POST', '/api/candidates', candidateInput({ phone })),
        { phone: 'landline_phone' },
      );
    }
    const created = await t.call(t.users.recruiter, 'POST', '/api/candidates', candidateInput());
    const reply = await t.call(t.users.recruiter, 'PUT', `/api/candidates/${created.body.id}`, {
      ...candidateInput(),
      phone: '(021) 555-1234',
    });
    const [problem] = expectInvalid(reply, { phone: 'landline_phone' });
    // The message says what to do: a mobile number, or nothing (the phone is optional).
    expect(problem!.message).toMatch(/landline.*mobile.*or leave the phone empty/);
    // Mobile numbers in every form people type them are still accepted.
    for (const phone of ['0812-3456-7890', '+62 857 1234 5678', '6281312345678']) {
      const ok = await t.call(
        t.users.recruiter,
        'POST',
        '/api/candidates',
        candidateInput({ phone }),
      );
      expect(ok.status, phone).toBe(201);
    }
  });

  test('the careers form refuses a landline, naming the phone field', async () => {
    const tag = unique();
    const job = await buildJob(t, { title: `Gudang ${tag}` });
    const refused = await applyFromCareers(
      t,
      job.id,
      applicantFields('Lala Rumah', `lala.${tag}@example.com`, { phone: '(0274) 512-345' }),
      { name: 'cv.pdf', contentType: 'application/pdf', bytes: await makePdf(['Gudang']) },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([
      expect.objectContaining({ path: 'phone', code: 'landline_phone' }),
    ]);
  });

  test('an import row with only a landline is imported without a phone, with a note naming the cell', async () => {
    const tag = unique();
    const { id, problems, validRows, problemCount, noteCount } = await preview([
      `Mira,mira.${tag}@example.com,(021) 555-1234,`,
      `Nina,nina.${tag}@example.com,0812 9300 0001,`,
    ]);
    expect({ validRows, problemCount, noteCount }).toEqual({
      validRows: 2,
      problemCount: 0,
      noteCount: 1,
    });
    expect(problems.map((p) => [p.row, p.field, p.code, p.notice])).toEqual([
      [2, 'phone', 'landline_not_kept', true],
    ]);
    expect((await importAll(id)).body).toMatchObject({ status: 'completed', importedRows: 2 });
    const stored = await t.db.query<{ email: string; phone: string | null; notes: string }>(
      'SELECT email, phone, notes FROM candidates WHERE email LIKE $1 ORDER BY email',
      [`%.${tag}@example.com`],
    );
    // The landline is not the phone, but HR can still find it in the notes.
    expect(stored).toEqual([
      {
        email: `mira.${tag}@example.com`,
        phone: null,
        notes: 'Telepon rumah/kantor dari impor: (021) 555-1234',
      },
      { email: `nina.${tag}@example.com`, phone: '+6281293000001', notes: '' },
    ]);
  });
});

describe('a candidate HR adds by hand may be told (UU PDP), as imported ones are', () => {
  test('with tellCandidate, the privacy notice is queued with the candidate; without it, none', async () => {
    const tag = unique();
    const told = candidateInput({ email: `told.${tag}@example.com`, tellCandidate: true });
    const created = await t.call(t.users.recruiter, 'POST', '/api/candidates', told);
    expect(created.status).toBe(201);
    expect(await noticesTo(told.email)).toEqual([{ candidate_id: created.body.id, locale: 'id' }]);
    const quiet = candidateInput({ email: `quiet.${tag}@example.com`, tellCandidate: false });
    expect((await t.call(t.users.recruiter, 'POST', '/api/candidates', quiet)).status).toBe(201);
    expect(await noticesTo(quiet.email)).toEqual([]);
  });

  test('the choice is required; a refused candidate (an unknown job) is not told', async () => {
    const tag = unique();
    const { tellCandidate: _, ...withoutChoice } = candidateInput();
    expectInvalid(await t.call(t.users.recruiter, 'POST', '/api/candidates', withoutChoice), {
      tellCandidate: true,
    });
    const refused = candidateInput({
      email: `refused.${tag}@example.com`,
      tellCandidate: true,
      jobIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect((await t.call(t.users.recruiter, 'POST', '/api/candidates', refused)).status).toBe(400);
    // Queued in the same transaction: rolled back with the candidate.
    expect(await noticesTo(refused.email)).toEqual([]);
  });
});

describe('a candidate imported without a job', () => {
  test('is added to a job later by HR, without a talent-pool invitation: HR holds the basis', async () => {
    const tag = unique();
    const { id } = await preview([
      `Budi,budi.${tag}@example.com,0812 7000 ${String(Date.now()).slice(-4)},`,
    ]);
    expect((await importAll(id)).status).toBe(200);
    const budi = await candidateByEmail(`budi.${tag}@example.com`);
    const job = await buildJob(t, { title: `Customer Service ${tag}` });
    const added = await t.call(t.users.recruiter, 'POST', '/api/applications', {
      candidateId: budi.id,
      jobId: job.id,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    // Told once already (the import's notice): no "put forward" notice meant for pool members.
    const putForward = await t.db.query(
      `SELECT 1 FROM email_messages WHERE candidate_id = $1 AND template = 'put_forward'`,
      [budi.id],
    );
    expect(putForward).toHaveLength(0);
  });
});
