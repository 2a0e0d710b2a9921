import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeAppWithInbox, deliverToInbox, startAppWithInbox } from '../support/app-with-inbox';
import { expectError, expectInvalid } from '../support/expectations';
import { buildApplication, buildJob, moveTo } from '../support/factories';
import {
  applicationAtOffer,
  draftedOffer,
  offerTerms,
  recordMinimumWage,
  setJobPay,
} from '../support/offers';
import { jakartaDay } from '../support/jakarta-time';
import { pdfText } from '../support/pdf-text';
import type { SmtpInbox } from '../support/smtp-inbox';
import { testMail, type TestApp } from '../support/test-app';

describe('offers: drafting, approval and sending', () => {
  let t: TestApp;
  let inbox: SmtpInbox;
  let jobId: string;
  beforeAll(async () => {
    ({ t, inbox } = await startAppWithInbox());
    jobId = (await buildJob(t)).id; // in Jakarta Selatan
    await setJobPay(t, jobId, {
      province: 'dki_jakarta',
      salaryMin: 8_000_000,
      salaryMax: 12_000_000,
    });
    await recordMinimumWage(t, { province: 'dki_jakarta', monthlyAmount: 5_396_761 });
  }, 180_000);
  afterAll(() => closeAppWithInbox({ t, inbox }));

  const offersOf = (applicationId: string, as = t.users.recruiter) =>
    t.call(as, 'GET', `/api/applications/${applicationId}/offers`);
  const draft = (applicationId: string, terms = offerTerms()) =>
    t.call(t.users.recruiter, 'POST', `/api/applications/${applicationId}/offers`, terms);
  const mailsOf = (offerId: string, template: string) =>
    t.db.query<{ toEmail: string; subject: string; body: string }>(
      `SELECT m.to_email AS "toEmail", m.subject, m.body FROM email_messages m
         JOIN offers o ON o.application_id = m.application_id
        WHERE o.id = $1 AND m.template = $2 ORDER BY m.created_at`,
      [offerId, template],
    );
  const offerRows = async (applicationId: string) =>
    (
      await t.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM offers WHERE application_id = $1',
        [applicationId],
      )
    )[0]!.n;

  it('HR drafts an offer inside the band at the Offer stage; the audit log holds no amount', async () => {
    const { applicationId } = await applicationAtOffer(t, jobId);
    const reply = await draft(applicationId, offerTerms({ grossMonthlySalary: 10_500_000 }));
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(reply.body).toMatchObject({
      status: 'draft',
      currentVersion: 1,
      approvalNeeded: false,
      approvalReasons: [],
      current: {
        grossMonthlySalary: 10_500_000,
        contractType: 'pkwtt',
        probationMonths: 3,
        reason: 'draft',
      },
      can: { change: true, submit: true, send: true, approve: false, withdraw: true },
    });
    const list = await offersOf(applicationId);
    expect(list.body).toMatchObject({
      band: { min: 8_000_000, max: 12_000_000 },
      province: 'dki_jakarta',
      minimumWage: { kind: 'ump', monthlyAmount: 5_396_761 },
      // A new draft starts from the job: a hybrid job's offer is not "onsite" by default.
      draftDefaults: {
        jobTitle: 'Backend Developer',
        workLocation: 'Jakarta Selatan',
        workMode: 'hybrid',
        contractType: 'pkwtt',
      },
      can: { read: true, draft: true, send: true, approve: false },
    });
    // A contract job's offer starts as a fixed-term PKWT, not a permanent one.
    await t.db.query(`UPDATE jobs SET employment_type = 'contract' WHERE id = $1`, [jobId]);
    try {
      expect((await offersOf(applicationId)).body.draftDefaults.contractType).toBe('pkwt');
    } finally {
      await t.db.query(`UPDATE jobs SET employment_type = 'full_time' WHERE id = $1`, [jobId]);
    }
    expect(list.body.offers).toHaveLength(1);
    const audit = await t.db.query<{ action: string; detail: unknown }>(
      `SELECT action, detail FROM audit_log WHERE entity_id = $1 AND action LIKE 'offer.%'`,
      [applicationId],
    );
    expect(audit.map((row) => row.action)).toEqual(['offer.drafted']);
    expect(JSON.stringify(audit)).not.toMatch(/10500000|10\.500\.000/);
    // One live offer per application.
    expectError(await draft(applicationId), 409, 'conflict');
  });

  it('refuses bad terms field by field and writes nothing', async () => {
    const { applicationId } = await applicationAtOffer(t, jobId);
    expectInvalid(
      await draft(
        applicationId,
        offerTerms({ contractType: 'pkwt', contractMonths: 12, probationMonths: 2 }),
      ),
      { probationMonths: 'probation_not_allowed' },
    );
    expectInvalid(
      await draft(applicationId, offerTerms({ contractType: 'pkwt', probationMonths: 0 })),
      {
        contractMonths: 'required',
      },
    );
    // Bounds come as { minimum, maximum }, the shape every other rule sends.
    const [probation] = expectInvalid(
      await draft(applicationId, offerTerms({ probationMonths: 4 })),
      {
        probationMonths: 'probation_too_long',
      },
    );
    expect(probation?.params).toEqual({ maximum: 3 });
    const [length] = expectInvalid(
      await draft(
        applicationId,
        offerTerms({ contractType: 'pkwt', contractMonths: 61, probationMonths: 0 }),
      ),
      { contractMonths: 'out_of_range' },
    );
    expect(length?.params).toEqual({ minimum: 1, maximum: 60 });
    const below = await draft(applicationId, offerTerms({ grossMonthlySalary: 5_000_000 }));
    const [problem] = expectInvalid(below, { grossMonthlySalary: 'below_minimum_wage' });
    expect(problem?.params).toMatchObject({ minimum: 5_396_761, kind: 'ump' });
    const tooLarge = expectInvalid(
      await draft(
        applicationId,
        offerTerms({
          grossMonthlySalary: 85_000_000_000,
          allowances: [{ name: 'Transport', monthlyAmount: -500_000 }],
        }),
      ),
      { grossMonthlySalary: 'too_large', 'allowances.0.monthlyAmount': 'negative' },
    );
    expect(tooLarge.find((field) => field.path === 'grossMonthlySalary')?.params).toEqual({
      maximum: 1_000_000_000,
    });
    expectInvalid(
      await draft(
        applicationId,
        offerTerms({ expiresOn: jakartaDay(-1), startDate: jakartaDay(-2) }),
      ),
      { expiresOn: 'in_the_past', startDate: 'before_offer_date' },
    );
    expect(await offerRows(applicationId)).toBe(0);
  });

  it("names a date it cannot read beside the terms' other problems, in one answer", async () => {
    // As the offer form sends a date typed as 32/12/2026: the text itself.
    const bad = {
      expiresOn: '32/12/2026',
      probationMonths: 6,
      grossMonthlySalary: 5_000_000,
      startDate: jakartaDay(30),
    };
    const all = {
      expiresOn: 'invalid_date',
      probationMonths: 'probation_too_long',
      grossMonthlySalary: 'below_minimum_wage',
    };
    const { applicationId } = await applicationAtOffer(t, jobId);
    expectInvalid(await draft(applicationId, offerTerms(bad)), all);
    expectInvalid(await draft(applicationId, offerTerms({ ...bad, startDate: '' })), {
      ...all,
      startDate: 'required',
    });
    // The form sends an empty salary and an empty probation as null: named with the date.
    expectInvalid(
      await draft(
        applicationId,
        offerTerms({ ...bad, grossMonthlySalary: null, probationMonths: null } as never),
      ),
      { expiresOn: 'invalid_date', probationMonths: 'required', grossMonthlySalary: 'required' },
    );
    expect(await offerRows(applicationId)).toBe(0);
    // A change is held to the same rules, and leaves the offer at its version.
    const { offerId } = await draftedOffer(t, jobId);
    const change = await t.call(t.users.recruiter, 'PUT', `/api/offers/${offerId}`, {
      ...offerTerms({ ...bad, expiresOn: jakartaDay(10), startDate: '2026-02-30' }),
      expectedVersion: 1,
    });
    expectInvalid(change, {
      startDate: 'invalid_date',
      probationMonths: 'probation_too_long',
      grossMonthlySalary: 'below_minimum_wage',
    });
    const after = await t.call(t.users.recruiter, 'GET', `/api/offers/${offerId}`);
    expect(after.body).toMatchObject({ currentVersion: 1, current: { probationMonths: 3 } });
  });

  it("a city's UMK comes before the province's UMP", async () => {
    await recordMinimumWage(t, {
      province: 'dki_jakarta',
      city: 'jakarta selatan',
      monthlyAmount: 9_000_000,
    });
    try {
      const { applicationId } = await applicationAtOffer(t, jobId);
      const [problem] = expectInvalid(
        await draft(applicationId, offerTerms({ grossMonthlySalary: 8_500_000 })),
        {
          grossMonthlySalary: 'below_minimum_wage',
        },
      );
      expect(problem?.params).toMatchObject({ minimum: 9_000_000, kind: 'umk' });
    } finally {
      await t.db.query(`DELETE FROM minimum_wages WHERE city IS NOT NULL`);
    }
  });

  it('a job without a province gets a field error naming the province', async () => {
    const other = await buildJob(t);
    const { applicationId } = await applicationAtOffer(t, other.id);
    expectInvalid(await draft(applicationId), { province: 'required' });
    expect(await offerRows(applicationId)).toBe(0);
  });

  it('drafts only at the Offer stage', async () => {
    const { applicationId } = await buildApplication(t, { jobId });
    await moveTo(t, applicationId, 'cv_screening');
    expectError(await draft(applicationId), 409, 'conflict');
  });

  it('an offer above the band needs approval: rejected with why, approved with who and when, then sent', async () => {
    const { offerId } = await draftedOffer(t, jobId, { grossMonthlySalary: 14_000_000 });
    const drafted = await t.call(t.users.recruiter, 'GET', `/api/offers/${offerId}`);
    expect(drafted.body).toMatchObject({ approvalNeeded: true, approvalReasons: ['above_band'] });
    expect(drafted.body.can.send).toBe(false);
    expectError(
      await t.call(t.users.recruiter, 'POST', `/api/offers/${offerId}/sending`),
      409,
      'conflict',
    );

    const submitted = await t.call(t.users.recruiter, 'POST', `/api/offers/${offerId}/submission`);
    expect(submitted.body.status).toBe('awaiting_approval');
    // The hiring manager is asked by e-mail, with the offer's link and no amount.
    const asked = await mailsOf(offerId, 'offer_approval_request');
    expect(asked.map((m) => m.toEmail)).toEqual([t.users.hiringManager.email]);
    expect(asked[0]!.subject).toMatch(/^Mohon persetujuan penawaran: .+ \(Backend Developer\)$/);
    expect(asked[0]!.body).toContain(`/offers/${offerId}`);
    expect(`${asked[0]!.subject} ${asked[0]!.body}`).not.toMatch(/14[.,]?000[.,]?000/);
    const decide = (as: typeof t.users.recruiter, decision: string, reason: string) =>
      t.call(as, 'POST', `/api/offers/${offerId}/approvals`, { decision, reason });
    expectError(await decide(t.users.recruiter, 'approved', ''), 403, 'forbidden');
    expectInvalid(await decide(t.users.hiringManager, 'rejected', ' '), { reason: 'required' });
    const rejected = await decide(t.users.hiringManager, 'rejected', 'Di atas anggaran tim.');
    expect(rejected.status).toBe(201);
    expect(rejected.body.status).toBe('draft');
    expect(rejected.body.approvals).toEqual([
      expect.objectContaining({
        version: 1,
        decision: 'rejected',
        reason: 'Di atas anggaran tim.',
        approverId: t.users.hiringManager.id,
        approverName: 'Budi Manager',
        decidedAt: expect.any(String),
      }),
    ]);

    await t.call(t.users.recruiter, 'POST', `/api/offers/${offerId}/submission`);
    // Asked again after the rejection: a second message, not a duplicate swallowed.
    expect(await mailsOf(offerId, 'offer_approval_request')).toHaveLength(2);
    const approved = await decide(t.users.hiringManager, 'approved', 'Kandidat kuat.');
    expect(approved.body).toMatchObject({
      status: 'approved',
      can: { send: false, approve: false },
    });
    const asHr = await t.call(t.users.recruiter, 'GET', `/api/offers/${offerId}`);
    expect(asHr.body.can).toMatchObject({ send: true, approve: false });
    const sent = await t.call(t.users.recruiter, 'POST', `/api/offers/${offerId}/sending`);
    expect(sent.body.status).toBe('sent');
    expect(sent.body.sentAt).toEqual(expect.any(String));
  });

  it('a change after approval is a new version that needs approval again', async () => {
    const { offerId } = await draftedOffer(t, jobId, { grossMonthlySalary: 13_000_000 });
    await t.call(t.users.recruiter, 'POST', `/api/offers/${offerId}/submission`);
    await t.call(t.users.hiringManager, 'POST', `/api/offers/${offerId}/approvals`, {
      decision: 'approved',
      reason: '',
    });
    const changed = await t.call(
      t.users.recruiter,
      'PUT',
      `/api/offers/${offerId}`,
      offerTerms({ grossMonthlySalary: 11_000_000 }),
    );
    expect(changed.body).toMatchObject({
      status: 'draft',
      currentVersion: 2,
      approvalNeeded: true,
      approvalReasons: ['changed_after_approval'],
      current: { version: 2, reason: 'change', grossMonthlySalary: 11_000_000 },
    });
    expect(changed.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    // What changed is the server's reckoning (the domain's revisable terms), for the page to show.
    expect(changed.body.versions.map((v: { changedTerms: string[] }) => v.changedTerms)).toEqual([
      [],
      ['grossMonthlySalary'],
    ]);
    expect(changed.body.current.changedTerms).toEqual(['grossMonthlySalary']);
    expectError(
      await t.call(t.users.recruiter, 'POST', `/api/offers/${offerId}/sending`),
      409,
      'conflict',
    );
  });

  it('every offer needs approval when the company says so', async () => {
    await t.db.query('UPDATE offer_settings SET every_offer_needs_approval = true');
    try {
      const { offerId } = await draftedOffer(t, jobId, { grossMonthlySalary: 10_000_000 });
      const offer = await t.call(t.users.recruiter, 'GET', `/api/offers/${offerId}`);
      expect(offer.body.approvalReasons).toEqual(['company_rule']);
    } finally {
      await t.db.query('UPDATE offer_settings SET every_offer_needs_approval = false');
    }
  });

  it('a deactivated hiring manager is no approver: with nobody else, asking for approval is refused', async () => {
    const { offerId } = await draftedOffer(t, jobId, { grossMonthlySalary: 14_000_000 });
    const submit = () => t.call(t.users.recruiter, 'POST', `/api/offers/${offerId}/submission`);
    await t.db.query('UPDATE users SET active = false WHERE id = $1', [t.users.hiringManager.id]);
    try {
      const refused = await submit();
      expectError(refused, 409, 'conflict');
      expect(refused.body.error.fields).toEqual([
        expect.objectContaining({ path: 'approver', code: 'no_approver' }),
      ]);
      expect((await t.call(t.users.recruiter, 'GET', `/api/offers/${offerId}`)).body.status).toBe(
        'draft',
      );
      expect(await mailsOf(offerId, 'offer_approval_request')).toEqual([]);
    } finally {
      await t.db.query('UPDATE users SET active = true WHERE id = $1', [t.users.hiringManager.id]);
    }
    expect((await submit()).body.status).toBe('awaiting_approval');
  });

  it("the admin's named approver approves offers of any job, but nobody approves their own version", async () => {
    await t.db.query('UPDATE offer_settings SET approver_id = $1', [t.users.admin.id]);
    try {
      const built = await applicationAtOffer(t, jobId);
      const drafted = await t.call(
        t.users.admin,
        'POST',
        `/api/applications/${built.applicationId}/offers`,
        offerTerms({ grossMonthlySalary: 15_000_000 }),
      );
      const offerId = drafted.body.id as string;
      await t.call(t.users.admin, 'POST', `/api/offers/${offerId}/submission`);
      const own = await t.call(t.users.admin, 'POST', `/api/offers/${offerId}/approvals`, {
        decision: 'approved',
        reason: '',
      });
      expectError(own, 403, 'forbidden');
      const { offerId: another } = await draftedOffer(t, jobId, { grossMonthlySalary: 15_000_000 });
      await t.call(t.users.recruiter, 'POST', `/api/offers/${another}/submission`);
      const byApprover = await t.call(t.users.admin, 'POST', `/api/offers/${another}/approvals`, {
        decision: 'approved',
        reason: 'Sesuai anggaran direksi.',
      });
      expect(byApprover.body.status).toBe('approved');
    } finally {
      await t.db.query('UPDATE offer_settings SET approver_id = NULL');
    }
  });

  it('sending queues the "offer sent" e-mail with the portal link and never the amount', async () => {
    const { offerId, candidateId } = await draftedOffer(t, jobId, {
      grossMonthlySalary: 11_750_000,
    });
    const sent = await t.call(t.users.recruiter, 'POST', `/api/offers/${offerId}/sending`);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const [message] = await t.db.query<{ id: string; toEmail: string }>(
      `SELECT id, to_email AS "toEmail" FROM email_messages WHERE template = 'offer_sent' AND candidate_id = $1`,
      [candidateId],
    );
    await deliverToInbox({ t, inbox }, message!.id);
    const [mail] = inbox.to(message!.toEmail);
    expect(mail!.subject).toBe(
      `Penawaran kerja untuk posisi Backend Developer di ${testMail.companyName}`,
    );
    expect(mail!.text).toMatch(/\/portal\/[\w-]+/);
    expect(`${mail!.subject} ${mail!.text}`).not.toMatch(/11[.,]?750[.,]?000/);
    // The letter of the version sent goes with it, in the candidate's language.
    expect(mail!.attachments.map((file) => [file.filename, file.contentType])).toEqual([
      ['surat-penawaran-kerja.pdf', 'application/pdf'],
    ]);
    const letter = await pdfText(mail!.attachments[0]!.content);
    expect(letter).toContain('Surat Penawaran Kerja');
    expect(letter).toContain('Rp 11.750.000');
    // The outbox names the file; the bytes stay with delivery.
    const kept = await t.call(t.users.recruiter, 'GET', `/api/outbox/${message!.id}`);
    expect(kept.body.attachmentName).toBe('surat-penawaran-kerja.pdf');
    // Sent once: a second send is refused.
    expectError(
      await t.call(t.users.recruiter, 'POST', `/api/offers/${offerId}/sending`),
      409,
      'conflict',
    );
  });

  it('HR extends the expiry and withdraws; a new offer may then be drafted', async () => {
    const { offerId, applicationId } = await draftedOffer(t, jobId);
    expectInvalid(
      await t.call(t.users.recruiter, 'PUT', `/api/offers/${offerId}/expiry`, {
        expiresOn: jakartaDay(3),
      }),
      { expiresOn: 'not_later' },
    );
    const extended = await t.call(t.users.recruiter, 'PUT', `/api/offers/${offerId}/expiry`, {
      expiresOn: jakartaDay(21),
    });
    expect(extended.body.current.expiresOn).toBe(jakartaDay(21));
    expect(extended.body.currentVersion).toBe(1);
    const withdrawn = await t.call(t.users.recruiter, 'POST', `/api/offers/${offerId}/withdrawal`);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await draft(applicationId)).status).toBe(201);
  });

  it('a sent offer extended or withdrawn: the candidate is told by e-mail with the portal link', async () => {
    const { offerId } = await draftedOffer(t, jobId, { startDate: jakartaDay(30) });
    await t.call(t.users.recruiter, 'POST', `/api/offers/${offerId}/sending`);
    const past = await t.call(t.users.recruiter, 'PUT', `/api/offers/${offerId}/expiry`, {
      expiresOn: jakartaDay(31),
    });
    const [problem] = expectInvalid(past, { expiresOn: 'after_start_date' });
    expect(problem?.params).toEqual({ startDate: jakartaDay(30) });
    expect(await mailsOf(offerId, 'offer_extended')).toEqual([]);

    await t.call(t.users.recruiter, 'PUT', `/api/offers/${offerId}/expiry`, {
      expiresOn: jakartaDay(14),
    });
    const [extended] = await mailsOf(offerId, 'offer_extended');
    expect(extended!.subject).toMatch(/^Penawaran Backend Developer diperpanjang sampai /);
    expect(extended!.body).toMatch(/\/portal\/[\w-]+/);
    expect(`${extended!.subject} ${extended!.body}`).not.toMatch(/12[.,]?000[.,]?000/);

    await t.call(t.users.recruiter, 'POST', `/api/offers/${offerId}/withdrawal`);
    const withdrawn = await mailsOf(offerId, 'offer_withdrawn');
    expect(withdrawn.map((m) => m.subject)).toEqual([
      'Penawaran Backend Developer ditarik kembali',
    ]);
    expect(withdrawn[0]!.body).toMatch(/\/portal\/[\w-]+/);
  });

  it('an offer never sent is withdrawn or extended without a word to the candidate', async () => {
    const { offerId } = await draftedOffer(t, jobId);
    await t.call(t.users.recruiter, 'PUT', `/api/offers/${offerId}/expiry`, {
      expiresOn: jakartaDay(10),
    });
    await t.call(t.users.recruiter, 'POST', `/api/offers/${offerId}/withdrawal`);
    expect(await mailsOf(offerId, 'offer_extended')).toEqual([]);
    expect(await mailsOf(offerId, 'offer_withdrawn')).toEqual([]);
  });

  it('interviewers never see offers; the hiring manager reads them without HR actions', async () => {
    const { offerId, applicationId, candidateId } = await draftedOffer(t, jobId);
    expectError(await offersOf(applicationId, t.users.interviewer), 403, 'forbidden');
    expectError(
      await t.call(t.users.interviewer, 'GET', `/api/offers/${offerId}`),
      403,
      'forbidden',
    );
    const asManager = await offersOf(applicationId, t.users.hiringManager);
    expect(asManager.body.can).toEqual({ read: true, draft: false, approve: true, send: false });
    expect(asManager.body.offers[0].can).toMatchObject({
      change: false,
      send: false,
      withdraw: false,
    });
    const page = await t.call(t.users.interviewer, 'GET', `/api/candidates/${candidateId}`);
    if (page.status === 200) {
      expect(page.body.applications[0].can.offers.read).toBe(false);
      expect(JSON.stringify(page.body)).not.toContain('grossMonthlySalary');
    }
    const hr = await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`);
    expect(hr.body.applications[0].can.offers).toMatchObject({ read: true, draft: true });
  });

  it('erasing the candidate keeps the offer for the reports but nothing that points at them', async () => {
    const { offerId, candidateId } = await draftedOffer(t, jobId, {
      grossMonthlySalary: 14_000_000,
    });
    await t.call(t.users.recruiter, 'POST', `/api/offers/${offerId}/submission`);
    await t.call(t.users.hiringManager, 'POST', `/api/offers/${offerId}/approvals`, {
      decision: 'approved',
      reason: 'Oke.',
    });
    await t.call(t.users.recruiter, 'POST', `/api/candidates/${candidateId}/data-requests`, {
      kind: 'erasure',
      channel: 'email',
    });
    const erased = await t.call(t.users.recruiter, 'POST', `/api/candidates/${candidateId}/erase`);
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    // Like the end of the retention period: the offer still counts in the offers report, on an
    // anonymous record that is not the candidate's.
    const [kept] = await t.db.query<{ candidateId: string; fullName: string }>(
      `SELECT c.id AS "candidateId", c.full_name AS "fullName" FROM offers o
       JOIN applications a ON a.id = o.application_id JOIN candidates c ON c.id = a.candidate_id
       WHERE o.id = $1`,
      [offerId],
    );
    expect(kept).toEqual({
      candidateId: expect.not.stringMatching(candidateId),
      fullName: 'Anonim',
    });
    // The entries stay (counts of what happened) but point at nothing of theirs.
    const audit = await t.db.query(
      `SELECT 1 FROM audit_log WHERE detail->>'offerId' = $1 OR candidate_id = $2`,
      [offerId, candidateId],
    );
    expect(audit).toEqual([]);
    const approvals = await t.db.query(`SELECT 1 FROM audit_log WHERE action = 'offer.approved'`);
    expect(approvals.length).toBeGreaterThan(0);
  });
});
