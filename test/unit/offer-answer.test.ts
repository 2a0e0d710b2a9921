import { describe, expect, it } from 'vitest';
import {
  answerRefusal,
  checkHoldFirm,
  checkOfferAnswer,
  offerExpired,
  reminderDue,
  sameName,
  statusAfterAnswer,
} from '../../src/domain/offers/offer-answer';
import { offerAnswerText, offerDateText } from '../../src/domain/offers/offer-answer-wording';

// 10:00 WIB on Tuesday 1 December 2026.
const now = new Date('2026-12-01T03:00:00Z');
const sent = { status: 'sent', expiresOn: '2026-12-05' };

describe('which answers an offer takes', () => {
  it('takes answers through its expiry day in Jakarta, and none after', () => {
    expect(offerExpired('2026-12-01', now)).toBe(false);
    // 23:30 WIB on the expiry day is still that day; 00:30 WIB the next is not.
    expect(offerExpired('2026-12-01', new Date('2026-12-01T16:30:00Z'))).toBe(false);
    expect(offerExpired('2026-12-01', new Date('2026-12-01T17:30:00Z'))).toBe(true);
    expect(answerRefusal({ ...sent, expiresOn: '2026-11-30' }, now)?.code).toBe('offer_expired');
  });

  it('the first accept or decline stands; a counter waits for HR; drafts take nothing', () => {
    expect(answerRefusal(sent, now)).toBeUndefined();
    expect(answerRefusal({ ...sent, status: 'accepted' }, now)?.code).toBe('already_answered');
    expect(answerRefusal({ ...sent, status: 'declined' }, now)?.code).toBe('already_answered');
    expect(answerRefusal({ ...sent, status: 'countered' }, now)?.code).toBe('awaiting_reply');
    expect(answerRefusal({ ...sent, status: 'draft' }, now)?.code).toBe('offer_not_open');
    expect(answerRefusal({ ...sent, status: 'withdrawn' }, now)?.code).toBe('offer_not_open');
  });

  it('an acceptance needs the full name as on record (any case or spacing) and the tick', () => {
    expect(sameName('  sari   WULANDARI ', 'Sari Wulandari')).toBe(true);
    expect(sameName('Sari', 'Sari Wulandari')).toBe(false);
    expect(sameName('', '')).toBe(false);
    const refused = checkOfferAnswer(
      'Sari Wulandari',
      { kind: 'accept', signedName: 'Sari W.', consent: false },
      now,
    );
    expect(refused.ok ? [] : refused.problems.map((p) => [p.path, p.code])).toEqual([
      ['signedName', 'name_mismatch'],
      ['consent', 'required'],
    ]);
    expect(
      checkOfferAnswer(
        'Sari Wulandari',
        { kind: 'accept', signedName: 'sari  wulandari', consent: true },
        now,
      ),
    ).toEqual({ ok: true, value: { kind: 'accept', signedName: 'sari wulandari' } });
  });

  it('a counter-proposal names an amount or a start date, plausible and not past', () => {
    const counter = (grossMonthlySalary: number | null, startDate: string | null) =>
      checkOfferAnswer('X', { kind: 'counter', grossMonthlySalary, startDate, note: '' }, now);
    const codes = (result: ReturnType<typeof counter>) =>
      result.ok ? [] : result.problems.map((p) => p.code);
    expect(codes(counter(null, null))).toEqual(['amount_or_date_required']);
    expect(codes(counter(0, null))).toEqual(['amount_not_positive']);
    expect(codes(counter(8_500_000.5, null))).toEqual(['amount_not_whole']);
    expect(codes(counter(85_000_000_000, null))).toEqual(['amount_too_large']);
    expect(codes(counter(null, '2026-11-30'))).toEqual(['date_in_past']);
    expect(counter(9_000_000, '2026-12-01').ok).toBe(true);
    expect(counter(null, '2027-01-04').ok).toBe(true);
    // As typed in the portal: read as people write amounts; every slip named at once.
    const typed = (amount: string, startDate: string | null) =>
      checkOfferAnswer(
        'X',
        { kind: 'counter', grossMonthlySalary: amount, startDate, note: '' },
        now,
      );
    expect(typed('17,5 juta', null)).toMatchObject({
      ok: true,
      value: { grossMonthlySalary: 17_500_000 },
    });
    expect(codes(typed('tujuh belas', '31/12/2026x'))).toEqual(['invalid_amount', 'invalid_date']);
    expect(codes(typed('0', '2026-11-30'))).toEqual(['amount_not_positive', 'date_in_past']);
    expect(codes(typed('  ', ' '))).toEqual(['amount_or_date_required']);
  });

  it('answers move the offer: accepted, declined, countered; holding firm opens it again', () => {
    expect(statusAfterAnswer('accept')).toBe('accepted');
    expect(statusAfterAnswer('decline')).toBe('declined');
    expect(statusAfterAnswer('counter')).toBe('countered');
    expect(checkHoldFirm({ ...sent, status: 'countered' }, now)).toEqual({
      ok: true,
      value: { status: 'sent' },
    });
    expect(checkHoldFirm(sent, now).ok).toBe(false);
    expect(checkHoldFirm({ status: 'countered', expiresOn: '2026-11-30' }, now).ok).toBe(false);
  });
});

describe('the reminder before expiry', () => {
  const offer = (expiresOn: string, remindedForExpiry: string | null = null, status = 'sent') => ({
    status,
    expiresOn,
    remindedForExpiry,
  });
  it('is due from two days before the expiry day, once per expiry date', () => {
    expect(reminderDue(offer('2026-12-04'), now)).toBe(false);
    expect(reminderDue(offer('2026-12-03'), now)).toBe(true);
    expect(reminderDue(offer('2026-12-01'), now)).toBe(true);
    expect(reminderDue(offer('2026-12-03', '2026-12-03'), now)).toBe(false);
    // Extended after a reminder: reminded again for the new date.
    expect(reminderDue(offer('2026-12-02', '2026-11-28'), now)).toBe(true);
  });
  it('is not sent for an expired or answered offer', () => {
    expect(reminderDue(offer('2026-11-30'), now)).toBe(false);
    expect(reminderDue(offer('2026-12-02', null, 'accepted'), now)).toBe(false);
    expect(reminderDue(offer('2026-12-02', null, 'countered'), now)).toBe(false);
  });
});

describe("the team's notice of an answer", () => {
  it('says what the candidate did in the reader’s language, never an amount', () => {
    expect(offerAnswerText({ kind: 'accept' }, 'id')).toBe('Kandidat menerima penawaran');
    expect(offerAnswerText({ kind: 'decline', declineReason: 'salary' }, 'en')).toBe(
      'The candidate declined the offer (reason: salary)',
    );
    expect(
      offerAnswerText({ kind: 'counter', proposes: { amount: true, startDate: true } }, 'id'),
    ).toBe('Kandidat meminta perubahan penawaran (gaji dan tanggal mulai)');
    expect(offerDateText('2026-12-11', 'id')).toBe('Jumat, 11 Desember 2026');
    expect(offerDateText('2026-12-11', 'en')).toBe('Friday, 11 December 2026');
  });
});
