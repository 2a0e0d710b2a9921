import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { privacyNoticeVersion } from '../../src/domain/careers';
import {
  applyFromCareers,
  makeDocx,
  makePdf,
  makeScannedPdf,
  waitForCvText,
} from '../support/cv-files';
import { buildJob } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let jobId: string;
const ids: Record<string, { candidateId: string; applicationId: string }> = {};

beforeAll(async () => {
  t = await createTestApp({ background: true });
  jobId = (
    await buildJob(t, {
      title: 'Data Analyst',
      requiredSkills: ['SQL', 'visualisasi data'],
      tools: ['Excel', 'Looker Studio'],
    })
  ).id;
  const cvs = {
    rina: await makePdf([
      'Rina Wulandari, Data Analyst',
      '4+ years of experience with SQL and Excel dashboards.',
      'Membuat visualisasi data untuk tim penjualan.',
    ]),
    agus: await makeDocx(['Agus Salim', 'Berpengalaman 2 tahun memakai Excel untuk laporan stok.']),
    scan: await makeScannedPdf(),
  };
  for (const [name, bytes] of Object.entries(cvs)) {
    await applyFromCareers(
      t,
      jobId,
      {
        fullName: name,
        email: `${name}@example.com`,
        phone: '081200001111',
        city: 'Jakarta',
        consent: 'true',
        privacyNoticeVersion,
      },
      { name: `${name}.${name === 'agus' ? 'docx' : 'pdf'}`, bytes },
    );
    const found = await t.call(t.users.recruiter, 'GET', `/api/candidates?q=${name}%40example.com`);
    const candidate = await waitForCvText(t, found.body.items[0].id);
    ids[name] = { candidateId: candidate.id, applicationId: candidate.applications[0].id };
    await t.call(t.users.recruiter, 'POST', `/api/applications/${ids[name]!.applicationId}/move`, {
      toStage: 'cv_screening',
    });
  }
});
afterAll(() => t.close());

describe('GET /api/jobs/:jobId/screening', () => {
  test('401 without a session, 404 for another team, 400 for a stage it does not screen', async () => {
    expect((await t.call(null, 'GET', `/api/jobs/${jobId}/screening`)).status).toBe(401);
    expect((await t.call(t.users.otherManager, 'GET', `/api/jobs/${jobId}/screening`)).status).toBe(
      404,
    );
    const bad = await t.call(t.users.recruiter, 'GET', `/api/jobs/${jobId}/screening?stage=offer`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('stage');
  });

  test("shows each CV's found and missing skills and tools, with passages and stated years", async () => {
    const { status, body } = await t.call(
      t.users.hiringManager,
      'GET',
      `/api/jobs/${jobId}/screening`,
    );
    expect(status).toBe(200);
    const byName = Object.fromEntries(
      body.items.map((item: { candidateName: string }) => [item.candidateName, item]),
    );
    expect(byName.rina.screening.found.map((f: { term: string }) => f.term)).toEqual([
      'SQL',
      'visualisasi data',
      'Excel',
    ]);
    expect(byName.rina.screening.missing).toEqual([{ term: 'Looker Studio', kind: 'tool' }]);
    expect(byName.rina.screening.experience[0]).toMatchObject({ years: 4, orMore: true });
    expect(byName.agus.screening.found.map((f: { term: string }) => f.term)).toEqual(['Excel']);
    expect(byName.agus.screening.found[0].snippet.before).toContain('memakai');
    // A scan has no text to match: it says so instead of pretending nothing matched.
    expect(byName.scan.screening).toBeNull();
    expect(byName.scan.cvFile).toMatchObject({ textStatus: 'no_text', kind: 'pdf' });
  });

  test('HR advances one to the HR interview and rejects the others in bulk with a reason', async () => {
    const advance = await t.call(
      t.users.recruiter,
      'POST',
      `/api/applications/${ids.rina!.applicationId}/move`,
      { toStage: 'hr_interview' },
    );
    expect(advance.body.stage).toBe('hr_interview');
    // The HR interview's kit links the CV the candidate sent.
    const kit = await t.call(
      t.users.recruiter,
      'GET',
      `/api/applications/${ids.rina!.applicationId}/interviews/hr/kit`,
    );
    expect(kit.body.cv).toMatchObject({ fileName: 'rina.pdf', kind: 'pdf' });
    const bulk = await t.call(t.users.recruiter, 'POST', `/api/jobs/${jobId}/bulk-move`, {
      applicationIds: [ids.agus!.applicationId, ids.scan!.applicationId],
      toStage: 'rejected',
      rejectionReason: 'cv_not_matching',
    });
    expect(bulk.body).toEqual({ moved: 2, skipped: [] });
    const after = await t.call(t.users.recruiter, 'GET', `/api/jobs/${jobId}/screening`);
    expect(after.body.items).toEqual([]);
  });
});
