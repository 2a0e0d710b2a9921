import { describe, expect, it } from 'vitest';
import { withdrawConsent } from '../../src/db/queries/consents';
import { privacyNoticeVersion } from '../../src/domain/careers';
import { applyFromCareers, makePdf } from '../support/cv-files';
import { buildApplication, buildJob, candidateInput, moveTo } from '../support/factories';
import { jakartaTime } from '../support/jakarta-time';
import { expectError, expectInvalid, unknownId } from '../support/expectations';
import { type TestApp, useTestApp } from '../support/test-app';

describe('WhatsApp contact', () => {
  const t = useTestApp();

  const open = (as: TestApp['users']['admin'] | null, applicationId: string, body: object) =>
    t.call(as, 'POST', `/api/applications/${applicationId}/whatsapp`, body);

  it('records the contact in the history and returns the wa.me link with the message', async () => {
    const { applicationId, candidateId } = await buildApplication(t);
    const reply = await open(t.users.recruiter, applicationId, { purpose: 'portal_link' });
    expect(reply.status).toBe(201);
    expect(reply.body.locale).toBe('id');
    expect(reply.body.url).toMatch(/^https:\/\/wa\.me\/6281234567890\?text=/);
    const text = decodeURIComponent(reply.body.url.split('?text=')[1]);
    expect(text).toBe(reply.body.message);
    expect(text).toContain('Sari Rahmawati');
    expect(text).toContain('/portal/');
    expect(text).not.toContain('{{');

    const english = await open(t.users.recruiter, applicationId, {
      purpose: 'document_request',
      locale: 'en',
      documents: 'ID card (KTP), latest diploma',
    });
    expect(english.body.message).toMatch(/^Hello Sari/);

    const candidate = await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`);
    expect(candidate.body.whatsappRefusal).toBeNull();
    expect(candidate.body.can.contactOnWhatsapp).toBe(true);
    const contacts = candidate.body.applications[0].contacts;
    expect(contacts.map((c: { purpose: string }) => c.purpose)).toEqual([
      'document_request',
      'portal_link',
    ]);
    expect(contacts[0]).toMatchObject({
      channel: 'whatsapp',
      locale: 'en',
      actorName: expect.any(String),
    });
  });

  it('a document request names the documents, in id and en; without them it is refused, naming the field', async () => {
    const { applicationId, candidateId } = await buildApplication(t);
    const contacts = async () =>
      (await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`)).body
        .applications[0].contacts as unknown[];
    for (const documents of [undefined, '   ']) {
      expectInvalid(
        await open(t.users.recruiter, applicationId, { purpose: 'document_request', documents }),
        { documents: 'required' },
      );
    }
    expect(await contacts()).toEqual([]);

    const textOf = (url: string) => decodeURIComponent(url.split('?text=')[1]!);
    const id = await open(t.users.recruiter, applicationId, {
      purpose: 'document_request',
      locale: 'id',
      documents: ' KTP, ijazah terakhir, NPWP ',
    });
    expect(id.status).toBe(201);
    expect(textOf(id.body.url)).toMatch(
      /mohon kirimkan dokumen berikut: KTP, ijazah terakhir, NPWP$/,
    );
    const en = await open(t.users.recruiter, applicationId, {
      purpose: 'document_request',
      locale: 'en',
      documents: 'ID card (KTP)',
    });
    expect(textOf(en.body.url)).toMatch(/please send us the following documents: ID card \(KTP\)$/);
    expect(await contacts()).toHaveLength(2);

    // A template an admin saved without the placeholder still carries the list, at its end.
    await t.call(t.users.admin, 'PUT', '/api/admin/whatsapp-templates/document_request/id', {
      body: 'Halo {{candidateName}}, mohon kirim:',
    });
    const own = await open(t.users.recruiter, applicationId, {
      purpose: 'document_request',
      documents: 'KTP',
    });
    expect(own.body.message).toMatch(/^Halo Sari Rahmawati \S+, mohon kirim: KTP$/);
    await t.call(t.users.admin, 'DELETE', '/api/admin/whatsapp-templates/document_request/id');
  });

  it('uses the admin-edited template, whose placeholders are checked', async () => {
    expectInvalid(
      await t.call(t.users.admin, 'PUT', '/api/admin/whatsapp-templates/portal_link/id', {
        body: 'Halo {{candidateNama}}',
      }),
      { body: 'unknown_placeholder' },
    );
    expectError(
      await t.call(t.users.recruiter, 'PUT', '/api/admin/whatsapp-templates/portal_link/id', {
        body: 'Halo {{candidateName}}',
      }),
      403,
      'forbidden',
    );
    const saved = await t.call(
      t.users.admin,
      'PUT',
      '/api/admin/whatsapp-templates/portal_link/id',
      {
        body: 'Halo {{candidateName}}, portal: {{portalLink}}',
      },
    );
    expect(saved.body.customized).toBe(true);
    const { applicationId } = await buildApplication(t);
    const reply = await open(t.users.recruiter, applicationId, { purpose: 'portal_link' });
    expect(reply.body.message).toMatch(/^Halo Sari Rahmawati \S+, portal: http/);
    await t.call(t.users.admin, 'DELETE', '/api/admin/whatsapp-templates/portal_link/id');
  });

  it('is HR’s, on applications they may see: 401, 403, 404, and a bad purpose named', async () => {
    const { applicationId } = await buildApplication(t);
    expectError(
      await open(null, applicationId, { purpose: 'portal_link' }),
      401,
      'unauthenticated',
    );
    expectError(
      await open(t.users.interviewer, applicationId, { purpose: 'portal_link' }),
      403,
      'forbidden',
    );
    expectError(
      await open(t.users.hiringManager, applicationId, { purpose: 'portal_link' }),
      403,
      'forbidden',
    );
    expectError(
      await open(t.users.recruiter, unknownId(), { purpose: 'portal_link' }),
      404,
      'not_found',
    );
    expectInvalid(await open(t.users.recruiter, applicationId, { purpose: 'gossip' }), {
      purpose: true,
    });
  });

  it('is refused without a phone, after consent is withdrawn, and while processing is restricted', async () => {
    const job = await buildJob(t);
    const noPhone = await t.call(
      t.users.recruiter,
      'POST',
      '/api/candidates',
      candidateInput({ phone: null, jobIds: [job.id] }),
    );
    const noPhoneApp = noPhone.body.applications[0].id;
    expect(noPhone.body.whatsappRefusal).toBe('no_phone');
    const fields = expectError(
      await open(t.users.recruiter, noPhoneApp, { purpose: 'portal_link' }),
      409,
      'conflict',
    );
    expect(fields[0]!.code).toBe('no_phone');

    const applied = await applyFromCareers(
      t,
      job.id,
      {
        fullName: 'Dewi Lestari',
        email: 'dewi.wa@example.com',
        phone: '0813 1111 2222',
        city: 'Bandung',
        consent: 'true',
        privacyNoticeVersion,
        locale: 'id',
      },
      { name: 'cv.pdf', bytes: await makePdf(['Dewi Lestari', 'Pengalaman tiga tahun.']) },
    );
    expect(applied.status).toBe(201);
    const found = await t.call(t.users.recruiter, 'GET', '/api/candidates?q=dewi.wa%40example.com');
    const candidateId = found.body.items[0].id as string;
    const detail = await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`);
    const applicationId = detail.body.applications[0].id as string;
    expect((await open(t.users.recruiter, applicationId, { purpose: 'portal_link' })).status).toBe(
      201,
    );

    await withdrawConsent(t.db, candidateId, 'recruitment');
    const before = (await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`)).body;
    expect(before.whatsappRefusal).toBe('consent_withdrawn');
    const refused = expectError(
      await open(t.users.recruiter, applicationId, { purpose: 'portal_link' }),
      409,
      'conflict',
    );
    expect(refused[0]!.code).toBe('consent_withdrawn');
    // Nothing recorded for the refused contact.
    const after = (await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`)).body;
    expect(after.applications[0].contacts).toHaveLength(1);
  });

  it('refuses an interview reminder without an upcoming interview, and fills in the booked one', async () => {
    const { applicationId, candidateId } = await buildApplication(t);
    await moveTo(t, applicationId, 'cv_screening');
    await moveTo(t, applicationId, 'hr_interview');
    // At an interview stage with nothing booked (as after an import or a reopening).
    const fields = expectError(
      await open(t.users.recruiter, applicationId, { purpose: 'interview_reminder' }),
      409,
      'conflict',
    );
    expect(fields[0]).toMatchObject({ path: 'purpose', code: 'no_upcoming_interview' });
    const before = (await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`)).body;
    expect(before.applications[0].contacts).toHaveLength(0);

    const booked = await t.call(
      t.users.recruiter,
      'POST',
      `/api/applications/${applicationId}/interviews`,
      {
        stage: 'hr',
        localStart: jakartaTime(3),
        timeZone: 'Asia/Jakarta',
        durationMinutes: 40,
        mode: 'onsite',
        address: 'Jl. Jend. Sudirman Kav. 1, Jakarta',
        room: 'Ruang Melati',
        receptionContact: 'Rina',
        interviewerIds: [t.users.recruiter.id],
        locale: 'id',
      },
    );
    expect(booked.status).toBe(201);
    const reply = await open(t.users.recruiter, applicationId, { purpose: 'interview_reminder' });
    expect(reply.status).toBe(201);
    expect(reply.body.message).toMatch(/pukul 10[.:]00/);
    expect(reply.body.message).toContain('Ruang Melati');
    expect(reply.body.message).not.toMatch(/:\s+pukul\s+\(/);
  });
});
