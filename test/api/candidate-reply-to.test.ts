import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deliverEmail } from '../../src/services/email/email-delivery';
import { emailTransport } from '../../src/services/email/email-transport';
import { applicantFields, applyFromCareers, makePdf } from '../support/cv-files';
import { buildJob } from '../support/factories';
import { draftedOffer, setJobPay } from '../support/offers';
import { startSmtpInbox, type SmtpInbox } from '../support/smtp-inbox';
import { createTestApp, testMail, type TestApp } from '../support/test-app';

/**
 * The application-received and offer e-mails ask the candidate to reply. With no company contact
 * inbox set, the reply goes to the HR user who acted, or, when nobody at the company acted (the
 * careers page, the candidate accepting), to the job's recruiter: someone who reads it.
 */
let t: TestApp;
let inbox: SmtpInbox;
beforeAll(async () => {
  t = await createTestApp();
  inbox = await startSmtpInbox();
});
afterAll(async () => {
  await t.close();
  await inbox.stop();
});

let n = 0;
const unique = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

/** Delivers the application's queued message of this template; the Reply-To the candidate's mail has. */
async function replyToOf(applicationId: string, template: string, to: string) {
  const [message] = await t.db.query<{ id: string }>(
    `SELECT id FROM email_messages WHERE application_id = $1 AND template = $2`,
    [applicationId, template],
  );
  expect(message, template).toBeDefined();
  await deliverEmail(t.db, emailTransport(inbox.url, testMail), message!.id, { final: true });
  const mail = inbox.to(to).at(-1);
  expect(mail, `${template} to ${to}`).toBeDefined();
  return mail!.replyTo?.value.map((entry) => entry.address);
}

describe('Reply-To of e-mails that ask the candidate to reply (no company contact inbox)', () => {
  test("application received from the careers page: the job's recruiter", async () => {
    const tag = unique();
    // The admin is this job's recruiter (the recruiter only created it).
    const job = await buildJob(t, {
      title: `Kasir ${tag}`,
      team: {
        recruiterId: t.users.admin.id,
        hiringManagerId: t.users.hiringManager.id,
        interviewerIds: [],
      },
    });
    const email = `rani.${tag}@example.com`;
    const applied = await applyFromCareers(t, job.id, applicantFields('Rani Karier', email), {
      name: 'cv.pdf',
      contentType: 'application/pdf',
      bytes: await makePdf(['Kasir']),
    });
    expect(applied.status, JSON.stringify(applied.body)).toBe(201);
    const [application] = await t.db.query<{ id: string }>(
      `SELECT a.id FROM applications a JOIN candidates c ON c.id = a.candidate_id WHERE c.email = $1`,
      [email],
    );
    expect(await replyToOf(application!.id, 'application_received', email)).toEqual([
      t.users.admin.email,
    ]);
  });

  test('an offer: the HR user who sends it, not the job recruiter; the acceptance confirmation: the job recruiter', async () => {
    const job = await buildJob(t);
    await setJobPay(t, job.id, { province: 'dki_jakarta' });
    const drafted = await draftedOffer(t, job.id);
    // The admin (HR too) sends the offer the recruiter drafted.
    const sent = await t.call(t.users.admin, 'POST', `/api/offers/${drafted.offerId}/sending`);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const candidate = await t.call(
      t.users.recruiter,
      'GET',
      `/api/candidates/${drafted.candidateId}`,
    );
    const email = candidate.body.email as string;
    expect(await replyToOf(drafted.applicationId, 'offer_sent', email)).toEqual([
      t.users.admin.email,
    ]);
    // The admin withdraws it: the candidate's answer about that goes to the admin as well.
    const withdrawn = await t.call(
      t.users.admin,
      'POST',
      `/api/offers/${drafted.offerId}/withdrawal`,
    );
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    expect(await replyToOf(drafted.applicationId, 'offer_withdrawn', email)).toEqual([
      t.users.admin.email,
    ]);
  });
});
