import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findCvFile, insertCvFile } from '../../src/db/queries/cv-files';
import { privacyNoticeVersion } from '../../src/domain/careers';
import { extractCvText } from '../../src/services/candidates/cv-file-service';
import { fileCvStore } from '../../src/services/candidates/cv-store';
import { createTestApp, type TestApp } from '../support/test-app';
import {
  applyFromCareers,
  makeDocx,
  makePdf,
  makePlainZip,
  makeScannedPdf,
  pngBytes,
  waitForCvText,
} from '../support/cv-files';
import { buildApplication, buildJob } from '../support/factories';
import { crowdedDocx, lyingDocxBomb } from '../support/hostile-zips';

let t: TestApp;
let jobId: string;
let counter = 0;

beforeAll(async () => {
  t = await createTestApp({ background: true });
  jobId = (
    await buildJob(t, {
      title: 'Backend Developer',
      requiredSkills: ['Golang', 'PostgreSQL'],
      tools: ['Docker'],
    })
  ).id;
});
afterAll(() => t.close());

function fields(overrides: Record<string, string> = {}) {
  const n = counter++;
  return {
    fullName: `Dewi Lestari ${n}`,
    email: `dewi.${n}@example.com`,
    phone: '0813-1111-2222',
    city: 'Bandung',
    consent: 'true',
    privacyNoticeVersion,
    locale: 'id',
    ...overrides,
  };
}

const cvLines = [
  'Dewi Lestari - Backend Developer',
  'Pengalaman 4 tahun membangun layanan pembayaran dengan Golang dan PostgreSQL.',
  'Mengelola deployment dengan Kubernetes di Tokopedia.',
];

async function candidateByEmail(email: string) {
  const { body } = await t.call(
    t.users.recruiter,
    'GET',
    `/api/candidates?q=${encodeURIComponent(email)}`,
  );
  return body.items[0] as { id: string } | undefined;
}

async function candidateCount(): Promise<number> {
  const [row] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM candidates');
  return row!.n;
}

describe('careers page', () => {
  test('lists open jobs only, with the interview process but no team names', async () => {
    const draft = await t.call(t.users.recruiter, 'POST', '/api/jobs', {
      ...(await import('../support/factories')).jobInput(t, { title: 'Draft role' }),
    });
    const list = await t.call(null, 'GET', '/api/careers/jobs');
    expect(list.status).toBe(200);
    const ids = list.body.items.map((j: { id: string }) => j.id);
    expect(ids).toContain(jobId);
    expect(ids).not.toContain(draft.body.id);
    const one = await t.call(null, 'GET', `/api/careers/jobs/${jobId}`);
    expect(one.body.path).toBe(`/careers/backend-developer-${jobId}`);
    expect(one.body.requiredSkills).toEqual(['Golang', 'PostgreSQL']);
    expect(JSON.stringify(one.body)).not.toContain('Budi');
    expect((await t.call(null, 'GET', `/api/careers/jobs/${draft.body.id}`)).status).toBe(404);
  });

  test('the OpenAPI document describes the upload as multipart with a binary CV', async () => {
    const { body } = await t.call(null, 'GET', '/api/openapi.json');
    const op = body.paths['/api/careers/jobs/{jobId}/applications'].post;
    const schema = op.requestBody.content['multipart/form-data'].schema;
    expect(schema.properties.cv).toEqual({ type: 'string', format: 'binary' });
    expect(schema.required).toContain('fullName');
  });
});

describe('applying', () => {
  test('a PDF CV: candidate, application, consent and the CV text are recorded', async () => {
    const input = fields({ phone: '+62 812 3456 7000', portfolioUrl: 'https://dewi.dev' });
    const pdf = await makePdf(cvLines);
    const applied = await applyFromCareers(t, jobId, input, {
      name: 'CV Dewi.pdf',
      bytes: pdf,
      contentType: 'application/pdf',
    });
    expect(applied).toEqual({
      status: 201,
      body: { received: true, jobTitle: 'Backend Developer' },
    });
    const found = await candidateByEmail(input.email);
    const candidate = await waitForCvText(t, found!.id);
    expect(candidate).toMatchObject({
      fullName: input.fullName,
      phone: '+6281234567000',
      city: 'Bandung',
      source: 'careers_page',
      portfolioUrl: 'https://dewi.dev',
      consents: [{ purpose: 'recruitment', privacyNoticeVersion, locale: 'id' }],
      cvFiles: [{ fileName: 'CV Dewi.pdf', kind: 'pdf', textStatus: 'extracted' }],
      applications: [{ jobId, stage: 'applied' }],
    });
    // The confirmation e-mail is queued with the application, in the form's language.
    const mails = await t.db.query<{
      template: string;
      locale: string;
      toEmail: string;
      body: string;
    }>(
      `SELECT template, locale, to_email AS "toEmail", body FROM email_messages WHERE application_id = $1`,
      [candidate.applications[0].id],
    );
    expect(mails).toEqual([
      expect.objectContaining({
        template: 'application_received',
        locale: 'id',
        toEmail: input.email,
      }),
    ]);
    expect(mails[0]!.body).toMatch(/\/portal\/[\w-]{20,}/);
    expect(candidate.applications[0].history[0]).toMatchObject({
      actorName: null,
      toStage: 'applied',
    });
    // The CV's words are searchable, with the passage where they matched.
    const search = await t.call(t.users.recruiter, 'GET', '/api/candidates?q=kubernetes');
    expect(search.body.items.map((c: { id: string }) => c.id)).toContain(found!.id);
    const hit = search.body.items.find((c: { id: string }) => c.id === found!.id);
    expect(hit.snippet.filter((s: { match: boolean }) => s.match)[0].text).toBe('Kubernetes');
  });

  test('a DOCX CV, even one named .pdf, is read as the Word file it is', async () => {
    const input = fields();
    const docx = await makeDocx([
      'Rina Backend',
      'Berpengalaman 3 tahun dengan Golang dan Docker.',
    ]);
    const applied = await applyFromCareers(t, jobId, input, { name: 'cv.pdf', bytes: docx });
    expect(applied.status).toBe(201);
    const candidate = await waitForCvText(t, (await candidateByEmail(input.email))!.id);
    expect(candidate.cvFiles[0]).toMatchObject({
      fileName: 'cv.docx',
      kind: 'docx',
      textStatus: 'extracted',
    });
  });

  test('an unreadable PDF still applies and says why; a scan says it has no text', async () => {
    const broken = fields();
    const damaged = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x41)]);
    expect(
      (await applyFromCareers(t, jobId, broken, { name: 'cv.pdf', bytes: damaged })).status,
    ).toBe(201);
    const brokenCandidate = await waitForCvText(t, (await candidateByEmail(broken.email))!.id);
    expect(brokenCandidate.cvFiles[0]).toMatchObject({
      textStatus: 'failed',
      textProblem: 'damaged_file',
    });
    expect(brokenCandidate.applications).toHaveLength(1);

    const scanned = fields();
    const scan = await makeScannedPdf();
    expect(
      (await applyFromCareers(t, jobId, scanned, { name: 'scan.pdf', bytes: scan })).status,
    ).toBe(201);
    const scannedCandidate = await waitForCvText(t, (await candidateByEmail(scanned.email))!.id);
    expect(scannedCandidate.cvFiles[0]).toMatchObject({ textStatus: 'no_text', textProblem: null });
  });

  test('a picture named .pdf, a plain zip and an oversize file are refused; nothing is written', async () => {
    const before = await candidateCount();
    const png = await applyFromCareers(t, jobId, fields(), { name: 'cv.pdf', bytes: pngBytes });
    expect(png.status).toBe(400);
    expect(png.body.error.fields).toEqual([
      expect.objectContaining({ path: 'cv', code: 'unsupported_file_type' }),
    ]);
    const zip = await applyFromCareers(t, jobId, fields(), {
      name: 'cv.docx',
      bytes: await makePlainZip(),
    });
    expect(zip.body.error.fields[0]).toMatchObject({ path: 'cv', code: 'unsupported_file_type' });
    const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024 + 10)]);
    const oversize = await applyFromCareers(t, jobId, fields(), { name: 'cv.pdf', bytes: big });
    expect(oversize.status).toBe(400);
    expect(oversize.body.error.fields[0]).toMatchObject({ path: 'cv', code: 'file_too_large' });
    expect(await candidateCount()).toBe(before);
  });

  test('zip bombs are refused on the CV field, by what the archive really holds; nothing is written', async () => {
    const filesBefore = readdirSync(t.cvDir, { recursive: true }).length;
    const before = await candidateCount();
    // The finding: about 1 MB whose headers say the document is 2 kB; it unpacks to 1 GiB.
    const bomb = await applyFromCareers(t, jobId, fields(), {
      name: 'cv.docx',
      bytes: lyingDocxBomb(1024),
    });
    expect(bomb.status).toBe(400);
    expect(bomb.body.error.fields).toEqual([
      expect.objectContaining({ path: 'cv', code: 'unsafe_file' }),
    ]);
    // An end record that says 3 parts, for 60,000 in the archive.
    const crowded = await applyFromCareers(t, jobId, fields(), {
      name: 'cv.docx',
      bytes: crowdedDocx(60_000),
    });
    expect(crowded.status).toBe(400);
    expect(crowded.body.error.fields).toEqual([
      expect.objectContaining({ path: 'cv', code: 'unsafe_file' }),
    ]);
    expect(await candidateCount()).toBe(before);
    expect(readdirSync(t.cvDir, { recursive: true }).length).toBe(filesBefore);
  });

  test('a zip bomb already stored is reported unreadable, without unpacking it', async () => {
    const { candidateId, applicationId } = await buildApplication(t, { jobId });
    const store = fileCvStore(t.cvDir);
    const bytes = lyingDocxBomb(1024);
    const cvFileId = await insertCvFile(t.db, {
      candidateId,
      applicationId,
      sha256: await store.save(bytes),
      kind: 'docx',
      byteSize: bytes.length,
      fileName: 'cv.docx',
    });
    // Unpacking the whole 1 GiB took this process about 900 MB more and 16 s.
    const peakBefore = process.resourceUsage().maxRSS;
    const started = performance.now();
    await extractCvText(t.db, store, cvFileId);
    const peakGrowthMb = (process.resourceUsage().maxRSS - peakBefore) / 1024;
    expect(peakGrowthMb).toBeLessThan(200);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(await findCvFile(t.db, cvFileId)).toMatchObject({
      textStatus: 'failed',
      textProblem: 'damaged_file',
    });
  });

  test('the file name is kept without bidirectional or invisible controls', async () => {
    const input = fields();
    const applied = await applyFromCareers(t, jobId, input, {
      name: 'CV Dewi\u202Efdp.exe\u200B\u2066.pdf',
      bytes: await makePdf(cvLines),
    });
    expect(applied.status).toBe(201);
    const { body } = await t.call(
      t.users.recruiter,
      'GET',
      `/api/candidates/${(await candidateByEmail(input.email))!.id}`,
    );
    expect(body.cvFiles[0].fileName).toBe('CV Dewifdp.exe.pdf');
  });

  test('a portfolio link typed without https:// is kept as a full link; a non-link is named', async () => {
    const input = fields({ portfolioUrl: 'github.com/dewi-lestari' });
    const pdf = await makePdf(cvLines);
    const applied = await applyFromCareers(t, jobId, input, { name: 'cv.pdf', bytes: pdf });
    expect(applied.status).toBe(201);
    const { body } = await t.call(
      t.users.recruiter,
      'GET',
      `/api/candidates/${(await candidateByEmail(input.email))!.id}`,
    );
    expect(body.portfolioUrl).toBe('https://github.com/dewi-lestari');

    const before = await candidateCount();
    const refused = await applyFromCareers(t, jobId, fields({ portfolioUrl: 'my portfolio' }), {
      name: 'cv.pdf',
      bytes: pdf,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([
      expect.objectContaining({ path: 'portfolioUrl', code: 'invalid_link' }),
    ]);
    expect(await candidateCount()).toBe(before);
  });

  test('every bad field is named at once: consent, e-mail, phone, missing CV', async () => {
    const before = await candidateCount();
    const { consent: _consent, ...withoutConsent } = fields({ email: 'not-an-email', phone: '12' });
    const result = await applyFromCareers(t, jobId, withoutConsent);
    expect(result.status).toBe(400);
    const byPath = Object.fromEntries(
      result.body.error.fields.map((f: { path: string; code: string }) => [f.path, f.code]),
    );
    expect(byPath).toMatchObject({
      email: 'invalid_email',
      phone: 'invalid_phone',
      cv: 'required',
    });
    const pdf = await makePdf(cvLines);
    const noConsent = await applyFromCareers(
      t,
      jobId,
      { ...withoutConsent, email: 'a@b.id', phone: '081311112222' },
      {
        name: 'cv.pdf',
        bytes: pdf,
      },
    );
    expect(noConsent.body.error.fields).toEqual([
      expect.objectContaining({ path: 'consent', code: 'consent_required' }),
    ]);
    expect(await candidateCount()).toBe(before);
  });

  test('an e-mail left empty (or only spaces) is "required", not a bad format', async () => {
    const before = await candidateCount();
    const pdf = await makePdf(cvLines);
    for (const email of ['', '   ']) {
      const result = await applyFromCareers(t, jobId, fields({ email }), {
        name: 'cv.pdf',
        bytes: pdf,
      });
      expect(result.status).toBe(400);
      expect(result.body.error.fields).toEqual([
        expect.objectContaining({ path: 'email', code: 'required' }),
      ]);
    }
    expect(await candidateCount()).toBe(before);
  });

  test('a form field holding a NUL character is named and nothing is kept; a file name is cleaned', async () => {
    const before = await candidateCount();
    const pdf = await makePdf(cvLines);
    const refused = await applyFromCareers(t, jobId, fields({ city: 'Bandung\u0000' }), {
      name: 'cv.pdf',
      bytes: pdf,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([
      expect.objectContaining({ path: 'city', code: 'invalid_characters' }),
    ]);
    expect(await candidateCount()).toBe(before);
    // The file's name is ours to clean, not the candidate's to retype.
    const input = fields();
    const applied = await applyFromCareers(t, jobId, input, { name: 'cv\u0001.pdf', bytes: pdf });
    expect(applied.status, JSON.stringify(applied.body)).toBe(201);
    const candidate = await waitForCvText(t, (await candidateByEmail(input.email))!.id);
    expect(candidate.cvFiles[0].fileName).toBe('cv.pdf');
  });

  test('the honeypot: a filled hidden field looks accepted but keeps nothing', async () => {
    const before = await candidateCount();
    const mailsBefore = (await t.db.query('SELECT 1 FROM email_messages')).length;
    const result = await applyFromCareers(t, jobId, fields({ website: 'http://spam.example' }), {
      name: 'cv.pdf',
      bytes: await makePdf(cvLines),
    });
    expect(result.status).toBe(201);
    expect(await candidateCount()).toBe(before);
    expect((await t.db.query('SELECT 1 FROM email_messages')).length).toBe(mailsBefore);
  });

  test('when the database refuses the application, the stored CV file goes too', async () => {
    // A fault injected in the database: the CV row cannot be written.
    await t.db.query(`CREATE FUNCTION refuse_cv() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'injected fault'; END $$`);
    await t.db.query(`CREATE TRIGGER refuse_cv BEFORE INSERT ON cv_files
      FOR EACH ROW WHEN (NEW.file_name = 'gagal.pdf') EXECUTE FUNCTION refuse_cv()`);
    try {
      const filesBefore = readdirSync(t.cvDir, { recursive: true }).length;
      const before = await candidateCount();
      const result = await applyFromCareers(t, jobId, fields(), {
        name: 'gagal.pdf',
        bytes: await makePdf([...cvLines, `Unik ${Date.now()}`]),
      });
      expect(result.status).toBe(500);
      expect(await candidateCount()).toBe(before);
      expect(readdirSync(t.cvDir, { recursive: true }).length).toBe(filesBefore);
    } finally {
      await t.db.query('DROP TRIGGER refuse_cv ON cv_files');
      await t.db.query('DROP FUNCTION refuse_cv()');
    }
  });

  test('one client may apply ten times a minute', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await applyFromCareers(t, jobId, fields(), undefined, '192.0.2.9')).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  test('a closed or unknown job takes no applications', async () => {
    const closed = await buildJob(t, { title: 'Closed role' });
    await t.call(t.users.recruiter, 'POST', `/api/jobs/${closed.id}/close`);
    const result = await applyFromCareers(t, closed.id, fields(), {
      name: 'cv.pdf',
      bytes: await makePdf(cvLines),
    });
    expect(result.status).toBe(404);
  });
});

describe('CV download', () => {
  test('only through the access check, with a safe name, the real type and nosniff', async () => {
    const input = fields();
    await applyFromCareers(t, jobId, input, {
      name: 'Résumé: Dewi <final>.pdf',
      bytes: await makePdf(cvLines),
    });
    const candidate = await waitForCvText(t, (await candidateByEmail(input.email))!.id);
    const url = `/api/cv-files/${candidate.cvFiles[0].id}`;
    const asRecruiter = await t.app.inject({ url, headers: { cookie: t.users.recruiter.cookie } });
    expect(asRecruiter.statusCode).toBe(200);
    expect(asRecruiter.headers['content-type']).toBe('application/pdf');
    expect(asRecruiter.headers['x-content-type-options']).toBe('nosniff');
    expect(asRecruiter.headers['content-disposition']).toBe(
      `attachment; filename="R_sum_ Dewi final.pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20Dewi%20final.pdf`,
    );
    expect(asRecruiter.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const asInterviewer = await t.app.inject({
      url,
      headers: { cookie: t.users.interviewer.cookie },
    });
    // The job's interviewer sits on no interview panel of this candidate: not theirs to read.
    expect(asInterviewer.statusCode).toBe(404);
    const asManager = await t.app.inject({
      url,
      headers: { cookie: t.users.hiringManager.cookie },
    });
    expect(asManager.statusCode).toBe(200);
    expect((await t.call(t.users.otherManager, 'GET', url)).status).toBe(404);
    expect((await t.call(null, 'GET', url)).status).toBe(401);
  });
});
