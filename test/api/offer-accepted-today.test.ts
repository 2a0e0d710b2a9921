import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayFor } from '../../src/services/today/today-service';
import { jakartaDay } from '../support/jakarta-time';
import { sentOffer, type SentOffer } from '../support/offers';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * The candidate accepts in the portal and the application moves to Hired with nobody in HR
 * acting: the history says the candidate accepted (with the start date), and HR's Today lists the
 * hire under "Starting soon" until the first working day has passed.
 */
describe('an offer accepted in the portal, as HR sees it', () => {
  let t: TestApp;
  let offer: SentOffer;
  const startDate = jakartaDay(20);
  beforeAll(async () => {
    t = await createTestApp();
    offer = await sentOffer(t, { startDate });
  });
  afterAll(() => t.close());

  type Starting = { candidateId: string; candidateName: string; startDate: string };
  const today = async (user = t.users.recruiter) =>
    (await t.call(user, 'GET', '/api/today')).body as {
      needsYou: number;
      startingSoon: Starting[] | null;
    };

  it('before the answer, Starting soon does not list the candidate', async () => {
    const before = await today();
    expect(before.startingSoon).toEqual([]);
  });

  it('after the acceptance: the history says the candidate accepted, and Today lists the start (without raising the badge: nothing to do)', async () => {
    const badgeBefore = (await today()).needsYou;
    const accepted = await t.call(null, 'POST', `/api/portal/${offer.token}/offer/accept`, {
      signedName: offer.candidateName,
      consent: true,
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);

    const candidate = await t.call(
      t.users.recruiter,
      'GET',
      `/api/candidates/${offer.candidateId}`,
    );
    const [latest] = candidate.body.applications[0].history;
    expect(latest).toMatchObject({
      actorName: null,
      fromStage: 'offer',
      toStage: 'hired',
      offerAnswer: 'accepted',
      startDate,
    });

    const hr = await today();
    expect(hr.startingSoon).toEqual([
      expect.objectContaining({
        candidateId: offer.candidateId,
        candidateName: offer.candidateName,
        startDate,
      }),
    ]);
    expect(hr.needsYou).toBe(badgeBefore);
    expect((await today(t.users.admin)).startingSoon).toHaveLength(1);
    // The job's hiring manager sees their new hire's start too; another job's manager does not,
    // and interviewers have no such list.
    expect((await today(t.users.hiringManager)).startingSoon).toEqual([
      expect.objectContaining({ candidateId: offer.candidateId, startDate }),
    ]);
    expect((await today(t.users.otherManager)).startingSoon).toEqual([]);
    expect((await today(t.users.interviewer)).startingSoon).toBeNull();
  });

  it('the item shows from 30 days before the start, stays through the first day and is gone once it has passed', async () => {
    const recruiter = t.users.recruiter;
    const onStartDay = new Date(`${startDate}T10:00:00+07:00`);
    const dayAfter = new Date(onStartDay.getTime() + 86_400_000);
    const thirtyOneDaysBefore = new Date(onStartDay.getTime() - 31 * 86_400_000);
    const thirtyDaysBefore = new Date(onStartDay.getTime() - 30 * 86_400_000);
    expect((await todayFor(t.db, recruiter, thirtyOneDaysBefore)).startingSoon).toEqual([]);
    expect((await todayFor(t.db, recruiter, thirtyDaysBefore)).startingSoon).toHaveLength(1);
    expect((await todayFor(t.db, recruiter, onStartDay)).startingSoon).toHaveLength(1);
    expect((await todayFor(t.db, recruiter, dayAfter)).startingSoon).toEqual([]);
  });

  it('a declined offer reads as the candidate declining, and lists nothing', async () => {
    const other = await sentOffer(t);
    const declined = await t.call(null, 'POST', `/api/portal/${other.token}/offer/decline`, {
      reason: 'salary',
    });
    expect(declined.status, JSON.stringify(declined.body)).toBe(200);
    const candidate = await t.call(
      t.users.recruiter,
      'GET',
      `/api/candidates/${other.candidateId}`,
    );
    expect(candidate.body.applications[0].history[0]).toMatchObject({
      toStage: 'rejected',
      offerAnswer: 'declined',
      startDate: null,
    });
    expect((await today()).startingSoon).toHaveLength(1);
  });
});
