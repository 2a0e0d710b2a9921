import { Writable } from 'node:stream';
import { expect, test } from 'vitest';
import { testPassword, testMail, useTestApp } from '../support/test-app';
import { startBackgroundWork } from '../../src/services/background/background-work';
import { hrInterviewInput } from '../support/authorization-table';
import { buildJob, candidateInput, draftHrScorecard } from '../support/factories';
import { waitFor } from '../support/wait-for';
import { applyFromCareers, makePdf } from '../support/cv-files';
import { portalTokenOf } from '../support/portal';
import { privacyNoticeVersion } from '../../src/domain/careers';

/** The app's real logger, at its most talkative level, writing into this array. */
const lines: string[] = [];
const stream = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});

const t = useTestApp({ log: { level: 'trace', stream } });

const candidate = {
  fullName: 'Kusumaningtyas Wirapratama',
  email: 'kusumaningtyas.w@contoh-pribadi.id',
  phone: '0857-4433-2211',
};
const poolCandidate = { fullName: 'Prameswari Handayani', email: 'prameswari@contoh-pribadi.id' };
const newUser = { name: 'Hendrawan Sulistyo', email: 'hendrawan.sulistyo@contoh-pribadi.id' };
const secretNote = 'Sedang hamil tiga bulan';

test('driving the main flows logs requests, but no name, e-mail, phone number or note', async () => {
  // Sign-ins: one right (the test app's five), one wrong, one with an unknown e-mail.
  await t.call(null, 'POST', '/api/auth/login', {
    email: t.users.recruiter.email,
    password: 'salah',
  });
  await t.call(null, 'POST', '/api/auth/login', { email: candidate.email, password: testPassword });

  const job = await buildJob(t);
  const created = await t.call(t.users.recruiter, 'POST', '/api/candidates', {
    ...candidateInput(),
    ...candidate,
    notes: secretNote,
    jobIds: [job.id],
  });
  expect(created.status).toBe(201);
  const applicationId = created.body.applications[0].id as string;
  // A refused edit (a bad phone number) and an accepted one.
  await t.call(t.users.recruiter, 'PUT', `/api/candidates/${created.body.id}`, {
    ...candidateInput(),
    ...candidate,
    phone: `${candidate.phone}xx`,
  });
  await t.call(t.users.recruiter, 'PUT', `/api/candidates/${created.body.id}`, {
    ...candidateInput(),
    ...candidate,
    notes: `${secretNote}, ${candidate.fullName}`,
  });
  // Searches put personal data in the query string.
  for (const q of [candidate.fullName, candidate.email, candidate.phone, '+6285744332211']) {
    const found = await t.call(
      t.users.recruiter,
      'GET',
      `/api/candidates?q=${encodeURIComponent(q)}`,
    );
    expect(found.status).toBe(200);
  }
  await t.call(t.users.recruiter, 'POST', `/api/applications/${applicationId}/move`, {
    toStage: 'cv_screening',
    note: `${candidate.fullName} cocok`,
  });
  await t.call(t.users.recruiter, 'POST', `/api/jobs/${job.id}/bulk-move`, {
    applicationIds: [applicationId],
    toStage: 'hr_interview',
  });
  await draftHrScorecard(t, applicationId, [
    { attribute: 'attitude', rating: 'yes', evidence: `${candidate.fullName} sopan` },
  ]);
  await t.call(t.users.recruiter, 'POST', `/api/applications/${applicationId}/decisions`, {
    stage: 'hr',
    outcome: 'hold',
    rationale: `Tunggu kabar dari ${candidate.fullName}`,
  });
  await t.call(
    t.users.hiringManager,
    'GET',
    `/api/applications/${applicationId}/interviews/hr/kit`,
  );
  // Scheduling the HR interview, and the candidate confirming it in the portal.
  const interview = await t.call(
    t.users.recruiter,
    'POST',
    `/api/applications/${applicationId}/interviews`,
    {
      ...hrInterviewInput({ t, params: {} }),
      mode: 'onsite',
      meetingUrl: '',
      address: 'Jl. Kenanga 7, Jakarta',
    },
  );
  expect(interview.status, JSON.stringify(interview.body)).toBe(201);
  const portalToken = await portalTokenOf(t, applicationId);
  expect((await t.call(null, 'GET', `/api/portal/${portalToken}`)).status).toBe(200);
  await t.call(null, 'POST', `/api/portal/${portalToken}/interviews/${interview.body.id}/confirm`);
  // A careers applicant asked to join the talent pool, answering through the e-mailed link.
  const applied = await applyFromCareers(
    t,
    job.id,
    {
      fullName: poolCandidate.fullName,
      email: poolCandidate.email,
      phone: '0857-4433-2299',
      city: 'Malang',
      consent: 'true',
      privacyNoticeVersion,
    },
    { name: 'cv.pdf', contentType: 'application/pdf', bytes: await makePdf(['Gudang']) },
  );
  expect(applied.status).toBe(201);
  const [pooled] = await t.db.query<{ id: string }>('SELECT id FROM candidates WHERE email = $1', [
    poolCandidate.email,
  ]);
  const other = await buildJob(t);
  await t.call(t.users.recruiter, 'POST', `/api/candidates/${pooled!.id}/talent-pool/invitations`, {
    jobId: other.id,
  });
  const [invitation] = await t.db.query<{ body: string }>(
    `SELECT coalesce(delivery_body, body) AS body FROM email_messages WHERE template = 'talent_pool_invitation'`,
  );
  const poolToken = /\/talent-pool\/([\w-]+)/.exec(invitation!.body)![1]!;
  expect((await t.call(null, 'GET', `/api/talent-pool/${poolToken}`)).status).toBe(200);
  await t.call(null, 'POST', `/api/talent-pool/${poolToken}/answer`, {
    agree: true,
    privacyNoticeVersion,
  });
  // User administration: invite, set the password with the link, sign in.
  const invited = await t.call(t.users.admin, 'POST', '/api/admin/users', {
    ...newUser,
    role: 'interviewer',
  });
  await t.call(null, 'POST', '/api/auth/password-links/use', {
    token: invited.body.link.token,
    password: 'gado-gado-lontong-sayur-pedas',
  });
  await t.call(null, 'POST', '/api/auth/login', {
    email: newUser.email,
    password: 'gado-gado-lontong-sayur-pedas',
  });
  await t.call(t.users.admin, 'GET', '/api/admin/audit-log');
  // The invitation e-mail fails to go out (no SMTP server listens there): the failure is logged
  // the way `seleksi serve` logs it.
  const background = await startBackgroundWork(t.db, {
    mail: testMail,
    smtpUrl: 'smtp://127.0.0.1:9',
    retry: { retryLimit: 0, retryDelaySeconds: 1 },
    pollingIntervalSeconds: 0.5,
    onFailure: (what, detail) => t.app.log.warn(detail, what),
  });
  try {
    await waitFor(
      async () => lines.some((line) => line.includes('e-mail delivery failed')),
      20_000,
    );
  } finally {
    await background.stop();
  }

  const log = lines.join('');
  expect(lines.length).toBeGreaterThan(40);
  expect(log).toContain('/api/candidates');
  const forbidden = [
    candidate.fullName,
    'Kusumaningtyas',
    'Wirapratama',
    candidate.email,
    'contoh-pribadi',
    '4433-2211',
    '85744332211',
    secretNote,
    'hamil',
    newUser.name,
    'Hendrawan',
    invited.body.link.token,
    portalToken,
    poolToken,
    poolCandidate.fullName,
    poolCandidate.email,
    'Kenanga',
    testPassword,
    ...Object.values(t.users).map((user) => user.email),
    ...Object.values(t.users).map((user) => user.cookie.split('=')[1]!),
  ];
  for (const value of forbidden) {
    expect(log.includes(value), `the log contains "${value}"`).toBe(false);
  }
  // Nothing that looks like an e-mail address or an Indonesian mobile number at all.
  expect(log.match(/[\w.+-]+@[\w-]+\.[\w.]+/g) ?? []).toEqual([]);
  expect(log.match(/(?<![\d.])(\+62|0)8\d{8,11}(?!\d)/g) ?? []).toEqual([]);
});
