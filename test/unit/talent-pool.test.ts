import { describe, expect, it } from 'vitest';
import {
  keptCopyValues,
  maskedLink,
  maskOneTimeLinks,
} from '../../src/domain/email/one-time-links';
import {
  declinedQuietDays,
  invitationExpiresAt,
  invitationRefusal,
  needsTalentPoolConsent,
  portalOffersTalentPool,
  talentPoolStanding,
  type ConsentRecord,
} from '../../src/domain/privacy/talent-pool';

const day = 86_400_000;
const now = new Date('2026-11-23T03:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * day);
const recruitment: ConsentRecord = {
  purpose: 'recruitment',
  channel: 'apply_form',
  givenAt: ago(40),
  withdrawnAt: null,
};
const imported: ConsentRecord = { ...recruitment, channel: 'hr_import' };
const pool = (givenDaysAgo: number, leftDaysAgo?: number): ConsentRecord => ({
  purpose: 'talent_pool',
  channel: 'portal',
  givenAt: ago(givenDaysAgo),
  withdrawnAt: leftDaysAgo === undefined ? null : ago(leftDaysAgo),
});

describe('talent-pool standing', () => {
  it('is member while a pool consent stands, left after withdrawing, never_joined otherwise', () => {
    expect(talentPoolStanding([recruitment])).toEqual({ status: 'never_joined' });
    expect(talentPoolStanding([recruitment, pool(10)])).toEqual({
      status: 'member',
      since: ago(10),
    });
    expect(talentPoolStanding([pool(30, 20), pool(10, 5)])).toEqual({
      status: 'left',
      since: ago(5),
    });
    // Rejoining after leaving counts.
    expect(talentPoolStanding([pool(30, 20), pool(3)]).status).toBe('member');
  });

  it('asks for pool consent only of candidates who agreed to one recruitment', () => {
    expect(needsTalentPoolConsent([])).toBe(false);
    expect(needsTalentPoolConsent([recruitment])).toBe(true);
    expect(needsTalentPoolConsent([recruitment, pool(10)])).toBe(false);
    expect(needsTalentPoolConsent([recruitment, pool(10, 1)])).toBe(true);
  });

  it('lets HR put an imported candidate forward for any job: HR holds their basis', () => {
    expect(needsTalentPoolConsent([imported])).toBe(false);
    expect(needsTalentPoolConsent([imported, recruitment])).toBe(true);
  });
});

describe('the portal offering the talent pool', () => {
  it('offers it while applying and after a rejection or withdrawal, member or not', () => {
    for (const stage of ['applied', 'user_interview', 'rejected', 'withdrawn']) {
      expect(portalOffersTalentPool(stage, false)).toBe(true);
      expect(portalOffersTalentPool(stage, true)).toBe(true);
    }
  });
  it('hides "other openings" while the candidate holds an offer and once hired, even to a member', () => {
    for (const stage of ['offer', 'hired']) {
      expect(portalOffersTalentPool(stage, false)).toBe(false);
      expect(portalOffersTalentPool(stage, true)).toBe(false);
    }
  });
});

describe('inviting to the talent pool', () => {
  const open = { expiresAt: new Date(now.getTime() + day), answer: null, answeredAt: null };
  const declined = (daysAgo: number) => ({
    expiresAt: ago(daysAgo - 30),
    answer: 'declined' as const,
    answeredAt: ago(daysAgo),
  });

  it('may ask a candidate who agreed to one recruitment and was not asked lately', () => {
    expect(invitationRefusal([recruitment], [], now)).toBeUndefined();
    expect(
      invitationRefusal([recruitment], [declined(declinedQuietDays + 1)], now),
    ).toBeUndefined();
  });

  it('does not press: not members, not those who left, not twice at once, not soon after a no', () => {
    expect(invitationRefusal([recruitment, pool(3)], [], now)).toBe('already_in_talent_pool');
    expect(invitationRefusal([recruitment, pool(9, 3)], [], now)).toBe('left_talent_pool');
    expect(invitationRefusal([], [], now)).toBe('talent_pool_consent_not_needed');
    expect(invitationRefusal([recruitment], [open], now)).toBe('invitation_pending');
    expect(invitationRefusal([recruitment], [declined(10)], now)).toBe('invitation_declined');
  });

  it('keeps an invitation open for 30 days', () => {
    expect(invitationExpiresAt(now).getTime() - now.getTime()).toBe(30 * day);
  });
});

describe('one-time links in kept e-mail copies', () => {
  it('masks set-password and invitation tokens, and leaves portal links alone', () => {
    const body = [
      'https://hr.example/set-password#Zx8_k2-PqLmN0aBcDeFgHiJk',
      'https://hr.example/talent-pool/Q1w2E3r4T5y6U7i8O9p0AsDf',
      'https://hr.example/portal/Q1w2E3r4T5y6U7i8O9p0AsDf',
    ].join('\n');
    expect(maskOneTimeLinks(body).split('\n')).toEqual([
      `https://hr.example/set-password#${maskedLink}`,
      `https://hr.example/talent-pool/${maskedLink}`,
      'https://hr.example/portal/Q1w2E3r4T5y6U7i8O9p0AsDf',
    ]);
  });

  it('keeps the address of a link up to its token, and masks a link of unknown shape whole', () => {
    const values = {
      userName: 'Nadia',
      passwordLink: 'https://hr.example/set-password#Zx8_k2-PqLmN0aBcDeFgHiJk',
      invitationLink: 'https://hr.example/elsewhere?t=Zx8_k2-PqLmN0aBcDeFgHiJk',
    };
    expect(keptCopyValues(values)).toEqual({
      userName: 'Nadia',
      passwordLink: `https://hr.example/set-password#${maskedLink}`,
      invitationLink: maskedLink,
    });
  });
});
