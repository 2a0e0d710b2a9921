import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportOf } from '../support/candidate-export';
import { expectError, expectInvalid } from '../support/expectations';
import { buildApplication, candidateInput, moveToHrInterview } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { tablesHolding } from '../support/personal-data-search';
import { applyFromCareers, makePdf } from '../support/cv-files';
import { privacyNoticeVersion } from '../../src/domain/careers';
import { readdirSync } from 'node:fs';
import JSZip from 'jszip';
import { Writable } from 'node:stream';

const hour = 3_600_000;

/** The app's real log output, so the erasure test can search it too. */
const logLines: string[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    logLines.push(String(chunk));
    done();
  },
});

describe('data subject requests (UU PDP)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ log: { level: 'trace', stream: logStream } });
  });
  afterAll(() => t.close());

  async function scheduledCandidate(fullName: string, email: string) {
    const created = await t.call(t.users.recruiter, 'POST', '/api/candidates', {
      ...candidateInput({ fullName, email }),
      jobIds: [(await buildApplication(t)).jobId],
    });
    const applicationId = created.body.applications[0].id as string;
    await moveToHrInterview(t, applicationId);
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(
      new Date(Date.now() + 9 * 86_400_000 + Math.random() * 20 * 86_400_000),
    );
    const interview = await t.call(
      t.users.recruiter,
      'POST',
      `/api/applications/${applicationId}/interviews`,
      {
        stage: 'hr',
        localStart: `${day}T${String(8 + Math.floor(Math.random() * 9)).padStart(2, '0')}:00`,
        timeZone: 'Asia/Jakarta',
        durationMinutes: 40,
        mode: 'online',
        meetingUrl: 'https://meet.example/x',
        interviewerIds: [t.users.recruiter.id],
        locale: 'id',
        confirmConflicts: true,
      },
    );
    expect(interview.status, JSON.stringify(interview.body)).toBe(201);
    return { candidateId: created.body.id as string, applicationId };
  }

  it('keeps a ledger with the 3 × 24-hour deadline, nearest first', async () => {
    const { candidateId } = await buildApplication(t);
    const url = `/api/candidates/${candidateId}/data-requests`;
    const fresh = await t.call(t.users.recruiter, 'POST', url, {
      kind: 'access',
      channel: 'email',
    });
    expect(fresh.status).toBe(201);
    expect(new Date(fresh.body.dueAt).getTime() - new Date(fresh.body.receivedAt).getTime()).toBe(
      72 * hour,
    );
    expect(fresh.body.deadline).toBe('open');
    const soon = await t.call(t.users.recruiter, 'POST', url, {
      kind: 'correction',
      channel: 'phone',
      receivedAt: new Date(Date.now() - 60 * hour).toISOString(),
    });
    expect(soon.body.deadline).toBe('due_soon');
    const late = await t.call(t.users.recruiter, 'POST', url, {
      kind: 'erasure',
      channel: 'letter',
      receivedAt: new Date(Date.now() - 80 * hour).toISOString(),
    });
    expect(late.body.deadline).toBe('overdue');
    const ledger = await t.call(
      t.users.admin,
      'GET',
      `/api/data-requests?candidateId=${candidateId}`,
    );
    expect(ledger.body.requests.map((r: { kind: string }) => r.kind)).toEqual([
      'erasure',
      'correction',
      'access',
    ]);

    expectInvalid(
      await t.call(t.users.recruiter, 'POST', url, { kind: 'delete', channel: 'email' }),
      { kind: true },
    );
    expectInvalid(
      await t.call(t.users.recruiter, 'POST', url, {
        kind: 'access',
        channel: 'email',
        receivedAt: new Date(Date.now() + 5 * hour).toISOString(),
      }),
      { receivedAt: 'in_the_future' },
    );
    expectError(
      await t.call(t.users.interviewer, 'POST', url, { kind: 'access', channel: 'email' }),
      403,
      'forbidden',
    );
    expectError(await t.call(t.users.hiringManager, 'GET', '/api/data-requests'), 403, 'forbidden');
    expectError(await t.call(null, 'GET', '/api/data-requests'), 401, 'unauthenticated');
    const closed = await t.call(
      t.users.recruiter,
      'POST',
      `/api/data-requests/${soon.body.id}/close`,
      { outcome: 'corrected' },
    );
    expect(closed.body).toMatchObject({
      deadline: 'done',
      outcome: 'corrected',
      completedByName: 'Rina Recruiter',
    });
  });

  it('exports what is held on the candidate, without other people’s data, and answers the access request', async () => {
    const { candidateId } = await scheduledCandidate('Wulan Export', 'wulan.export@example.com');
    await t.call(t.users.recruiter, 'POST', `/api/candidates/${candidateId}/data-requests`, {
      kind: 'access',
      channel: 'email',
    });
    const exported = await exportOf(t, candidateId);
    expect(exported.candidate).toMatchObject({
      fullName: 'Wulan Export',
      email: 'wulan.export@example.com',
    });
    expect(exported.applications).toHaveLength(1);
    expect(exported.interviews).toHaveLength(1);
    expect(exported.emails.map((m: { subject: string }) => m.subject)).toEqual([
      'Undangan interview HR: Backend Developer di PT Pasar Rakyat Digital',
    ]);
    const text = JSON.stringify(exported);
    // Staff e-mail addresses and the panel's notices are other people's data.
    expect(text).not.toContain('@test.seleksi.id');
    expect(text).not.toContain('Pemberitahuan');
    const ledger = await t.call(
      t.users.recruiter,
      'GET',
      `/api/data-requests?candidateId=${candidateId}`,
    );
    expect(ledger.body.requests[0]).toMatchObject({
      kind: 'access',
      outcome: 'exported',
      deadline: 'done',
    });
    expectError(
      await t.call(t.users.hiringManager, 'GET', `/api/candidates/${candidateId}/export`),
      403,
      'forbidden',
    );
  });

  it('stops processing after consent is withdrawn: no e-mail, no portal, out of the list', async () => {
    const { candidateId, applicationId } = await scheduledCandidate(
      'Yosef Restrict',
      'yosef.restrict@example.com',
    );
    const portal = (
      await t.call(t.users.recruiter, 'GET', `/api/applications/${applicationId}/interviews`)
    ).body;
    const token = String(portal.portalUrl).split('/portal/')[1];
    await t.call(t.users.recruiter, 'POST', `/api/candidates/${candidateId}/data-requests`, {
      kind: 'withdrawal',
      channel: 'portal',
    });
    expect(
      (await t.call(t.users.recruiter, 'POST', `/api/candidates/${candidateId}/restrict`)).status,
    ).toBe(200);
    expectError(await t.call(null, 'GET', `/api/portal/${token}`), 404, 'not_found');
    const list = await t.call(t.users.recruiter, 'GET', '/api/candidates?q=Yosef');
    expect(list.body.items).toEqual([]);
    const before = portal.messages.length;
    // Asked to e-mail anyway, the answer says nothing was sent (and the log does not say it was).
    const [refused] = expectError(
      await t.call(t.users.recruiter, 'POST', `/api/applications/${applicationId}/emails`, {
        template: 'thank_you',
      }),
      409,
      'conflict',
    );
    expect(refused).toMatchObject({ path: 'template', code: 'processing_restricted' });
    const after = (
      await t.call(t.users.recruiter, 'GET', `/api/applications/${applicationId}/interviews`)
    ).body;
    expect(after.messages.length).toBe(before);
    const ledger = await t.call(
      t.users.recruiter,
      'GET',
      `/api/data-requests?candidateId=${candidateId}`,
    );
    expect(ledger.body.requests[0]).toMatchObject({ kind: 'withdrawal', outcome: 'restricted' });
  });

  it('erases the candidate from every table, including e-mail copies and queued jobs', async () => {
    const name = `Zainal Hapusdata ${Date.now()}`;
    const email = `zainal.${Date.now()}@example.com`;
    const { candidateId } = await scheduledCandidate(name, email);
    const request = await t.call(
      t.users.recruiter,
      'POST',
      `/api/candidates/${candidateId}/data-requests`,
      { kind: 'erasure', channel: 'email' },
    );
    expect(
      (await t.call(t.users.recruiter, 'POST', `/api/candidates/${candidateId}/erase`)).status,
    ).toBe(200);

    expect(await tablesHolding(t.db, [name, email, candidateId])).toEqual([]);
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.filter((line) => line.includes(name) || line.includes(email))).toEqual([]);
    expectError(
      await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`),
      404,
      'not_found',
    );
    const ledger = await t.call(t.users.recruiter, 'GET', '/api/data-requests');
    expect(
      ledger.body.requests.find((r: { id: string }) => r.id === request.body.id),
    ).toMatchObject({
      candidateId: null,
      candidateName: null,
      outcome: 'erased',
    });
  });

  it('erases a careers applicant with their CV file, consent and the file on disk', async () => {
    const name = `Yohana Berkas ${Date.now()}`;
    const email = `yohana.${Date.now()}@example.com`;
    const { jobId } = await buildApplication(t);
    const applied = await applyFromCareers(
      t,
      jobId,
      {
        fullName: name,
        email,
        phone: '0812-7000-4321',
        city: 'Medan',
        consent: 'true',
        privacyNoticeVersion,
        locale: 'id',
      },
      {
        name: 'cv.pdf',
        contentType: 'application/pdf',
        bytes: await makePdf([name, 'Analis data']),
      },
    );
    expect(applied.status).toBe(201);
    const found = (
      await t.call(t.users.recruiter, 'GET', `/api/candidates?q=${encodeURIComponent(email)}`)
    ).body.items[0];
    expect(readdirSync(t.cvDir).length).toBe(1);
    const exported = await exportOf(t, found.id);
    expect(exported.consents).toHaveLength(1);
    // One archive: the JSON and the very file the candidate sent.
    const archive = await t.app.inject({
      method: 'GET',
      url: `/api/candidates/${found.id}/export.zip`,
      headers: { cookie: t.users.recruiter.cookie },
    });
    expect(archive.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(archive.rawPayload);
    expect(Object.keys(zip.files).sort()).toEqual(['candidate.json', 'cv/', 'cv/1-cv.pdf']);
    const inArchive = JSON.parse(await zip.file('candidate.json')!.async('string'));
    expect(inArchive.candidate.fullName).toBe(name);
    expect(inArchive.cvFiles[0].archivePath).toBe('cv/1-cv.pdf');
    const pdf = await zip.file('cv/1-cv.pdf')!.async('nodebuffer');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      (await t.call(t.users.recruiter, 'POST', `/api/candidates/${found.id}/erase`)).status,
    ).toBe(200);
    expect(readdirSync(t.cvDir)).toEqual([]);
    expect(await tablesHolding(t.db, [name, email, found.id])).toEqual([]);
  });
});
