import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { privacyNoticeVersion } from '../../src/domain/careers';
import { createTestApp, type TestApp } from '../support/test-app';
import {
  applyFromCareers,
  makeDocx,
  makePdf,
  multipart,
  pngBytes,
  waitForCvText,
  type UploadFile,
} from '../support/cv-files';
import { buildApplication, buildJob } from '../support/factories';
import { expectError, expectInvalid, unknownId } from '../support/expectations';
import { lyingDocxBomb } from '../support/hostile-zips';

let t: TestApp;
let jobId: string;
beforeAll(async () => {
  t = await createTestApp({ background: true });
  jobId = (await buildJob(t)).id;
});
afterAll(() => t.close());

type As = TestApp['users'][keyof TestApp['users']] | null;

async function attach(as: As, candidateId: string, file?: UploadFile) {
  const { payload, headers } = multipart({}, file);
  const reply = await t.app.inject({
    method: 'PUT',
    url: `/api/candidates/${candidateId}/cv`,
    payload,
    headers: { ...headers, ...(as ? { cookie: as.cookie } : {}) },
  });
  return { status: reply.statusCode, body: reply.json() };
}

// Each CV made here is a file of its own: two with the same lines made within one second had the
// same bytes (the PDF's date is in seconds), so the "replaced" file stayed, shared with another.
let made = 0;
const pdf = async (lines: string[], name = 'CV Sari.pdf') => ({
  name,
  bytes: await makePdf([...lines, ...experience, `Versi ${++made}`]),
});
/** Enough text for the reader to count it as a CV rather than a scan. */
const experience = [
  'Sari Wulandari - Platform Engineer',
  'Pengalaman 5 tahun mengelola infrastruktur layanan pembayaran di Jakarta.',
];

async function searchFinds(word: string, candidateId: string): Promise<boolean> {
  const { body } = await t.call(t.users.recruiter, 'GET', `/api/candidates?q=${word}`);
  return (body.items as { id: string }[]).some((item) => item.id === candidateId);
}

async function auditOf(candidateId: string) {
  const { body } = await t.call(
    t.users.admin,
    'GET',
    `/api/admin/audit-log?action=candidate.cv_attached&entityId=${candidateId}`,
  );
  return body.items as { actor: { id: string }; detail: { replaced: boolean } }[];
}

describe('PUT /api/candidates/:candidateId/cv', () => {
  test('needs a session, HR, and a candidate that exists', async () => {
    const { candidateId } = await buildApplication(t, { jobId });
    const file = await pdf(['Sari']);
    expectError(await attach(null, candidateId, file), 401, 'unauthenticated');
    for (const user of [t.users.hiringManager, t.users.interviewer]) {
      expectError(await attach(user, candidateId, file), 403, 'forbidden');
    }
    expectError(await attach(t.users.recruiter, unknownId(), file), 404, 'not_found');
  });

  test('the careers checks apply: the type from the bytes, size, zip bombs; nothing is kept', async () => {
    const { candidateId } = await buildApplication(t, { jobId });
    expectInvalid(
      await attach(t.users.recruiter, candidateId, { name: 'cv.pdf', bytes: pngBytes }),
      {
        cv: 'unsupported_file_type',
      },
    );
    expectInvalid(await attach(t.users.recruiter, candidateId), { cv: true });
    expectInvalid(
      await attach(t.users.recruiter, candidateId, { name: 'cv.docx', bytes: lyingDocxBomb(1024) }),
      { cv: 'unsafe_file' },
    );
    const { body } = await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`);
    expect(body.cvFiles).toEqual([]);
  });

  test('HR attaches a CV to a candidate added by hand; it is read, searchable and audited', async () => {
    const { candidateId } = await buildApplication(t, { jobId });
    const reply = await attach(t.users.recruiter, candidateId, await pdf(['Ahli Kubernetes']));
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ fileName: 'CV Sari.pdf', kind: 'pdf', attachedByHr: true });
    const candidate = await waitForCvText(t, candidateId);
    expect(candidate.cvFiles).toEqual([
      expect.objectContaining({ id: reply.body.id, textStatus: 'extracted', attachedByHr: true }),
    ]);
    expect(candidate.can.attachCv).toBe(true);
    expect(await searchFinds('Kubernetes', candidateId)).toBe(true);
    const download = await t.app.inject({
      url: `/api/cv-files/${reply.body.id}`,
      headers: { cookie: t.users.hiringManager.cookie },
    });
    expect(download.statusCode).toBe(200);
    expect(await auditOf(candidateId)).toEqual([
      expect.objectContaining({ actor: expect.objectContaining({ id: t.users.recruiter.id }) }),
    ]);
    expect((await auditOf(candidateId))[0]!.detail).toEqual({ replaced: false });
  });

  test('a new CV replaces the attached one: the old record, its bytes and its text are gone', async () => {
    const { candidateId } = await buildApplication(t, { jobId });
    const first = await attach(t.users.recruiter, candidateId, await pdf(['Ahli Kubernetes']));
    await waitForCvText(t, candidateId);
    const [old] = await t.db.query<{ sha256: string }>(
      'SELECT sha256 FROM cv_files WHERE id = $1',
      [first.body.id],
    );
    const second = await attach(t.users.admin, candidateId, {
      name: 'CV baru.docx',
      bytes: await makeDocx(['Ahli Terraform', ...experience]),
    });
    expect(second.status).toBe(200);
    const candidate = await waitForCvText(t, candidateId);
    expect(candidate.cvFiles.map((f: { id: string }) => f.id)).toEqual([second.body.id]);
    expect(candidate.cvFiles[0]).toMatchObject({ fileName: 'CV baru.docx', kind: 'docx' });
    expectError(
      await t.call(t.users.recruiter, 'GET', `/api/cv-files/${first.body.id}`),
      404,
      'not_found',
    );
    expect(existsSync(join(t.cvDir, old!.sha256))).toBe(false);
    expect(await searchFinds('Kubernetes', candidateId)).toBe(false);
    expect(await searchFinds('Terraform', candidateId)).toBe(true);
    expect((await auditOf(candidateId)).map((entry) => entry.detail.replaced)).toEqual([
      true,
      false,
    ]);
  });

  test('a refused replacement leaves the attached CV as it was', async () => {
    const { candidateId } = await buildApplication(t, { jobId });
    const first = await attach(t.users.recruiter, candidateId, await pdf(['Ahli Kubernetes']));
    expectInvalid(
      await attach(t.users.recruiter, candidateId, { name: 'x.pdf', bytes: Buffer.alloc(0) }),
      { cv: true },
    );
    const { body } = await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`);
    expect(body.cvFiles.map((f: { id: string }) => f.id)).toEqual([first.body.id]);
  });

  test("a careers candidate's own CV is never replaced (409), and the page offers no upload", async () => {
    const email = `kolam.${Date.now()}@example.com`;
    const applied = await applyFromCareers(
      t,
      jobId,
      {
        fullName: 'Matriks Kolam',
        email,
        phone: '0812-7000-5678',
        city: 'Medan',
        consent: 'true',
        privacyNoticeVersion,
      },
      await pdf(['Asli'], 'cv.pdf'),
    );
    expect(applied.status).toBe(201);
    const [row] = await t.db.query<{ id: string }>('SELECT id FROM candidates WHERE email = $1', [
      email,
    ]);
    const before = (await t.call(t.users.recruiter, 'GET', `/api/candidates/${row!.id}`)).body;
    expect(before.can.attachCv).toBe(false);
    const fields = expectError(
      await attach(t.users.recruiter, row!.id, await pdf(['Palsu'])),
      409,
      'conflict',
    );
    expect(fields[0]).toMatchObject({ path: 'cv', code: 'cv_from_candidate' });
    const after = (await t.call(t.users.recruiter, 'GET', `/api/candidates/${row!.id}`)).body;
    const ids = (files: { id: string; attachedByHr: boolean }[]) =>
      files.map((f) => [f.id, f.attachedByHr]);
    expect(ids(after.cvFiles)).toEqual(ids(before.cvFiles));
    expect(ids(after.cvFiles)).toEqual([[expect.any(String), false]]);
  });
});
