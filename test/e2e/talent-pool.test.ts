import { afterAll, beforeAll, expect, test } from 'vitest';
import { privacyNoticeVersion } from '../../src/domain/careers';
import { makePdf } from '../support/cv-files';
import { waitFor } from '../support/wait-for';
import { startBrowserSession, type BrowserSession } from './browser';

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(() => session?.close());

/** Applies on the careers page's API as the form does, agreeing to this recruitment only. */
async function applyForOneJob(jobId: string, email: string) {
  const form = new FormData();
  const fields = {
    fullName: 'Dewi Lestari Putri',
    email,
    phone: '0812-9999-1212',
    city: 'Yogyakarta',
    consent: 'true',
    privacyNoticeVersion,
    locale: 'id',
  };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('cv', new Blob([new Uint8Array(await makePdf(['Pajak, akuntansi']))]), 'cv.pdf');
  const reply = await fetch(`${session.baseUrl}/api/careers/jobs/${jobId}/applications`, {
    method: 'POST',
    body: form,
  });
  expect(reply.status).toBe(201);
  const [row] = await session.db.query<{ id: string }>(
    'SELECT id FROM candidates WHERE email = $1',
    [email],
  );
  return row!.id;
}

test('HR asks a candidate who agreed to one recruitment to join the talent pool; after yes, HR adds them to another job', async () => {
  const jobs = await session.db.query<{ id: string; title: string }>(
    `SELECT id, title FROM jobs WHERE status = 'open' ORDER BY title LIMIT 2`,
  );
  const [applied, other] = jobs as [{ id: string; title: string }, { id: string; title: string }];
  const email = `dewi.${Date.now()}@example.com`;
  const candidateId = await applyForOneJob(applied.id, email);

  const hr = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'en',
    path: `/candidates/${candidateId}`,
  });
  await hr.getByLabel('Choose a job').first().selectOption(other.id);
  await hr.getByRole('button', { name: 'Add to job' }).click();
  await hr.getByText('only for the job they applied to. Invite them').waitFor();

  const panel = hr.locator('section.talent-pool');
  await panel.getByLabel('Job to mention').selectOption(other.id);
  await panel.getByRole('button', { name: 'Send the invitation by e-mail' }).click();
  await panel.getByTestId('talent-pool-invitation').getByText('Invitation sent').waitFor();
  await session.screenshot(hr, 'talent-pool-hr-en');

  await waitFor(() => session.inbox.to(email).length > 1, 15_000, 'the invitation e-mail');
  const invitation = session.inbox
    .to(email)
    .find((mail) => mail.subject?.includes('Boleh kami pertimbangkan'))!;
  expect(invitation.subject).toBe(`Boleh kami pertimbangkan Anda untuk posisi ${other.title}?`);
  const link = /(http\S+\/talent-pool\/[\w-]+)/.exec(invitation.text ?? '')![1]!;
  // Sent by SMTP: the copy HR can read in the outbox no longer holds the working link.
  const keptCopy = async () =>
    (
      await session.db.query<{ body: string }>(
        `SELECT body FROM email_messages
         WHERE template = 'talent_pool_invitation' AND candidate_id = $1 AND status = 'sent'`,
        [candidateId],
      )
    )[0]?.body ?? '';
  await waitFor(async () => (await keptCopy()).length > 0, 15_000, 'the sent copy');
  expect(await keptCopy()).not.toContain(link.split('/talent-pool/')[1]!);
  expect(await keptCopy()).toContain('/talent-pool/[•••]');

  const phone = await session.newPage({ width: 375, at: link });
  await phone
    .getByRole('heading', { name: 'Boleh kami pertimbangkan Anda untuk lowongan lain?' })
    .waitFor();
  expect(await phone.locator('main').textContent()).toContain('paling lama 12 bulan');
  await session.screenshot(phone, 'talent-pool-invitation-id-375');
  await phone.getByRole('button', { name: 'Ya, saya setuju' }).click();
  await phone.getByTestId('pool-answer').waitFor();
  expect(await phone.getByTestId('pool-answer').textContent()).toContain('talent pool kami');

  await waitFor(
    () =>
      session.inbox
        .to('hr@demo.seleksi.id')
        .some((mail) =>
          /joined the talent pool|bergabung dengan talent pool/.test(mail.text ?? ''),
        ),
    15_000,
    "HR's news",
  );
  await hr.reload();
  await hr.getByTestId('talent-pool-status').getByText('In the talent pool since').waitFor();
  await hr.getByLabel('Choose a job').first().selectOption(other.id);
  await hr.getByRole('button', { name: 'Add to job' }).click();
  await hr.getByRole('link', { name: other.title }).waitFor();
});

test('the candidate leaves the talent pool from the portal, in English at 375 px', async () => {
  const [link] = await session.db.query<{ token: string }>(
    `SELECT p.token FROM portal_links p JOIN applications a ON a.id = p.application_id
     JOIN candidates c ON c.id = a.candidate_id WHERE c.full_name = 'Dewi Lestari Putri' LIMIT 1`,
  );
  const phone = await session.newPage({ locale: 'en', width: 375, at: `/portal/${link!.token}` });
  const status = phone.getByTestId('portal-pool-status');
  await status.getByText('You are in our talent pool').waitFor();
  await session.screenshot(phone, 'portal-talent-pool-en-375');
  await phone.getByRole('button', { name: 'Leave the talent pool' }).click();
  await status.getByText('we will not consider you for other openings').waitFor();
});

test('HR finds talent-pool members with the candidates filter, in Indonesian at 375 px', async () => {
  const phone = await session.signedInPage('hr@demo.seleksi.id', {
    locale: 'id',
    width: 375,
    path: '/candidates',
  });
  await phone.locator('details.filters > summary').click();
  await phone.getByLabel('Talent pool').selectOption('member');
  const rows = phone.locator('li.candidate-row');
  // The demo's members are listed; Dewi left the pool in the test before.
  const [members] = await session.db.query<{ n: number }>(
    `SELECT count(DISTINCT candidate_id)::int AS n FROM consents
     WHERE purpose = 'talent_pool' AND withdrawn_at IS NULL`,
  );
  expect(members!.n).toBeGreaterThan(0);
  await expect.poll(() => rows.count()).toBe(members!.n);
  expect((await rows.allTextContents()).join('|')).not.toContain('Dewi Lestari Putri');
  await session.screenshot(phone, 'candidates-talent-pool-filter-id-375');
});

test('an invitation that ended unanswered says so, and HR may ask again, in Indonesian at 375 px', async () => {
  const jobs = await session.db.query<{ id: string }>(
    `SELECT id FROM jobs WHERE status = 'open' ORDER BY title LIMIT 2`,
  );
  const [applied, other] = jobs as [{ id: string }, { id: string }];
  const candidateId = await applyForOneJob(applied.id, `dewi.akhir.${Date.now()}@example.com`);
  const hr = await session.signedInPage('hr@demo.seleksi.id', {
    width: 375,
    locale: 'id',
    path: `/candidates/${candidateId}`,
  });
  const panel = hr.locator('section.talent-pool');
  await panel.getByLabel('Lowongan yang ditawarkan').selectOption(other.id);
  await panel.getByRole('button', { name: 'Kirim ajakan lewat e-mail' }).click();
  await panel.getByTestId('talent-pool-invitation').getByText('Ajakan terkirim').waitFor();
  // Its e-mail never reached the candidate (the server then ends the invitation at once; see
  // test/api/one-time-links.test.ts), or its 30 days ran out: either way it is over.
  await session.db.query(
    `UPDATE talent_pool_invitations SET expires_at = now() WHERE candidate_id = $1`,
    [candidateId],
  );
  await hr.reload();
  await panel.getByText('berakhir tanpa jawaban').waitFor();
  await panel.getByLabel('Lowongan yang ditawarkan').selectOption(other.id);
  const again = panel.getByRole('button', { name: 'Kirim ajakan lewat e-mail' });
  expect(await again.isEnabled()).toBe(true);
  await session.screenshot(hr, 'talent-pool-invitation-ended-id-375');
});
