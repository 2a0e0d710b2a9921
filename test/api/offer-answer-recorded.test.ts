import { describe, expect, it } from 'vitest';
import { offerTally } from '../../src/db/queries/report-offers';
import { sendOfferReminders } from '../../src/services/offers/offer-reminders';
import { reportSelection } from '../../src/services/reports/report-scope';
import { exportOf } from '../support/candidate-export';
import { expectError, expectInvalid } from '../support/expectations';
import { moveTo } from '../support/factories';
import { jakartaDay } from '../support/jakarta-time';
import { reviseAndResend, sentOffer, type SentOffer } from '../support/offers';
import { testMail, useTestApp, type TestUser } from '../support/test-app';

/**
 * A candidate who accepts (or declines) by phone, a signed letter, an e-mail or in person: HR
 * records that answer on the offer, and it stands as if given in the portal.
 */
describe("HR records the candidate's answer given outside the portal", () => {
  const t = useTestApp();

  const record = (
    offer: SentOffer,
    body: Record<string, unknown> = {},
    user: TestUser = t.users.recruiter,
  ) =>
    t.call(user, 'POST', `/api/offers/${offer.offerId}/answer-given`, {
      kind: 'accept',
      givenOn: jakartaDay(0),
      givenVia: 'phone',
      expectedVersion: 1,
      ...body,
    });
  const portalOffer = async (offer: SentOffer) =>
    (await t.call(null, 'GET', `/api/portal/${offer.token}/offer`)).body.offer;
  const stageOf = async (offer: SentOffer) =>
    (await t.call(t.users.recruiter, 'GET', `/api/candidates/${offer.candidateId}`)).body
      .applications[0].stage;
  const offerStatus = async (offer: SentOffer) =>
    (await t.call(t.users.recruiter, 'GET', `/api/offers/${offer.offerId}`)).body.status;
  const candidateMails = async (offer: SentOffer) => {
    const [candidate] = await t.db.query<{ email: string }>(
      `SELECT email FROM candidates WHERE id = $1`,
      [offer.candidateId],
    );
    const read = await t.call(
      t.users.recruiter,
      'GET',
      `/api/applications/${offer.applicationId}/interviews`,
    );
    return (read.body.messages as { template: string; toEmail: string }[]).filter(
      (m) => m.toEmail === candidate!.email,
    );
  };
  const audit = (offer: SentOffer, action: string) =>
    t.db.query<{ actorId: string | null; detail: Record<string, unknown> }>(
      `SELECT actor_id AS "actorId", detail FROM audit_log WHERE action = $1 AND entity_id = $2`,
      [action, offer.applicationId],
    );

  it('an acceptance by phone hires with the start date, reads accepted everywhere, and is audited', async () => {
    const startDate = jakartaDay(40);
    const offer = await sentOffer(t, { startDate });
    expect((await offerOf(offer)).can.recordAnswer).toBe(true);

    const recorded = await record(offer, {
      givenOn: jakartaDay(0),
      givenVia: 'phone',
      note: 'Telepon dengan Rina, pukul 10.00',
    });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);

    expect(await stageOf(offer)).toBe('hired');
    const [row] = await t.db.query<{ startDate: string }>(
      `SELECT start_date::text AS "startDate" FROM applications WHERE id = $1`,
      [offer.applicationId],
    );
    expect(row!.startDate).toBe(startDate);
    expect(await offerStatus(offer)).toBe('accepted');
    expect((await offerOf(offer)).can.recordAnswer).toBe(false);
    // The portal reads it accepted and offers no Accept or Decline.
    expect(await portalOffer(offer)).toMatchObject({
      state: 'accepted',
      lastAnswer: { kind: 'accept', givenOn: jakartaDay(0), givenVia: 'phone' },
    });
    const accept = await t.call(null, 'POST', `/api/portal/${offer.token}/offer/accept`, {
      signedName: offer.candidateName,
      consent: true,
    });
    expect(expectError(accept, 409, 'conflict')).toMatchObject([{ code: 'already_answered' }]);

    const answers = await t.call(
      t.users.hiringManager,
      'GET',
      `/api/offers/${offer.offerId}/answers`,
    );
    expect(answers.body.answers).toEqual([
      expect.objectContaining({
        kind: 'accept',
        signedName: null,
        givenOn: jakartaDay(0),
        givenVia: 'phone',
        recordedByName: 'Rina Recruiter',
        note: 'Telepon dengan Rina, pukul 10.00',
      }),
    ]);

    const [entry] = await audit(offer, 'offer.acceptance_recorded');
    expect(entry).toEqual({
      actorId: t.users.recruiter.id,
      detail: { offerId: offer.offerId, version: 1, givenOn: jakartaDay(0), givenVia: 'phone' },
    });
    // The candidate gets the acceptance confirmation in writing, once.
    expect((await candidateMails(offer)).map((m) => m.template)).toContain('offer_accepted');
    expect(
      (await candidateMails(offer)).filter((m) => m.template === 'offer_accepted'),
    ).toHaveLength(1);

    const exported = await exportOf(t, offer.candidateId);
    expect(exported.offerAnswers).toEqual([
      expect.objectContaining({ kind: 'accept', givenOn: jakartaDay(0), givenVia: 'phone' }),
    ]);
    expect(JSON.stringify(exported)).not.toMatch(/recordedBy|recorded_by/);
  });

  it('the board refuses Hired before, pointing to this step, and the card is Hired after', async () => {
    const offer = await sentOffer(t);
    const refused = await moveTo(t, offer.applicationId, 'hired');
    const [problem] = expectError(refused, 409, 'conflict');
    expect(problem).toMatchObject({ path: 'toStage', code: 'offer_not_accepted' });
    expect(problem!.message).toMatch(/records the acceptance/);
    expect(problem!.message).not.toMatch(/withdraw/);

    expect((await record(offer)).status).toBe(200);
    expect(await stageOf(offer)).toBe('hired');
    const board = await t.call(t.users.recruiter, 'GET', `/api/jobs/${offer.jobId}/board`);
    expect(JSON.stringify(board.body)).toContain(offer.applicationId);
  });

  it('the offer report counts it accepted, answered on the day given rather than the day recorded', async () => {
    const report = async () => (await t.call(t.users.admin, 'GET', '/api/reports/offers')).body;
    const before = await report();
    const offer = await sentOffer(t);
    await t.db.query(`UPDATE offers SET sent_at = now() - interval '6 days' WHERE id = $1`, [
      offer.offerId,
    ]);
    expect(
      (await record(offer, { givenOn: jakartaDay(-4), givenVia: 'signed_letter' })).status,
    ).toBe(200);
    const after = await report();
    expect(after.made - before.made).toBe(1);
    expect(after.accepted - before.accepted).toBe(1);
    expect(after.answerDays.answered - before.answerDays.answered).toBe(1);
    // Sent six days ago, given four days ago (by that day's end at the latest), recorded today:
    // about two days to answer, not six. (The report hides a median of one case: read the tally.)
    const scope = await reportSelection(
      t.db,
      { id: t.users.admin.id, role: 'admin' },
      { jobId: offer.jobId },
      new Date(),
    );
    const tally = await offerTally(t.db, scope);
    expect(tally.medianDays).toBeGreaterThan(1);
    expect(tally.medianDays).toBeLessThan(3);
  });

  it('the reminders stop once the answer is recorded', async () => {
    const offer = await sentOffer(t, { expiresOn: jakartaDay(2) });
    expect(
      (await record(offer, { givenVia: 'signed_letter', note: 'Surat no. 12/HR' })).status,
    ).toBe(200);
    await sendOfferReminders(t.db, testMail);
    const reminders = (await candidateMails(offer)).filter((m) => m.template === 'offer_reminder');
    expect(reminders).toHaveLength(0);
  });

  it('a decline with its reason rejects the application "offer declined", and e-mails the candidate nothing', async () => {
    const offer = await sentOffer(t);
    const before = (await candidateMails(offer)).length;
    const recorded = await record(offer, {
      kind: 'decline',
      givenVia: 'email',
      reason: 'accepted_other_offer',
    });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    expect(await offerStatus(offer)).toBe('declined');
    expect(await stageOf(offer)).toBe('rejected');
    const [event] = await t.db.query<{ rejectionReason: string }>(
      `SELECT rejection_reason AS "rejectionReason" FROM application_events
       WHERE application_id = $1 AND to_stage = 'rejected'`,
      [offer.applicationId],
    );
    expect(event!.rejectionReason).toBe('offer_declined');
    expect(await candidateMails(offer)).toHaveLength(before);
    expect(await portalOffer(offer)).toMatchObject({ state: 'declined' });
    const answers = await t.call(t.users.recruiter, 'GET', `/api/offers/${offer.offerId}/answers`);
    expect(answers.body.answers).toEqual([
      expect.objectContaining({ kind: 'decline', declineReason: 'accepted_other_offer' }),
    ]);
    expect(await audit(offer, 'offer.decline_recorded')).toHaveLength(1);
  });

  it('is HR’s: the hiring manager and an interviewer are refused, another manager sees nothing', async () => {
    const offer = await sentOffer(t);
    expectError(await record(offer, {}, t.users.hiringManager), 403, 'forbidden');
    expectError(await record(offer, {}, t.users.interviewer), 403, 'forbidden');
    expectError(await record(offer, {}, t.users.otherManager), 404, 'not_found');
    expect(await offerStatus(offer)).toBe('sent');
    expect(await stageOf(offer)).toBe('offer');
    // The hiring manager reads the offer but is not offered the step.
    const read = await t.call(
      t.users.hiringManager,
      'GET',
      `/api/applications/${offer.applicationId}/offers`,
    );
    expect(read.body.offers[0].can.recordAnswer).toBe(false);
  });

  it('refuses an offer already answered, withdrawn, or expired by the day given; nothing changes', async () => {
    const answered = await sentOffer(t);
    expect((await record(answered)).status).toBe(200);
    const again = await record(answered, { kind: 'decline' });
    expect(expectError(again, 409, 'conflict')).toMatchObject([{ code: 'already_answered' }]);
    expect(await offerStatus(answered)).toBe('accepted');

    const withdrawn = await sentOffer(t);
    const pulled = await t.call(
      t.users.recruiter,
      'POST',
      `/api/offers/${withdrawn.offerId}/withdrawal`,
      { reason: 'Posisi ditutup' },
    );
    expect(pulled.status, JSON.stringify(pulled.body)).toBe(200);
    expect(expectError(await record(withdrawn), 409, 'conflict')).toMatchObject([
      { code: 'offer_not_open' },
    ]);

    // Sent four days ago, expired yesterday: an answer given today is too late, one given the day
    // before yesterday was in time and stands.
    const expired = await sentOffer(t, { expiresOn: jakartaDay(-1) });
    await t.db.query(`UPDATE offers SET sent_at = now() - interval '4 days' WHERE id = $1`, [
      expired.offerId,
    ]);
    expect(expectError(await record(expired), 409, 'conflict')).toMatchObject([
      { path: 'givenOn', code: 'offer_expired' },
    ]);
    expect(await offerStatus(expired)).toBe('sent');
    const inTime = await record(expired, { givenOn: jakartaDay(-2), givenVia: 'in_person' });
    expect(inTime.status, JSON.stringify(inTime.body)).toBe(200);
    expect(await offerStatus(expired)).toBe('accepted');
  });

  it('refuses a day in the future or before the offer was sent, and a bad way of answering', async () => {
    const offer = await sentOffer(t);
    expectInvalid(await record(offer, { givenOn: jakartaDay(1) }), { givenOn: 'date_in_future' });
    expectInvalid(await record(offer, { givenOn: jakartaDay(-3) }), { givenOn: 'before_sent' });
    expectInvalid(await record(offer, { givenVia: 'pigeon' }), { givenVia: true });
    expect(await offerStatus(offer)).toBe('sent');
    expect(
      await t.db.query(`SELECT 1 FROM offer_answers WHERE offer_id = $1`, [offer.offerId]),
    ).toHaveLength(0);
  });

  it('refuses a stale step: the offer was revised and sent again since it was opened', async () => {
    const offer = await sentOffer(t);
    await reviseAndResend(t, offer.offerId, {
      salary: 9_000_000,
      startDate: jakartaDay(30),
      expiresOn: jakartaDay(7),
    });
    const stale = await record(offer, { expectedVersion: 1 });
    const [problem] = expectError(stale, 409, 'edited_elsewhere');
    expect(problem).toMatchObject({ path: 'expectedVersion', params: { version: 2 } });
    expect(await offerStatus(offer)).toBe('sent');
    expect((await record(offer, { expectedVersion: 2 })).status).toBe(200);
  });

  async function offerOf(offer: SentOffer) {
    const read = await t.call(
      t.users.recruiter,
      'GET',
      `/api/applications/${offer.applicationId}/offers`,
    );
    return read.body.offers[0] as { can: { recordAnswer: boolean } };
  }
});
