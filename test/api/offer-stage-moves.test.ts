import { describe, expect, it } from 'vitest';
import { expectError } from '../support/expectations';
import { moveTo } from '../support/factories';
import { jakartaDay } from '../support/jakarta-time';
import { reviseAndResend, sentOffer, type SentOffer } from '../support/offers';
import { useTestApp } from '../support/test-app';

/**
 * An offer belongs to the offer stage: the board cannot hire past an open offer, and a card that
 * leaves the stage another way takes its open offer with it (retrial23: a board move to Hired
 * left the offer "sent" and the portal said "hired" above Accept and Decline).
 */
describe('the offer and moves on the board', () => {
  const t = useTestApp();

  const portalOffer = async (offer: SentOffer) =>
    (await t.call(null, 'GET', `/api/portal/${offer.token}/offer`)).body.offer;
  const stageOf = async (offer: SentOffer) =>
    (await t.call(t.users.recruiter, 'GET', `/api/candidates/${offer.candidateId}`)).body
      .applications[0].stage;
  const offerStatus = async (offer: SentOffer) =>
    (await t.call(t.users.recruiter, 'GET', `/api/offers/${offer.offerId}`)).body.status;

  it('refuses a move to Hired while the sent offer is unanswered, and changes nothing', async () => {
    const offer = await sentOffer(t);
    const moved = await moveTo(t, offer.applicationId, 'hired');
    expectError(moved, 409, 'conflict');
    expect(moved.body.error.fields).toMatchObject([
      { path: 'toStage', code: 'offer_not_accepted' },
    ]);
    expect(await stageOf(offer)).toBe('offer');
    expect(await offerStatus(offer)).toBe('sent');
    expect(await portalOffer(offer)).toMatchObject({ state: 'open' });
  });

  it('hires once the candidate has accepted in the portal', async () => {
    const offer = await sentOffer(t);
    const accepted = await t.call(null, 'POST', `/api/portal/${offer.token}/offer/accept`, {
      signedName: offer.candidateName,
      consent: true,
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(await stageOf(offer)).toBe('hired');
  });

  it('a rejection at the offer stage withdraws the open offer: the portal takes no answer', async () => {
    const offer = await sentOffer(t);
    const moved = await moveTo(t, offer.applicationId, 'rejected', {
      rejectionReason: 'position_filled',
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(await offerStatus(offer)).toBe('withdrawn');
    const accept = await t.call(null, 'POST', `/api/portal/${offer.token}/offer/accept`, {
      signedName: offer.candidateName,
      consent: true,
    });
    expect(accept.status).not.toBe(200);
    expect(await stageOf(offer)).toBe('rejected');
    const audit = await t.db.query<{ detail: { offerId: string } }>(
      `SELECT detail FROM audit_log WHERE action = 'offer.withdrawn' AND entity_id = $1`,
      [offer.applicationId],
    );
    expect(audit.map((row) => row.detail.offerId)).toEqual([offer.offerId]);
  });

  it("after HR holds firm and then sends a revised version, the portal drops the 'keeps the offer' reply", async () => {
    const offer = await sentOffer(t, { salary: 12_000_000 });
    await t.call(null, 'POST', `/api/portal/${offer.token}/offer/counter`, {
      grossMonthlySalary: 13_500_000,
    });
    await t.call(t.users.recruiter, 'POST', `/api/offers/${offer.offerId}/hold-firm`, {
      note: 'Ini sudah maksimal.',
    });
    expect(await portalOffer(offer)).toMatchObject({
      lastAnswer: { reply: { kind: 'hold_firm' } },
    });
    await reviseAndResend(t, offer.offerId, {
      salary: 13_000_000,
      startDate: jakartaDay(30),
      expiresOn: jakartaDay(7),
    });
    expect(await portalOffer(offer)).toMatchObject({
      state: 'open',
      terms: { version: 2, grossMonthlySalary: 13_000_000 },
      lastAnswer: null,
    });
  });
  it("a hiring manager's move may not withdraw HR's open offer; the candidate's own withdrawal does", async () => {
    const offer = await sentOffer(t);
    const moved = await t.call(
      t.users.hiringManager,
      'POST',
      `/api/applications/${offer.applicationId}/move`,
      { toStage: 'user_interview', note: 'Perlu interview kedua.' },
    );
    expectError(moved, 409, 'conflict');
    expect(moved.body.error.fields).toMatchObject([{ path: 'toStage', code: 'offer_open_for_hr' }]);
    expect(await offerStatus(offer)).toBe('sent');
    expect(await stageOf(offer)).toBe('offer');
    const withdrawn = await t.call(null, 'POST', `/api/portal/${offer.token}/withdraw`, {
      reason: 'Sudah menerima tawaran lain.',
    });
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    expect(await offerStatus(offer)).toBe('withdrawn');
    expect(await stageOf(offer)).toBe('withdrawn');
  });
});
