import { describe, expect, it } from 'vitest';
import { privacyNoticeVersion } from '../../src/domain/careers';
import { sendOfferReminders } from '../../src/services/offers/offer-reminders';
import { exportOf } from '../support/candidate-export';
import { expectError, expectInvalid } from '../support/expectations';
import { buildJob } from '../support/factories';
import { jakartaDay } from '../support/jakarta-time';
import {
  draftedOffer,
  offerTerms,
  reviseAndResend,
  sentOffer,
  setJobPay,
  type SentOffer,
} from '../support/offers';
import { pdfText } from '../support/pdf-text';
import { testMail, useTestApp } from '../support/test-app';

describe("the candidate's answer to an offer", () => {
  const t = useTestApp();

  const portalOffer = async (token: string) =>
    (await t.call(null, 'GET', `/api/portal/${token}/offer`)).body.offer;
  const accept = (offer: SentOffer, signedName = offer.candidateName) =>
    t.call(null, 'POST', `/api/portal/${offer.token}/offer/accept`, { signedName, consent: true });
  const application = async (offer: SentOffer) =>
    (await t.call(t.users.recruiter, 'GET', `/api/candidates/${offer.candidateId}`)).body
      .applications[0];
  const messages = async (offer: SentOffer) =>
    (await t.call(t.users.recruiter, 'GET', `/api/applications/${offer.applicationId}/interviews`))
      .body.messages as { template: string; toEmail: string; subject: string }[];

  it('shows the sent offer in plain terms behind the link, without signing in', async () => {
    const offer = await sentOffer(t, { salary: 8_500_000 });
    const view = await portalOffer(offer.token);
    expect(view).toMatchObject({
      id: offer.offerId,
      state: 'open',
      terms: {
        version: 1,
        jobTitle: 'Backend Developer',
        contractType: 'pkwtt',
        probationMonths: 3,
        grossMonthlySalary: 8_500_000,
        allowances: [
          { name: 'Transport', monthlyAmount: 750_000 },
          { name: 'Makan', monthlyAmount: 500_000 },
        ],
        workMode: 'hybrid',
      },
      lastAnswer: null,
    });
  });

  it('accepts with the typed full name and a tick: Hired with the start date, HR and the hiring manager told', async () => {
    const startDate = jakartaDay(40);
    const offer = await sentOffer(t, { startDate });
    const reply = await accept(offer, `  ${offer.candidateName.toUpperCase()} `);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);

    expect(await application(offer)).toMatchObject({ stage: 'hired' });
    const [row] = await t.db.query<{ startDate: string }>(
      `SELECT start_date::text AS "startDate" FROM applications WHERE id = $1`,
      [offer.applicationId],
    );
    expect(row!.startDate).toBe(startDate);
    expect((await portalOffer(offer.token)).state).toBe('accepted');

    const answers = await t.call(t.users.recruiter, 'GET', `/api/offers/${offer.offerId}/answers`);
    expect(answers.body.answers).toEqual([
      expect.objectContaining({
        kind: 'accept',
        version: 1,
        signedName: offer.candidateName.toUpperCase(),
      }),
    ]);
    const [signed] = await t.db.query<{ clientHash: string }>(
      `SELECT client_hash AS "clientHash" FROM offer_answers WHERE offer_id = $1`,
      [offer.offerId],
    );
    expect(signed!.clientHash).toMatch(/^[0-9a-f]{64}$/);

    const notices = (await messages(offer)).filter((m) => m.template === 'offer_answer');
    expect(notices.map((m) => m.toEmail).sort()).toEqual(
      [t.users.recruiter.email, t.users.hiringManager.email].sort(),
    );
    for (const notice of notices) expect(notice.subject).not.toMatch(/\d\.\d{3}/);
  });

  it("the candidate's data export holds the offer they were sent and their answers", async () => {
    const offer = await sentOffer(t);
    expect((await accept(offer)).status).toBe(200);
    const body = await exportOf(t, offer.candidateId);
    expect(body.offers).toEqual([
      expect.objectContaining({ status: 'accepted', version: 1, grossMonthlySalary: 8_500_000 }),
    ]);
    expect(body.offerAnswers).toEqual([
      expect.objectContaining({ kind: 'accept', version: 1, signedName: expect.any(String) }),
    ]);
    // The staff's side stays out: who approved, the hashed client.
    expect(JSON.stringify(body)).not.toMatch(/approverId|clientHash|client_hash/);
  });

  it('refuses an acceptance without the matching name or the tick, and changes nothing', async () => {
    const offer = await sentOffer(t);
    expectInvalid(
      await t.call(null, 'POST', `/api/portal/${offer.token}/offer/accept`, {
        signedName: 'Orang Lain',
        consent: false,
      }),
      { signedName: 'name_mismatch', consent: 'required' },
    );
    expect(await application(offer)).toMatchObject({ stage: 'offer' });
    expect((await portalOffer(offer.token)).state).toBe('open');
  });

  it('declines with a reason: Rejected as "offer declined"', async () => {
    const offer = await sentOffer(t);
    const reply = await t.call(null, 'POST', `/api/portal/${offer.token}/offer/decline`, {
      reason: 'accepted_other_offer',
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(await application(offer)).toMatchObject({ stage: 'rejected' });
    const [event] = await t.db.query<{ reason: string }>(
      `SELECT rejection_reason AS reason FROM application_events
       WHERE application_id = $1 AND to_stage = 'rejected'`,
      [offer.applicationId],
    );
    expect(event!.reason).toBe('offer_declined');
    expect((await portalOffer(offer.token)).state).toBe('declined');
  });

  it('the first accept or decline stands: a second answer is refused', async () => {
    const offer = await sentOffer(t);
    expect((await accept(offer)).status).toBe(200);
    const fields = expectError(
      await t.call(null, 'POST', `/api/portal/${offer.token}/offer/decline`, {}),
      409,
      'conflict',
    );
    expect(fields[0]).toMatchObject({ code: 'already_answered' });
    expect(await application(offer)).toMatchObject({ stage: 'hired' });
  });

  it('refuses any answer after the expiry day', async () => {
    const offer = await sentOffer(t, { expiresOn: jakartaDay(-1) });
    expect((await portalOffer(offer.token)).state).toBe('expired');
    for (const [path, body] of [
      ['accept', { signedName: offer.candidateName, consent: true }],
      ['decline', {}],
      ['counter', { grossMonthlySalary: 9_000_000 }],
    ] as const) {
      const fields = expectError(
        await t.call(null, 'POST', `/api/portal/${offer.token}/offer/${path}`, body),
        409,
        'conflict',
      );
      expect(fields[0]).toMatchObject({ code: 'offer_expired' });
    }
    expect(await application(offer)).toMatchObject({ stage: 'offer' });
  });

  it('refuses a browser signed in as staff, even with the right link', async () => {
    const offer = await sentOffer(t);
    for (const user of [t.users.recruiter, t.users.admin, t.users.hiringManager]) {
      expectError(
        await t.call(user, 'POST', `/api/portal/${offer.token}/offer/accept`, {
          signedName: offer.candidateName,
          consent: true,
        }),
        403,
        'forbidden',
      );
    }
    expect(await application(offer)).toMatchObject({ stage: 'offer' });
  });

  it('counter → HR revises → the candidate accepts the new version', async () => {
    const offer = await sentOffer(t, { salary: 8_500_000 });
    const counterStart = jakartaDay(45);
    const counter = await t.call(null, 'POST', `/api/portal/${offer.token}/offer/counter`, {
      grossMonthlySalary: 9_500_000,
      startDate: counterStart,
      note: 'Saya perlu menyelesaikan proyek di kantor lama.',
    });
    expect(counter.status, JSON.stringify(counter.body)).toBe(200);
    const waiting = await portalOffer(offer.token);
    expect(waiting).toMatchObject({
      state: 'awaiting_reply',
      lastAnswer: { kind: 'counter', counterSalary: 9_500_000, counterStartDate: counterStart },
    });
    const notice = (await messages(offer)).find((m) => m.template === 'offer_answer')!;
    expect(notice.subject).not.toContain('9.500.000');
    // While HR considers it, the candidate cannot accept the old terms.
    expectError(await accept(offer), 409, 'conflict');
    // The board marks the card as Today lists the counter: HR owes an answer.
    const cardActions = async () => {
      const board = await t.call(t.users.recruiter, 'GET', `/api/jobs/${offer.jobId}/board`);
      const cards = board.body.columns.flatMap(
        (column: { cards: { applicationId: string; needsAction: string[] }[] }) => column.cards,
      );
      return cards.find(
        (card: { applicationId: string }) => card.applicationId === offer.applicationId,
      ).needsAction;
    };
    expect(await cardActions()).toContain('offer_countered');

    await reviseAndResend(t, offer.offerId, {
      salary: 9_200_000,
      startDate: counterStart,
      expiresOn: jakartaDay(7),
    });
    expect(await cardActions()).not.toContain('offer_countered');
    // The revision's e-mail says it is a revision, not the first offer word for word.
    const mails = await t.db.query<{ template: string; subject: string; body: string }>(
      `SELECT template, subject, body FROM email_messages WHERE candidate_id = $1 AND template IN ('offer_sent', 'offer_revised') ORDER BY created_at`,
      [offer.candidateId],
    );
    expect(mails.map((mail) => mail.template)).toEqual(['offer_sent', 'offer_revised']);
    expect(mails[1]!.subject).not.toBe(mails[0]!.subject);
    expect(mails[1]!.subject).toMatch(/diperbarui|revised/);
    // It names what changed (salary and start date), never the amount, and not what stayed the same.
    expect(mails[1]!.body).toMatch(/(Yang berubah|What changed): .*(gaji pokok|base salary)/);
    expect(mails[1]!.body).toMatch(/tanggal mulai|start date/);
    expect(mails[1]!.body).not.toMatch(/jabatan|job title|9\.200\.000/);
    const revised = await portalOffer(offer.token);
    expect(revised).toMatchObject({
      state: 'open',
      terms: { version: 2, grossMonthlySalary: 9_200_000 },
    });
    expect((await accept(offer)).status).toBe(200);

    const read = await t.call(t.users.hiringManager, 'GET', `/api/offers/${offer.offerId}/answers`);
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    const { answers } = read.body;
    expect(answers.map((a: { kind: string; version: number }) => [a.kind, a.version])).toEqual([
      ['counter', 1],
      ['accept', 2],
    ]);
    expect(answers[0].reply).toMatchObject({ kind: 'revised', revisedVersion: 2 });
    expect(await application(offer)).toMatchObject({ stage: 'hired' });

    // Hired, the candidate is no longer offered the talent pool for other openings.
    const portal = await t.call(null, 'GET', `/api/portal/${offer.token}`);
    expect(portal.body).toMatchObject({ talentPoolMember: false, offersTalentPool: false });
    const join = await t.call(null, 'POST', `/api/portal/${offer.token}/talent-pool`, {
      member: true,
      privacyNoticeVersion,
    });
    expect(expectError(join, 409, 'conflict')[0]).toMatchObject({ code: 'already_hired' });
  });

  it('the portal serves the letter of the version the candidate is answering, never a draft revision', async () => {
    const offer = await sentOffer(t, { salary: 8_500_000 });
    const letter = () =>
      t.app.inject({ method: 'GET', url: `/api/portal/${offer.token}/offer/letter` });
    const first = await letter();
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    expect(first.headers['content-disposition']).toContain('surat-penawaran-kerja.pdf');
    const firstText = await pdfText(first.rawPayload);
    expect(firstText).toContain('Surat Penawaran Kerja');
    expect(firstText).toContain(offer.candidateName);
    expect(firstText).toContain('Rp 8.500.000');
    // A candidate who switched the portal to English downloads the letter in English.
    const english = await t.app.inject({
      method: 'GET',
      url: `/api/portal/${offer.token}/offer/letter?locale=en`,
    });
    expect(english.headers['content-disposition']).not.toContain('surat-penawaran-kerja.pdf');
    expect(await pdfText(english.rawPayload)).toContain('Offer Letter');
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/portal/${offer.token}/offer/letter?locale=fr`,
        })
      ).statusCode,
    ).toBe(400);

    await t.call(null, 'POST', `/api/portal/${offer.token}/offer/counter`, {
      grossMonthlySalary: 9_500_000,
    });
    // Countered: the candidate still reads the terms they answered.
    expect(await pdfText((await letter()).rawPayload)).toContain('Rp 8.500.000');
    // HR's revision is a draft until sent: no letter while it is prepared.
    const changed = await t.call(
      t.users.recruiter,
      'PUT',
      `/api/offers/${offer.offerId}`,
      offerTerms({
        grossMonthlySalary: 9_200_000,
        startDate: jakartaDay(30),
        expiresOn: jakartaDay(7),
      }),
    );
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect((await letter()).statusCode).toBe(404);
    expect(
      await t.call(t.users.recruiter, 'POST', `/api/offers/${offer.offerId}/sending`),
    ).toMatchObject({ status: 200 });
    const revisedText = await pdfText((await letter()).rawPayload);
    expect(revisedText).toContain('Rp 9.200.000');
    expect(revisedText).not.toContain('Rp 8.500.000');
  });

  it('a draft never sent has no letter behind the link, nor has an unknown link', async () => {
    const jobId = (await buildJob(t)).id;
    await setJobPay(t, jobId, { province: 'dki_jakarta' });
    const drafted = await draftedOffer(t, jobId);
    const link = await t.call(
      t.users.recruiter,
      'POST',
      `/api/applications/${drafted.applicationId}/portal-link`,
    );
    const token = String(link.body.portalUrl).split('/portal/')[1]!;
    const letterOf = (key: string) =>
      t.app.inject({ method: 'GET', url: `/api/portal/${key}/offer/letter` });
    expect((await letterOf(token)).statusCode).toBe(404);
    expect((await letterOf('x'.repeat(43))).statusCode).toBe(404);
  });

  it('HR holds firm: the offer is open again as sent and the candidate is told', async () => {
    const offer = await sentOffer(t);
    await t.call(null, 'POST', `/api/portal/${offer.token}/offer/counter`, {
      grossMonthlySalary: 12_000_000,
    });
    // The answers list offers the reply to HR only, and only while the counter is open.
    const replies = async (user: typeof t.users.recruiter) =>
      (await t.call(user, 'GET', `/api/offers/${offer.offerId}/answers`)).body.can;
    expect(await replies(t.users.recruiter)).toEqual({
      holdFirm: true,
      closeOtherApplications: false,
    });
    expect((await replies(t.users.hiringManager)).holdFirm).toBe(false);
    expectError(
      await t.call(t.users.hiringManager, 'POST', `/api/offers/${offer.offerId}/hold-firm`, {}),
      403,
      'forbidden',
    );
    const held = await t.call(t.users.recruiter, 'POST', `/api/offers/${offer.offerId}/hold-firm`, {
      note: 'Angka ini sudah maksimal untuk posisi ini.',
    });
    expect(held.status, JSON.stringify(held.body)).toBe(200);
    expect(await portalOffer(offer.token)).toMatchObject({
      state: 'open',
      terms: { version: 1, grossMonthlySalary: 8_500_000 },
      lastAnswer: { kind: 'counter', reply: { kind: 'hold_firm' } },
    });
    expect((await messages(offer)).map((m) => m.template)).toContain('offer_hold_firm');
    expect((await replies(t.users.recruiter)).holdFirm).toBe(false);
    // Holding firm twice has nothing to answer.
    expectError(
      await t.call(t.users.recruiter, 'POST', `/api/offers/${offer.offerId}/hold-firm`, {}),
      409,
      'conflict',
    );
    expect((await accept(offer)).status).toBe(200);
  });

  it('a counter-proposal needs an amount or a date, plausible and not in the past', async () => {
    const offer = await sentOffer(t);
    expectInvalid(await t.call(null, 'POST', `/api/portal/${offer.token}/offer/counter`, {}), {
      grossMonthlySalary: 'amount_or_date_required',
    });
    // Every problem in one answer: the amount's beside the date's.
    expectInvalid(
      await t.call(null, 'POST', `/api/portal/${offer.token}/offer/counter`, {
        grossMonthlySalary: -5,
        startDate: jakartaDay(-3),
      }),
      { grossMonthlySalary: 'amount_not_positive', startDate: 'date_in_past' },
    );
    // As the portal's form sends them: the amount and a date it could not read, as typed.
    expectInvalid(
      await t.call(null, 'POST', `/api/portal/${offer.token}/offer/counter`, {
        grossMonthlySalary: 'tujuh belas',
        startDate: '31/12/2026x',
      }),
      { grossMonthlySalary: 'invalid_amount', startDate: 'invalid_date' },
    );
    expectInvalid(
      await t.call(null, 'POST', `/api/portal/${offer.token}/offer/counter`, {
        startDate: jakartaDay(-3),
      }),
      { startDate: 'date_in_past' },
    );
    expect((await portalOffer(offer.token)).state).toBe('open');
    // An amount as typed is read as people write it.
    const typed = await t.call(null, 'POST', `/api/portal/${offer.token}/offer/counter`, {
      grossMonthlySalary: '17,5 juta',
    });
    expect(typed.status, JSON.stringify(typed.body)).toBe(200);
    expect((await portalOffer(offer.token)).state).toBe('awaiting_reply');
  });

  it("closes the candidate's other open applications only when HR confirms", async () => {
    const offer = await sentOffer(t);
    const other = await buildJob(t, { title: 'Data Analyst' });
    const applied = await t.call(t.users.recruiter, 'POST', `/api/applications`, {
      candidateId: offer.candidateId,
      jobId: other.id,
    });
    expect(applied.status, JSON.stringify(applied.body)).toBe(201);
    expectError(
      await t.call(
        t.users.recruiter,
        'POST',
        `/api/offers/${offer.offerId}/close-other-applications`,
      ),
      409,
      'conflict',
    );
    expect((await accept(offer)).status).toBe(200);
    const stages = async () =>
      (
        await t.call(t.users.recruiter, 'GET', `/api/candidates/${offer.candidateId}`)
      ).body.applications
        .map((a: { stage: string }) => a.stage)
        .sort();
    expect(await stages()).toEqual(['applied', 'hired']);
    const answers = async () =>
      (await t.call(t.users.recruiter, 'GET', `/api/offers/${offer.offerId}/answers`)).body;
    const closable = async () => (await answers()).can.closeOtherApplications;
    expect(await closable()).toBe(true);
    // HR confirms against the list of what will close.
    expect((await answers()).otherApplications).toEqual([
      { applicationId: applied.body.id, jobTitle: 'Data Analyst', stage: 'applied' },
    ]);
    const closed = await t.call(
      t.users.recruiter,
      'POST',
      `/api/offers/${offer.offerId}/close-other-applications`,
    );
    expect(closed.body).toEqual({ closed: 1 });
    expect(await stages()).toEqual(['hired', 'withdrawn']);
    expect(await closable()).toBe(false);
    expect((await answers()).otherApplications).toEqual([]);
  });

  it('does not offer closing other applications when the candidate has none', async () => {
    const offer = await sentOffer(t);
    expect((await accept(offer)).status).toBe(200);
    const read = await t.call(t.users.recruiter, 'GET', `/api/offers/${offer.offerId}/answers`);
    expect(read.body.can.closeOtherApplications).toBe(false);
    expect(read.body.otherApplications).toEqual([]);
  });

  it('reminds the candidate two days before expiry, once per expiry date', async () => {
    const soon = await sentOffer(t, { expiresOn: jakartaDay(2) });
    const later = await sentOffer(t, { expiresOn: jakartaDay(5) });
    await sendOfferReminders(t.db, testMail);
    await sendOfferReminders(t.db, testMail);
    const reminders = async (offer: SentOffer) =>
      (await messages(offer)).filter((m) => m.template === 'offer_reminder');
    expect(await reminders(soon)).toHaveLength(1);
    expect(await reminders(later)).toHaveLength(0);
  });

  it('the answers are for HR and the hiring manager: an interviewer is refused, others see nothing', async () => {
    const offer = await sentOffer(t);
    expectError(
      await t.call(t.users.interviewer, 'GET', `/api/offers/${offer.offerId}/answers`),
      403,
      'forbidden',
    );
    expectError(
      await t.call(t.users.otherManager, 'GET', `/api/offers/${offer.offerId}/answers`),
      404,
      'not_found',
    );
  });

  it('the audit log records the answers without amounts', async () => {
    const offer = await sentOffer(t);
    await t.call(null, 'POST', `/api/portal/${offer.token}/offer/counter`, {
      grossMonthlySalary: 9_750_000,
    });
    const rows = await t.db.query<{ action: string; detail: unknown }>(
      `SELECT action, detail FROM audit_log WHERE entity_id = $1 AND action LIKE 'offer.%'`,
      [offer.applicationId],
    );
    expect(rows.map((row) => row.action)).toContain('offer.countered');
    expect(JSON.stringify(rows)).not.toContain('9750000');
  });
});
