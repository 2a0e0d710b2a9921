import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { uploadCsv, confirmImport } from '../support/candidate-imports';
import { addCandidate, buildJob, buildOtherTeamsJob, moveTo } from '../support/factories';
import { download as downloadFile } from '../support/downloads';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';

let t: TestApp;
let jobA: { id: string; title: string };
let jobB: { id: string; title: string };
const tag = Date.now().toString(36);

const download = (as: TestUser | null, url: string) => downloadFile(t, as, url);

beforeAll(async () => {
  t = await createTestApp();
  jobA = await buildJob(t, { title: `Data Analyst ${tag}` });
  // Job B's hiring manager is someone else: the test app's hiring manager does not see it.
  jobB = await buildOtherTeamsJob(t, { title: `Kasir ${tag}` });
  const sari = await addCandidate(t, {
    fullName: 'Sari Analis',
    email: `sari.${tag}@example.com`,
    city: 'Bandung',
    source: 'linkedin',
    tags: ['sql'],
    jobIds: [jobA.id],
  });
  await moveTo(t, sari.applications[0]!.id, 'cv_screening');
  const evil = await addCandidate(t, {
    fullName: '=HYPERLINK("http://evil.example","klik")',
    email: `evil.${tag}@example.com`,
    jobIds: [jobA.id],
  });
  // An imported source Seleksi has no name for, written as a formula.
  await t.db.query(
    `UPDATE candidates SET source = 'other', source_detail = '=1+1 Job fair' WHERE id = $1`,
    [evil.id],
  );
  await addCandidate(t, {
    fullName: 'Kiki Kasir',
    email: `kiki.${tag}@example.com`,
    jobIds: [jobB.id],
  });
});
afterAll(() => t.close());

/** A CSV export's blocks: its "About" block, then the rows, each block its lines. */
function csvBlocks(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n\r\n')
    .map((block) => block.split('\r\n'));
}

describe('exporting the candidate list', () => {
  test('CSV with the list’s filters, formulas neutralised, audited without personal data', async () => {
    const file = await download(
      t.users.recruiter,
      `/api/candidates/export?format=csv&locale=en&jobId=${jobA.id}`,
    );
    expect(file.status).toBe(200);
    expect(file.type).toContain('text/csv');
    // The name says which job's candidates it holds.
    expect(file.disposition).toMatch(
      new RegExp(
        `attachment; filename="seleksi-candidates-data-analyst-${tag}-\\d{4}-\\d{2}-\\d{2}\\.csv"`,
      ),
    );
    const [about, list] = csvBlocks(file.text);
    expect(about).toEqual([
      'About this export',
      'Filter,Value',
      'Export,Candidate list',
      'Search,All',
      `Job,Data Analyst ${tag}`,
      'Stage,All',
      'Source,All',
      'Tag,All',
      'Talent pool,All',
      'Applied from,All',
      'Applied to,All',
      expect.stringMatching(/^Downloaded on,\d{4}-\d{2}-\d{2}$/),
    ]);
    const lines = list!.slice(1);
    expect(list![0]).toBe('Candidates');
    expect(lines[0]).toBe('Name,E-mail,Phone,City,Source,Source detail,Tags,Jobs and stages,Added');
    expect(lines).toHaveLength(3);
    expect(file.text).toContain(
      `Sari Analis,sari.${tag}@example.com,0812-3456-7890,Bandung,LinkedIn,,sql,Data Analyst ${tag}: CV screening,`,
    );
    // The formula stays text.
    expect(file.text).toContain(`"'=HYPERLINK(""http://evil.example"",""klik"")"`);
    expect(file.text).not.toContain('Kiki');

    const [entry] = await t.db.query<{ detail: Record<string, unknown>; actor_id: string }>(
      `SELECT detail, actor_id FROM audit_log WHERE action = 'candidate_list.exported'
       ORDER BY id DESC LIMIT 1`,
    );
    expect(entry!.actor_id).toBe(t.users.recruiter.id);
    expect(entry!.detail).toMatchObject({ format: 'csv', rows: 2, jobId: jobA.id, words: false });
    expect(JSON.stringify(entry!.detail)).not.toMatch(/Sari|example\.com/);
  });

  test('search words and other filters narrow the file as they narrow the list', async () => {
    const file = await download(t.users.recruiter, `/api/candidates/export?format=csv&q=Kiki`);
    expect(file.text).toContain('Kiki Kasir');
    // The search words are in the name and, in Indonesian, in the "Tentang ekspor ini" block.
    expect(file.disposition).toMatch(/filename="seleksi-candidates-kiki-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(csvBlocks(file.text)[0]).toContain('Pencarian,Kiki');
    expect(file.text).not.toContain('Sari Analis');
    const bySource = await download(
      t.users.recruiter,
      `/api/candidates/export?format=csv&source=linkedin&q=Analis`,
    );
    expect(bySource.text).toContain('Sari Analis');
    expect(bySource.text).not.toContain('Kiki');
    expect(bySource.disposition).toMatch(
      /filename="seleksi-candidates-analis-linkedin-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    expect(csvBlocks(bySource.text)[0]).toEqual(
      expect.arrayContaining(['Pencarian,Analis', 'Sumber,LinkedIn', 'Tahap,Semua']),
    );
    const [entry] = await t.db.query<{ detail: Record<string, unknown> }>(
      `SELECT detail FROM audit_log WHERE action = 'candidate_list.exported' ORDER BY id DESC LIMIT 1`,
    );
    // The words may be a name: only that there were some is kept.
    expect(entry!.detail).toMatchObject({ words: true, source: 'linkedin' });
    // Days and the talent pool, in the block and in the name; a formula typed as search stays text.
    const dated = await download(
      t.users.recruiter,
      `/api/candidates/export?format=csv&locale=en&q=${encodeURIComponent('=1+2')}&talentPool=member&appliedFrom=2026-01-01&appliedTo=2026-02-28`,
    );
    expect(dated.status).toBe(200);
    expect(dated.disposition).toMatch(
      /filename="seleksi-candidates-1-2-talent-pool-from-2026-01-01-to-2026-02-28-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    expect(csvBlocks(dated.text)[0]).toEqual(
      expect.arrayContaining([
        "Search,'=1+2",
        'Talent pool,Talent pool members only',
        'Applied from,2026-01-01',
        'Applied to,2026-02-28',
      ]),
    );
  });

  test('XLSX in Indonesian, formula text stays text', async () => {
    const file = await download(
      t.users.recruiter,
      `/api/candidates/export?format=xlsx&jobId=${jobA.id}`,
    );
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const about = workbook.worksheets[0]!;
    expect(about.name).toBe('Tentang ekspor ini');
    expect(about.getRow(4).values).toEqual([undefined, 'Lowongan', `Data Analyst ${tag}`]);
    expect(file.disposition).toMatch(
      new RegExp(`filename="seleksi-candidates-data-analyst-${tag}-\\d{4}-\\d{2}-\\d{2}\\.xlsx"`),
    );
    const sheet = workbook.worksheets[1]!;
    expect(sheet.name).toBe('Kandidat');
    expect(sheet.getRow(1).getCell(1).value).toBe('Nama');
    // A string cell with the text as typed (no apostrophe), never a formula: Excel shows it and
    // does not evaluate it.
    const cells = [2, 3].map((row) => sheet.getRow(row).getCell(1));
    const evil = cells.find((cell) => String(cell.value).includes('HYPERLINK'))!;
    expect(evil.value).toBe('=HYPERLINK("http://evil.example","klik")');
    expect(evil.type).toBe(ExcelJS.ValueType.String);
    expect(evil.numFmt).toBe('@');
    for (const cell of cells) {
      expect(cell.formula).toBeUndefined();
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
    }
    // "Ditambahkan" is a real date cell (sortable, filterable), shown as YYYY-MM-DD.
    const added = sheet.getRow(2).getCell(9);
    expect(sheet.getRow(1).getCell(9).value).toBe('Ditambahkan');
    expect(added.type).toBe(ExcelJS.ValueType.Date);
    expect(added.numFmt).toBe('yyyy-mm-dd');
    expect(added.value).toBeInstanceOf(Date);
    expect((added.value as Date).toISOString()).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
  });

  test('only what the reader may see: a hiring manager gets their jobs’ candidates; interviewers none', async () => {
    const manager = await download(t.users.hiringManager, `/api/candidates/export?format=csv`);
    expect(manager.status).toBe(200);
    expect(manager.text).toContain('Sari Analis');
    expect(manager.text).not.toContain('Kiki');
    const other = await download(t.users.otherManager, `/api/candidates/export?format=csv`);
    expect(other.text).toContain('Kiki');
    expect(other.text).not.toContain('Sari Analis');
    expect((await download(t.users.interviewer, '/api/candidates/export?format=csv')).status).toBe(
      403,
    );
    expect((await download(null, '/api/candidates/export?format=csv')).status).toBe(401);
    const bad = await t.call(t.users.recruiter, 'GET', '/api/candidates/export?format=pdf');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toMatchObject([{ path: 'format' }]);
  });
});

describe("a landline kept in an imported candidate's notes", () => {
  test('stays out of the exports (notes are HR’s internal words, withheld from the hiring manager, who may export), and stays on HR’s page', async () => {
    const jobC = await buildJob(t, { title: `Resepsionis ${tag}` });
    const id = await uploadCsv(t, [
      'Nama,Email,Telepon,Posisi',
      `Rumah Impor,rumah.${tag}@example.com,(021) 555-1234,Resepsionis ${tag}`,
    ]);
    await t.call(t.users.recruiter, 'POST', `/api/candidate-imports/${id}/check`, {
      mapping: { fullName: 0, email: 1, phone: 2, job: 3 },
    });
    const imported = await confirmImport(t, id);
    expect(imported.body).toMatchObject({ status: 'completed', importedRows: 1 });
    const [stored] = await t.db.query<{ id: string }>(
      'SELECT id FROM candidates WHERE email = $1',
      [`rumah.${tag}@example.com`],
    );
    const hrPage = await t.call(t.users.recruiter, 'GET', `/api/candidates/${stored!.id}`);
    expect(hrPage.body).toMatchObject({ phone: null, notes: expect.stringContaining('555-1234') });
    // The hiring manager may export this job's candidates but does not read HR's notes yet.
    const managerPage = await t.call(t.users.hiringManager, 'GET', `/api/candidates/${stored!.id}`);
    expect(managerPage.body).toMatchObject({ notes: '', notesWithheld: true });
    for (const [as, url] of [
      [t.users.recruiter, `/api/candidates/export?format=csv&jobId=${jobC.id}`],
      [t.users.hiringManager, `/api/candidates/export?format=csv&jobId=${jobC.id}`],
      [t.users.hiringManager, `/api/jobs/${jobC.id}/applications/export?format=csv`],
    ] as const) {
      const file = await download(as, url);
      expect(file.status).toBe(200);
      expect(file.text).toContain('Rumah Impor');
      expect(file.text).not.toContain('555-1234');
    }
  });
});

describe("exporting a job's applications", () => {
  test('stage, dates and score columns for HR and the job’s hiring manager; audited', async () => {
    const file = await download(
      t.users.recruiter,
      `/api/jobs/${jobA.id}/applications/export?format=csv&locale=en`,
    );
    expect(file.status).toBe(200);
    // The name and the "About" block say which job.
    expect(file.disposition).toMatch(
      new RegExp(`filename="seleksi-applications-data-analyst-${tag}-\\d{4}-\\d{2}-\\d{2}\\.csv"`),
    );
    const [about, list] = csvBlocks(file.text);
    expect(about!.slice(0, 4)).toEqual([
      'About this export',
      'Filter,Value',
      "Export,A job's applications",
      `Job,Data Analyst ${tag}`,
    ]);
    const lines = list!.slice(1);
    expect(lines[0]).toBe(
      'Name,E-mail,Phone,Source,Source detail,Stage,Applied on,In this stage since,HR interview,User interview,HR score (1-4),HR recommendation (1-4),User score (1-4),User recommendation (1-4),Combined score (1-4),Latest decision',
    );
    expect(lines.find((line) => line.startsWith('Sari Analis'))).toContain(
      ',LinkedIn,,CV screening,',
    );
    expect(file.text).toContain(`"'=HYPERLINK(`);
    // The source detail, as in the candidate list, neutralised like every text cell.
    expect(lines.find((line) => line.includes('HYPERLINK'))).toContain(",'=1+1 Job fair,");
    const xlsx = await download(
      t.users.hiringManager,
      `/api/jobs/${jobA.id}/applications/export?format=xlsx`,
    );
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(3).values).toEqual([
      undefined,
      'Lowongan',
      `Data Analyst ${tag}`,
    ]);
    const nameColumn = workbook.worksheets[1]!.getColumn(1);
    expect(nameColumn.values).toContain('=HYPERLINK("http://evil.example","klik")');
    nameColumn.eachCell((cell) => {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    });
    // Applied and in-stage-since are date cells; scores, where shown, number cells.
    const sheet = workbook.worksheets[1]!;
    expect(sheet.getRow(1).getCell(5).value).toBe('Detail sumber');
    // The applied date's header is not the stage name "Melamar" of the Tahap column beside it.
    expect(sheet.getRow(1).getCell(6).value).toBe('Tahap');
    expect(sheet.getRow(1).getCell(7).value).toBe('Tanggal melamar');
    const detail = sheet.getColumn(5);
    expect(detail.values).toContain('=1+1 Job fair');
    detail.eachCell((cell) => {
      expect(cell.formula).toBeUndefined();
      expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Null]).toContain(cell.type);
    });
    for (let row = 2; row <= sheet.rowCount; row += 1) {
      for (const column of [7, 8]) {
        const cell = sheet.getRow(row).getCell(column);
        expect(cell.type).toBe(ExcelJS.ValueType.Date);
        expect(cell.numFmt).toBe('yyyy-mm-dd');
      }
      // Columns 9 and 10 say what became of each stage's interview (text; none booked here).
      for (const column of [11, 12, 13, 14, 15]) {
        const cell = sheet.getRow(row).getCell(column);
        expect([ExcelJS.ValueType.Number, ExcelJS.ValueType.Null]).toContain(cell.type);
      }
    }
    // CSV keeps the ISO day as text, the same in every locale.
    expect(lines.find((line) => line.startsWith('Sari Analis'))).toMatch(
      /,\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2},/,
    );
    const [entry] = await t.db.query<{ detail: Record<string, unknown>; entity_id: string }>(
      `SELECT detail, entity_id FROM audit_log WHERE action = 'job_applications.exported'
       ORDER BY id DESC LIMIT 1`,
    );
    expect(entry).toEqual({ entity_id: jobA.id, detail: { format: 'xlsx', rows: 2 } });
  });

  test('interviewers and other teams are refused', async () => {
    const url = `/api/jobs/${jobA.id}/applications/export?format=csv`;
    expect((await download(t.users.interviewer, url)).status).toBe(403);
    expect([403, 404]).toContain((await download(t.users.otherManager, url)).status);
    expect((await download(null, url)).status).toBe(401);
  });
});
