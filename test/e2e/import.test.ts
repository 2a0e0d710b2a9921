import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Actor } from '../../src/services/actor';
import { requestCheck } from '../../src/services/candidate-imports/check-import';
import { runImport } from '../../src/services/candidate-imports/commit-import';
import { runImportStep } from '../../src/services/candidate-imports/import-work';
import { uploadImport } from '../../src/services/candidate-imports/upload-import';
import { createCandidate } from '../../src/services/candidates/candidate-service';
import { testMail } from '../support/test-app';
import { startBrowserSession, type BrowserSession } from './browser';

let session: BrowserSession;
beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

/** A CSV as HR keeps it, with headers the mapping cannot guess ("Kontak") and one bad e-mail. */
function spreadsheet(tag: string): Buffer {
  return Buffer.from(
    [
      'Nama Lengkap;Kontak;Kota;Posisi',
      `Laras Impor ${tag};laras.${tag}@example.com;Bandung;Content Writer`,
      `Galih Impor ${tag};galih.${tag}@example;Jakarta;Content Writer`,
    ].join('\r\n'),
    'utf8',
  );
}

for (const [locale, width] of [
  ['id', 1280],
  ['en', 375],
] as const) {
  test(`HR imports a spreadsheet: maps a column, reads the preview's error, imports the valid row (${locale}, ${width} px)`, async () => {
    const tag = `${locale}${Date.now().toString(36)}`;
    const words =
      locale === 'id'
        ? {
            open: 'Impor dari spreadsheet',
            upload: 'Unggah dan baca',
            email: 'E-mail',
            check: 'Periksa semua baris',
            invalid: 'Alamat e-mail tidak valid.',
            confirm: 'Impor 1 baris yang valid',
            done: '1 kandidat diimpor.',
          }
        : {
            open: 'Import from a spreadsheet',
            upload: 'Upload and read',
            email: 'E-mail',
            check: 'Check all lines',
            invalid: 'Not a valid e-mail address.',
            confirm: 'Import the 1 valid line',
            done: '1 candidate imported.',
          };
    const page = await session.signedInPage('hr@demo.seleksi.id', {
      locale,
      width,
      path: '/candidates',
    });
    await page.getByRole('link', { name: words.open }).click();
    await page.locator('input[type=file][name=file]').setInputFiles({
      name: 'kandidat.csv',
      mimeType: 'text/csv',
      buffer: spreadsheet(tag),
    });
    await page.getByRole('button', { name: words.upload }).click();
    // "Kontak" names no field: HR picks it for the e-mail.
    const email = page.getByLabel(new RegExp(`^${words.email}`));
    await email.waitFor();
    await email.selectOption({ label: 'Kontak' });
    await session.screenshot(page, `import-mapping-${locale}-${width}`);
    await page.getByRole('button', { name: words.check }).click();
    // The problem is named by row and column.
    const problem = page.getByRole('row', { name: new RegExp(`^3 .*Kontak.*${words.invalid}`) });
    await problem.waitFor();
    if (width === 375) {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await session.screenshot(page, `import-preview-${locale}-${width}`);
    await page.getByRole('button', { name: words.confirm }).click();
    await page.getByText(words.done).waitFor();
    await session.screenshot(page, `import-done-${locale}-${width}`);
    const rows = await session.db.query<{ id: string; email: string }>(
      `SELECT id, email FROM candidates WHERE email LIKE $1 ORDER BY email`,
      [`%.${tag}@example%`],
    );
    expect(rows.map((row) => row.email)).toEqual([`laras.${tag}@example.com`]);
    // The result names who was imported; the name opens their page.
    const imported = page.getByTestId('imported-candidates');
    expect(await imported.getByRole('heading').textContent()).toBe(
      locale === 'id' ? 'Kandidat yang diimpor' : 'Imported candidates',
    );
    await imported.getByRole('link', { name: `Laras Impor ${tag}` }).click();
    await page.waitForURL(`**/candidates/${rows[0]!.id}`);
    // The imported person's page does not pass HR's import off as the candidate's own consent.
    expect(await page.getByTestId('consent').first().textContent()).toContain(
      locale === 'id' ? 'Data diimpor HR pada' : 'Imported by HR on',
    );
    await page.context().close();
  });
}

/**
 * The file of a company's first day: dates as HR types them, a bad phone, and a person twice
 * (same e-mail and phone) with a source Seleksi does not know.
 */
function firstDayFile(tag: string, phone: string): Buffer {
  return Buffer.from(
    [
      'Nama;Email;No HP;Sumber;Tanggal Lamar;Posisi',
      `Putri Impor ${tag};putri.${tag}@example.com;${phone};Instagram;3 Nov 2026;Content Writer`,
      `Hendra Impor ${tag};hendra.${tag}@example.com;0821;JobStreet;2026/11/06;Content Writer`,
      `Ayu Impor ${tag};putri.${tag}@example.com;${phone};Instagram;4 Nov 2026;Content Writer`,
    ].join('\r\n'),
    'utf8',
  );
}

for (const [locale, width] of [
  ['en', 1280],
  ['id', 375],
] as const) {
  test(`a first-day file: bad optional cells are left empty, a duplicate says it once, the history says when they applied and who imported them (${locale}, ${width} px)`, async () => {
    const tag = `d${locale}${Date.now().toString(36)}`;
    const words =
      locale === 'id'
        ? {
            upload: 'Unggah dan baca',
            check: 'Periksa semua baris',
            phoneLeftEmpty: 'Nomor “0821” bukan nomor Indonesia yang valid',
            withoutPhone: 'baris ini diimpor tanpa nomor HP',
            sameBoth: 'Orang yang sama dengan baris 2 (e-mail dan telepon sama).',
            confirm: 'Impor 2 baris yang valid',
            done: '2 kandidat diimpor.',
            appliedOn: 'Melamar (tanggal dari file impor)',
            appliedDay: '3 Nov\\w* 2026',
            imported: 'mengimpor lamaran',
          }
        : {
            upload: 'Upload and read',
            check: 'Check all lines',
            phoneLeftEmpty: 'Phone “0821” is not a valid Indonesian number',
            withoutPhone: 'the line is imported without a phone',
            sameBoth: 'The same person as line 2 (same e-mail and phone).',
            confirm: 'Import the 2 valid lines',
            done: '2 candidates imported.',
            appliedOn: 'Applied (the date from the imported file)',
            appliedDay: '3 Nov\\w* 2026',
            imported: 'imported the application',
          };
    const page = await session.signedInPage('hr@demo.seleksi.id', {
      locale,
      width,
      path: '/candidates/import',
    });
    await page.locator('input[type=file][name=file]').setInputFiles({
      name: 'kandidat.csv',
      mimeType: 'text/csv',
      // A phone of this run's own: the other language's run stored its Putri.
      buffer: firstDayFile(tag, `0819${String(Date.now()).slice(-8)}`),
    });
    await page.getByRole('button', { name: words.upload }).click();
    await page.getByRole('button', { name: words.check }).click();
    // Hendra's bad phone is a warning: his line is still imported, without a phone.
    const warning = page.getByRole('row', { name: new RegExp(`^3 .*${words.phoneLeftEmpty}`) });
    await warning.waitFor();
    expect(await warning.textContent()).toContain(words.withoutPhone);
    // Ayu is Putri again: skipped, said once, and no note on how her source would be imported.
    const skipped = page.getByTestId('skipped-duplicates');
    const reason = (await skipped.getByRole('row', { name: /^4 / }).textContent()) ?? '';
    expect(reason.split(words.sameBoth)).toHaveLength(2);
    expect(reason).not.toContain('Instagram');
    if (width === 375) {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await session.screenshot(page, `import-first-day-preview-${locale}-${width}`);
    await page.getByRole('button', { name: words.confirm }).click();
    await page.getByText(words.done).waitFor();
    const [putri] = await session.db.query<{ id: string }>(
      `SELECT id FROM candidates WHERE email = $1`,
      [`putri.${tag}@example.com`],
    );
    await page.goto(`${session.baseUrl}/candidates/${putri!.id}`);
    // The day she applied, as a day (no invented time, no one from HR), and apart who imported her.
    const applied = page.getByTestId('history-applied-on');
    await applied.waitFor();
    expect(await applied.textContent()).toMatch(
      new RegExp(`^${words.appliedDay}${words.appliedOn.replace(/[()]/g, '\\$&')}$`),
    );
    const history = (await page.locator('.history').first().textContent()) ?? '';
    expect(history).toContain(words.imported);
    expect(history).not.toMatch(/3 Nov 2026,? 00[.:]00/);
    await session.screenshot(page, `import-first-day-history-${locale}-${width}`);
    await page.context().close();
  });
}

/**
 * An import written chunk by chunk (one row each) during which someone with row 3's e-mail is
 * added (as a careers application would be): that row is skipped, the others imported. With
 * `stopAtRow`, that row cannot be written (its stored candidate lost its name) and the import
 * stops there after its last attempt.
 */
async function importWithSkippedRow(tag: string, stopAtRow?: number): Promise<string> {
  const [hr] = await session.db.query<{ id: string }>(
    `SELECT id FROM users WHERE email = 'hr@demo.seleksi.id'`,
  );
  const actor: Actor = { id: hr!.id, role: 'recruiter' };
  const bytes = Buffer.from(
    [
      'Nama;Email',
      `Mega Impor ${tag};mega.${tag}@example.com`,
      `Nanda Impor ${tag};nanda.${tag}@example.com`,
      `Oki Impor ${tag};oki.${tag}@example.com`,
    ].join('\r\n'),
    'utf8',
  );
  const uploaded = await uploadImport(session.db, actor, { fileName: 'kandidat.csv', bytes });
  await requestCheck(session.db, actor, uploaded.id, { fullName: 0, email: 1 });
  await session.db.query(`UPDATE candidate_imports SET status = 'importing' WHERE id = $1`, [
    uploaded.id,
  ]);
  if (stopAtRow) {
    await session.db.query(
      `UPDATE candidate_import_rows SET candidate = candidate - 'fullName'
       WHERE import_id = $1 AND row_number = $2`,
      [uploaded.id, stopAtRow],
    );
  }
  const run = runImport(session.db, testMail, uploaded.id, {
    chunkRows: 1,
    betweenChunks: async ({ lastRow }) => {
      if (lastRow !== 2) return;
      await createCandidate(session.db, testMail, actor, {
        fullName: `Nanda Karier ${tag}`,
        email: `nanda.${tag}@example.com`,
        source: 'careers_page',
        tags: [],
        notes: '',
        jobIds: [],
        tellCandidate: false,
      });
    },
  });
  if (!stopAtRow) await run;
  else {
    await run.catch(() => undefined);
    await runImportStep(session.db, testMail, uploaded.id, 'import', { final: true });
  }
  return uploaded.id;
}

test('the result of an import names the row skipped because its person arrived meanwhile (id and en, 1280 and 375 px)', async () => {
  const importId = await importWithSkippedRow(`s${Date.now().toString(36)}`);
  for (const [locale, width] of [
    ['id', 1280],
    ['id', 375],
    ['en', 1280],
    ['en', 375],
  ] as const) {
    const words =
      locale === 'id'
        ? { done: '2 kandidat diimpor.', skipped: /^3 .*Email.*Selama impor, seseorang/ }
        : { done: '2 candidates imported.', skipped: /^3 .*Email.*Someone with this e-mail/ };
    const page = await session.signedInPage('hr@demo.seleksi.id', {
      locale,
      width,
      path: `/candidates/import/${importId}`,
    });
    await page.getByText(words.done).waitFor();
    await page.getByRole('row', { name: words.skipped }).waitFor();
    if (width === 375) {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await session.screenshot(page, `import-skipped-${locale}-${width}`);
    await page.context().close();
  }
});

test('a stopped import says plainly how many were saved and from which row nothing was (en 1280, id 375 px)', async () => {
  const importId = await importWithSkippedRow(`t${Date.now().toString(36)}`, 4);
  for (const [locale, width] of [
    ['en', 1280],
    ['id', 375],
  ] as const) {
    const stopped =
      locale === 'id'
        ? 'Impor berhenti di baris 4 karena kesalahan. 1 kandidat sudah tersimpan'
        : 'The import stopped at line 4 after an error. 1 candidate was saved';
    const page = await session.signedInPage('hr@demo.seleksi.id', {
      locale,
      width,
      path: `/candidates/import/${importId}`,
    });
    await page.getByText(stopped).waitFor();
    await page.getByRole('row', { name: /^3 / }).waitFor();
    await session.screenshot(page, `import-stopped-${locale}-${width}`);
    await page.context().close();
  }
});

test('the preview says it all at once: an unknown source kept as Other (a note, counted and marked apart from problems), a stored person on a line for a job gets the application (named and linked, no note on the phone it does not store), a draft job; HR tells the candidates never told; the candidate page shows Other (Instagram) (id and en, 1280 and 375 px)', async () => {
  const tag = `p${Date.now().toString(36)}`;
  const [hr] = await session.db.query<{ id: string }>(
    `SELECT id FROM users WHERE email = 'hr@demo.seleksi.id'`,
  );
  const actor: Actor = { id: hr!.id, role: 'recruiter' };
  // Added by hand, not told of it: the import's notice is the first she gets.
  const stored = await createCandidate(session.db, testMail, actor, {
    fullName: `Ada Tersimpan ${tag}`,
    email: `ada.${tag}@example.com`,
    source: 'referral',
    tags: [],
    notes: '',
    jobIds: [],
    tellCandidate: false,
  });
  const bytes = Buffer.from(
    [
      'Nama;Email;HP;Sumber;Posisi',
      // QA Engineer is the demo's draft job.
      `Intan Impor ${tag};intan.${tag}@example.com;;Instagram;QA Engineer`,
      // Ada again, for a job, with a phone that is no number: her application is added to her.
      `Ada Lagi ${tag};ada.${tag}@example.com;12345;JobStreet;Content Writer`,
      // One long word for a name: on a phone its card must wrap it, not run past its edge.
      `Galihwicaksonoadiprakosoputramahendradinata${tag};galih.${tag}@example;(021) 555-1234;Teman;`,
    ].join('\r\n'),
    'utf8',
  );
  const uploaded = await uploadImport(session.db, actor, { fileName: 'kandidat.csv', bytes });
  await requestCheck(session.db, actor, uploaded.id, {
    fullName: 0,
    email: 1,
    phone: 2,
    source: 3,
    job: 4,
  });
  const views = [
    ['id', 1280],
    ['id', 375],
    ['en', 1280],
    ['en', 375],
  ] as const;
  let intanId = '';
  for (const [index, [locale, width]] of views.entries()) {
    const words =
      locale === 'id'
        ? {
            other: 'Sumber “Instagram” tidak dikenal',
            named: `Sudah ada di Seleksi: Ada Tersimpan ${tag} (sama e-mail). Lamaran ke lowongan ini ditambahkan ke kandidat tersebut; datanya tidak diubah.`,
            phone: '12345',
            draft: 'masih draf',
            // A pattern: the cell's text sits in between (its brackets are not regex-safe). Row 4
            // is kept out (its e-mail): the note says what would happen, not that it is imported.
            landline:
              'Nomor telepon rumah/kantor “.*” tidak akan disimpan .*bila baris ini diimpor',
            imported: 'diimpor tanpa nomor HP',
            toImport: 'Yang akan diimpor (2)',
            row: 'Baris',
            storedRow: `Ada Tersimpan ${tag} (sudah ada di Seleksi: lamarannya ditambahkan ke kandidat ini; di file tertulis “Ada Lagi ${tag}”)`,
            summary:
              '2 dari 3 baris siap diimpor. 1 masalah perlu diperbaiki; barisnya tidak diimpor. 2 catatan (barisnya tetap diimpor).',
            note: 'Catatan',
            confirm: 'Impor 2 baris yang valid',
            done: 'Baris diimpor: 2; orang baru di Seleksi: 1 (baris lainnya menambah lamaran untuk orang yang sudah tersimpan atau ada di baris sebelumnya).',
          }
        : {
            other: 'Unknown source “Instagram”',
            named: `Already in Seleksi: Ada Tersimpan ${tag} (same e-mail). The application to this job is added to them; their details are not changed.`,
            phone: '12345',
            draft: 'is a draft',
            landline: 'Landline “.*” would not be kept .*if this line were imported',
            imported: 'imported without a phone',
            toImport: 'Who will be imported (2)',
            row: 'Line',
            storedRow: `Ada Tersimpan ${tag} (already in Seleksi: the application is added to them; the file says “Ada Lagi ${tag}”)`,
            summary:
              '2 of 3 lines are ready to import. 1 problem to fix; its line is not imported. 2 notes (their lines are still imported).',
            note: 'Note',
            confirm: 'Import the 2 valid lines',
            done: 'Lines imported: 2; new people in Seleksi: 1 (the other lines added applications to people stored before or on an earlier line).',
          };
    const page = await session.signedInPage('hr@demo.seleksi.id', {
      locale,
      width,
      path: `/candidates/import/${uploaded.id}`,
    });
    await page.getByRole('row', { name: new RegExp(`^2 .*Sumber.*${words.other}`) }).waitFor();
    // Row 3 is Ada again: a note naming (and linking) her, saying her application is added and
    // nothing else; not a word on the phone, which is not stored (her details are not changed).
    const named = page.getByRole('link', { name: words.named });
    await named.waitFor();
    expect(await named.getAttribute('href')).toBe(`/candidates/${stored.id}`);
    const adaRow = page.getByRole('row', { name: /^3 / });
    expect(await adaRow.locator('[data-kind]').allTextContents()).toEqual([`i${words.note}`]);
    expect(await adaRow.textContent()).not.toContain(words.phone);
    const landline = page.getByRole('row', { name: new RegExp(`^4 .*HP.*${words.landline}`) });
    await landline.waitFor();
    expect(await landline.textContent()).not.toContain(words.imported);
    // Who goes in, by row and name, beside the problems of those who do not. Ada's line names
    // her as stored (linked: her application is added to her), and the file's other name.
    const toImport = page.getByTestId('rows-to-import');
    expect(await toImport.locator('summary').textContent()).toBe(words.toImport);
    expect(await toImport.locator('li').allTextContents()).toEqual([
      `${words.row} 2 Intan Impor ${tag}`,
      `${words.row} 3 ${words.storedRow}`,
    ]);
    const storedLink = toImport.getByRole('link', { name: `Ada Tersimpan ${tag}` });
    expect(await storedLink.getAttribute('href')).toBe(`/candidates/${stored.id}`);
    // The problems' sentences wrap: the table does not scroll sideways, at 1280 px either.
    const frame = page.locator('.import-preview .report-table').first();
    expect(await frame.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
    expect(await page.getByTestId('draft-job').textContent()).toContain(words.draft);
    // Only what keeps a row out is a problem; the unknown source and the new application are
    // notes, counted and marked apart (their own word and colour), not "Catatan:" before an
    // error's look.
    expect(await page.getByTestId('import-summary').textContent()).toBe(words.summary);
    const note = page.getByRole('row', { name: /^2 / }).locator('[data-kind=notice]');
    expect(await note.textContent()).toBe(`i${words.note}`);
    const problemMark = page
      .getByRole('row', { name: /^4 / })
      .locator('[data-kind=problem]')
      .first();
    const background = (mark: typeof note) =>
      mark.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await background(note)).not.toBe(await background(problemMark));
    // Row 4's landline and "Teman" (read as a referral) are notes too (the row is kept out by its
    // e-mail alone): four notes in all, one problem.
    expect(await page.locator('[data-kind=notice]').count()).toBe(4);
    expect(await page.locator('[data-kind=problem]').count()).toBe(1);
    expect(await page.locator('[data-kind=duplicate]').count()).toBe(0);
    expect(await page.getByRole('checkbox').isChecked()).toBe(true);
    if (width === 375) {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      // Each card holds its words: the one-word name of row 4 wraps inside it.
      const spill = await frame.locator('td').evaluateAll((cells) =>
        Math.max(
          ...cells.map((cell) => {
            const words = document.createRange();
            words.selectNodeContents(cell);
            return words.getBoundingClientRect().right - cell.getBoundingClientRect().right;
          }),
        ),
      );
      expect(spill).toBeLessThanOrEqual(0);
    }
    await session.screenshot(page, `import-preview-all-${locale}-${width}`);
    if (index === views.length - 1) {
      // Confirmed with the notice ticked (the default): Intan is told, and Ada, whom nobody had
      // told yet, under her own name; each once.
      await page.getByRole('button', { name: words.confirm }).click();
      await page.getByText(words.done).waitFor();
      const notices = await session.db.query<{ to_email: string; to_name: string }>(
        `SELECT to_email, to_name FROM email_messages
         WHERE template = 'imported_notice' AND to_email LIKE $1 ORDER BY to_email`,
        [`%.${tag}@example%`],
      );
      expect(notices).toEqual([
        { to_email: `ada.${tag}@example.com`, to_name: `Ada Tersimpan ${tag}` },
        { to_email: `intan.${tag}@example.com`, to_name: `Intan Impor ${tag}` },
      ]);
      const [intan] = await session.db.query<{ id: string; source: string; notes: string }>(
        `SELECT id, source, notes FROM candidates WHERE email = $1`,
        [`intan.${tag}@example.com`],
      );
      expect(intan).toMatchObject({ source: 'other', notes: '' });
      intanId = intan!.id;
      // Ada has the application; her name, phone, source and notes are as they were.
      const ada = await session.db.query<{
        full_name: string;
        phone: string | null;
        source: string;
        notes: string;
        title: string;
      }>(
        `SELECT c.full_name, c.phone, c.source, c.notes, j.title FROM candidates c
         JOIN applications a ON a.candidate_id = c.id JOIN jobs j ON j.id = a.job_id
         WHERE c.email = $1`,
        [`ada.${tag}@example.com`],
      );
      expect(ada).toEqual([
        {
          full_name: `Ada Tersimpan ${tag}`,
          phone: null,
          source: 'referral',
          notes: '',
          title: 'Content Writer',
        },
      ]);
    }
    await page.context().close();
  }
  // The file's own word for the source is on the candidate's page, beside "Other".
  for (const [locale, width, shown] of [
    ['id', 375, 'Lainnya (Instagram)'],
    ['en', 375, 'Other (Instagram)'],
    ['en', 1280, 'Other (Instagram)'],
  ] as const) {
    const page = await session.signedInPage('hr@demo.seleksi.id', {
      locale,
      width,
      path: `/candidates/${intanId}`,
    });
    const source = page.getByTestId('candidate-source');
    await source.waitFor();
    expect(await source.textContent()).toBe(shown);
    if (width === 375) {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await session.screenshot(page, `import-candidate-source-${locale}-${width}`);
    await page.context().close();
  }
}, 300_000);

test('a duplicate within the file says which field matched the earlier row (id and en)', async () => {
  const tag = `d${Date.now().toString(36)}`;
  const [hr] = await session.db.query<{ id: string }>(
    `SELECT id FROM users WHERE email = 'hr@demo.seleksi.id'`,
  );
  const actor: Actor = { id: hr!.id, role: 'recruiter' };
  const bytes = Buffer.from(
    [
      'Nama;Email;HP',
      `Rina Impor ${tag};rina.${tag}@example.com;0812 3000 4001`,
      `Rina Lain ${tag};rina.lain.${tag}@example.com;0812 3000 4001`,
      `Rina Lagi ${tag};rina.${tag}@example.com;0812 3000 4002`,
    ].join('\r\n'),
    'utf8',
  );
  const uploaded = await uploadImport(session.db, actor, { fileName: 'kandidat.csv', bytes });
  await requestCheck(session.db, actor, uploaded.id, { fullName: 0, email: 1, phone: 2 });
  for (const [locale, phone, email] of [
    [
      'id',
      'Orang yang sama dengan baris 2 (telepon sama).',
      'Orang yang sama dengan baris 2 (e-mail sama).',
    ],
    ['en', 'The same person as line 2 (same phone).', 'The same person as line 2 (same e-mail).'],
  ] as const) {
    const page = await session.signedInPage('hr@demo.seleksi.id', {
      locale,
      width: 1280,
      path: `/candidates/import/${uploaded.id}`,
    });
    const third = page.getByRole('row', { name: /^3 / });
    await third.waitFor();
    expect(await third.textContent()).toContain(phone);
    expect(await page.getByRole('row', { name: /^4 / }).textContent()).toContain(email);
    await page.close();
  }
});

test("a Seleksi export read back: the joined jobs column is said to be left out, its people are skipped duplicates named by the file's lines (id 375, en 1280 px)", async () => {
  const tag = `x${Date.now().toString(36)}`;
  const [hr] = await session.db.query<{ id: string }>(
    `SELECT id FROM users WHERE email = 'hr@demo.seleksi.id'`,
  );
  const actor: Actor = { id: hr!.id, role: 'recruiter' };
  for (const name of ['Putu', 'Wayan']) {
    await createCandidate(session.db, testMail, actor, {
      fullName: `${name} Ekspor ${tag}`,
      email: `${name.toLowerCase()}.${tag}@example.com`,
      source: 'referral',
      tags: [],
      notes: '',
      jobIds: [],
      tellCandidate: false,
    });
  }
  for (const [locale, width] of [
    ['id', 375],
    ['en', 1280],
  ] as const) {
    const words =
      locale === 'id'
        ? {
            leftOut: 'Kolom “Lowongan dan tahap” tidak diimpor',
            check: 'Periksa semua baris',
            skipped: '2 baris dilewati karena orangnya sudah ada di Seleksi',
            kind: 'Dilewati',
            line: 'Baris',
            skippedColumns: ['Baris', 'Nama (atau e-mail)', 'Alasan dilewati'],
          }
        : {
            leftOut: '“Jobs and stages” is not imported',
            check: 'Check all lines',
            skipped: '2 lines are skipped: their people are already in Seleksi',
            kind: 'Skipped',
            line: 'Line',
            skippedColumns: ['Line', 'Name (or e-mail)', 'Why skipped'],
          };
    const page = await session.signedInPage('hr@demo.seleksi.id', { locale, width });
    // The export as HR downloads it, About block first.
    const exported = await page.request.get(
      `${session.baseUrl}/api/candidates/export?format=csv&locale=${locale}&q=${tag}`,
    );
    const file = await exported.body();
    const uploaded = await uploadImport(session.db, actor, { fileName: 'ekspor.csv', bytes: file });
    await page.goto(`${session.baseUrl}/candidates/import/${uploaded.id}`);
    await expect
      .poll(() => page.getByTestId('column-left-out').textContent())
      .toContain(words.leftOut);
    await session.screenshot(page, `import-export-mapping-${locale}-${width}`);
    await page.getByRole('button', { name: words.check }).click();
    const summary = page.getByTestId('import-summary');
    await expect.poll(() => summary.textContent()).toContain(words.skipped);
    // No error to fix: nothing in the summary or the table reads as one.
    expect(await page.locator('.import-summary__problems').count()).toBe(0);
    expect(await page.locator('[data-kind=problem]').count()).toBe(0);
    expect(await page.locator('[data-kind=duplicate]').first().textContent()).toContain(words.kind);
    // Each person is named by the line Excel shows for them, past the About block.
    const lines = file.toString('utf8').split(/\r?\n/);
    const putuLine = lines.findIndex((line) => line.includes(`putu.${tag}@`)) + 1;
    expect(putuLine).toBeGreaterThan(2);
    const putuRow = page.getByRole('row').filter({ hasText: `Putu Ekspor ${tag}` });
    expect((await putuRow.first().textContent())?.trim()).toMatch(new RegExp(`^${putuLine}\\D`));
    // Skipped lines sit apart, as skipped with their reason: no "problem", no column blamed.
    const skippedLines = page.getByTestId('skipped-duplicates');
    expect(await skippedLines.locator('[data-kind=duplicate]').count()).toBe(2);
    expect(await skippedLines.locator('th[scope=col]').allTextContents()).toEqual(
      words.skippedColumns,
    );
    if (width === 375) {
      // A phone's card names the line as such ("Baris 16"), not a bare number.
      const rowName = await putuRow
        .first()
        .locator('th')
        .evaluate((th) => getComputedStyle(th, '::before').content);
      expect(rowName).toMatch(new RegExp(`^"${words.line} "`));
    }
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await session.screenshot(page, `import-export-preview-${locale}-${width}`);
  }
});
