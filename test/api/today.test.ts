import { describe, expect, it } from 'vitest';
import {
  beginBookedInterviews,
  bookInterview,
  moveInterviewStartIntoPast,
} from '../support/begun-interviews';
import { expectInvalid } from '../support/expectations';
import {
  atHrInterview,
  buildApplication,
  buildJob,
  buildOtherTeamsJob,
  candidateInput,
  moveTo,
  moveToUserInterview,
} from '../support/factories';
import { jakartaDay, jakartaTime } from '../support/jakarta-time';
import { draftedOffer, recordMinimumWage, sentOffer, setJobPay } from '../support/offers';
import { type TestUser, useTestApp } from '../support/test-app';

describe('Today: what needs each role', () => {
  const t = useTestApp();

  const todayOf = async (user: TestUser) => {
    const reply = await t.call(user, 'GET', '/api/today');
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return reply.body;
  };
  const ids = (items: { applicationId: string }[] | null) =>
    (items ?? []).map((item) => item.applicationId);
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

  async function atUserInterview(jobId?: string) {
    const built = await buildApplication(t, jobId ? { jobId } : {});
    await moveToUserInterview(t, built.applicationId);
    return built;
  }

  async function bookedHrInterview(daysAhead = 2) {
    const built = await atHrInterview(t);
    await bookInterview(t, built.applicationId, {
      stage: 'hr',
      interviewerIds: [t.users.interviewer.id],
      localStart: jakartaTime(daysAhead),
    });
    return built;
  }

  /** `bookedHrInterview`, and the candidate asking through the portal for other times. */
  async function bookedWithPortal(daysAhead: number) {
    const built = await bookedHrInterview(daysAhead);
    const overview = await t.call(
      t.users.recruiter,
      'GET',
      `/api/applications/${built.applicationId}/interviews`,
    );
    const token = String(overview.body.portalUrl).split('/portal/')[1]!;
    const interviewId = overview.body.interviews[0].id as string;
    const askForOtherTimes = (proposedTimes: string[]) =>
      t.call(null, 'POST', `/api/portal/${token}/interviews/${interviewId}/reschedule-request`, {
        proposedTimes,
        reason: 'Ada ujian akhir.',
      });
    return { ...built, interviewId, askForOtherTimes };
  }

  it('shows offers that need someone: the approver their approvals, HR counters, sends and expiries', async () => {
    await recordMinimumWage(t, { province: 'dki_jakarta', monthlyAmount: 5_396_761 });
    const job = await buildJob(t);
    await setJobPay(t, job.id, {
      province: 'dki_jakarta',
      salaryMin: 8_000_000,
      salaryMax: 9_000_000,
    });
    const toApprove = await draftedOffer(t, job.id, { grossMonthlySalary: 10_000_000 });
    await t.call(t.users.recruiter, 'POST', `/api/offers/${toApprove.offerId}/submission`);
    const toSend = await draftedOffer(t, job.id, { grossMonthlySalary: 10_000_000 });
    await t.call(t.users.recruiter, 'POST', `/api/offers/${toSend.offerId}/submission`);
    await t.call(t.users.hiringManager, 'POST', `/api/offers/${toSend.offerId}/approvals`, {
      decision: 'approved',
      reason: '',
    });
    const expiring = await sentOffer(t, { expiresOn: jakartaDay(2) });
    const later = await sentOffer(t, { expiresOn: jakartaDay(10) });
    const countered = await sentOffer(t);
    await t.call(null, 'POST', `/api/portal/${countered.token}/offer/counter`, {
      grossMonthlySalary: 9_500_000,
    });

    const manager = await todayOf(t.users.hiringManager);
    expect(ids(manager.offersToApprove)).toEqual([toApprove.applicationId]);
    expect(manager.offersToApprove[0]).toMatchObject({
      offerId: toApprove.offerId,
      status: 'awaiting_approval',
    });
    expect(manager.offerCounters).toBeNull();

    const hr = await todayOf(t.users.recruiter);
    expect(hr.offersToApprove).toBeNull();
    expect(ids(hr.offersToSend)).toContain(toSend.applicationId);
    expect(ids(hr.offerCounters)).toEqual([countered.applicationId]);
    expect(ids(hr.offersExpiring)).toContain(expiring.applicationId);
    expect(ids(hr.offersExpiring)).not.toContain(later.applicationId);
    expect(hr.offersExpiring[0].expiresOn).toBe(jakartaDay(2));

    // The named approver sees them too; an interviewer never does.
    await t.db.query('UPDATE offer_settings SET approver_id = $1', [t.users.otherManager.id]);
    try {
      expect(ids((await todayOf(t.users.otherManager)).offersToApprove)).toEqual([
        toApprove.applicationId,
      ]);
    } finally {
      await t.db.query('UPDATE offer_settings SET approver_id = NULL');
    }
    expect((await todayOf(t.users.interviewer)).offersToApprove).toBeNull();
  });

  it('refuses without a session', async () => {
    expect((await t.call(null, 'GET', '/api/today')).status).toBe(401);
  });

  it("shows a hiring manager the candidates passed to them, never another manager's job", async () => {
    const mine = await atUserInterview();
    const otherJob = await buildOtherTeamsJob(t);
    const theirs = await atUserInterview(otherJob.id);

    const manager = await todayOf(t.users.hiringManager);
    expect(ids(manager.passedToYou)).toContain(mine.applicationId);
    expect(ids(manager.passedToYou)).not.toContain(theirs.applicationId);
    expect(manager.scorecardsOverdue).toBeNull();
    expect(manager.waitingTooLong).toBeNull();
    expect(manager.dataRequests).toBeNull();
    expect(manager.needsYou).toBeGreaterThanOrEqual(1);

    const other = await todayOf(t.users.otherManager);
    expect(ids(other.passedToYou)).toEqual([theirs.applicationId]);

    // The interviewer hires for nobody: no manager's sections, no HR's.
    const interviewer = await todayOf(t.users.interviewer);
    expect(interviewer.passedToYou).toBeNull();
    expect(interviewer.decisionsWaiting).toBeNull();
    expect(interviewer.failedEmails).toBeNull();
  });

  it('moves a candidate to "decisions waiting" once a user-interview scorecard is in', async () => {
    const built = await atUserInterview();
    await t.db.query(
      `INSERT INTO scorecards (application_id, stage, interviewer_id, recommendation, submitted_at)
       VALUES ($1, 'user', $2, 'yes', now())`,
      [built.applicationId, t.users.interviewer.id],
    );
    const manager = await todayOf(t.users.hiringManager);
    expect(ids(manager.decisionsWaiting)).toContain(built.applicationId);
    expect(ids(manager.passedToYou)).not.toContain(built.applicationId);
  });

  it('reads a scored user interview as held everywhere, though the candidate never confirmed', async () => {
    const built = await atUserInterview();
    const { id } = await bookInterview(t, built.applicationId, {
      stage: 'user',
      interviewerIds: [t.users.hiringManager.id],
      durationMinutes: 60,
    });
    const overview = async () =>
      (
        await t.call(
          t.users.recruiter,
          'GET',
          `/api/applications/${built.applicationId}/interviews`,
        )
      ).body;
    const token = String((await overview()).portalUrl).split('/portal/')[1]!;
    const managerRow = async () =>
      (await todayOf(t.users.hiringManager)).decisionsWaiting.find(
        (row: { applicationId: string }) => row.applicationId === built.applicationId,
      );

    // Begun, not scored yet: still booked, and still the candidate's next interview.
    await moveInterviewStartIntoPast(t, id, 10);
    expect((await overview()).interviews[0]).toMatchObject({ status: 'scheduled', held: false });
    expect((await t.call(null, 'GET', `/api/portal/${token}`)).body.nextInterview.id).toBe(id);

    await t.db.query(
      `INSERT INTO scorecards (application_id, stage, interviewer_id, recommendation, submitted_at)
       VALUES ($1, 'user', $2, 'yes', now())`,
      [built.applicationId, t.users.hiringManager.id],
    );
    expect((await overview()).interviews[0]).toMatchObject({
      held: true,
      candidateResponse: 'pending',
    });
    expect(await managerRow()).toMatchObject({ booked: true, held: true });
    expect((await t.call(null, 'GET', `/api/portal/${token}`)).body.nextInterview).toBeNull();
    // Scored ten minutes into its hour: read as scored, not done, on the candidate page and
    // Today alike, until the booked time ends.
    expect((await overview()).interviews[0]).toMatchObject({ scored: true });
    expect(await managerRow()).toMatchObject({ scored: true });
    // The whole panel (the manager alone) has scored: only the decision is left, clock or not.
    expect(await managerRow()).toMatchObject({ panelScored: true });
    await moveInterviewStartIntoPast(t, id, 61);
    expect((await overview()).interviews[0]).toMatchObject({ held: true, scored: false });
    expect(await managerRow()).toMatchObject({ held: true, scored: false });
  });

  it('says the decision is all that is left only once the whole user-interview panel has scored', async () => {
    const built = await atUserInterview();
    const { id } = await bookInterview(t, built.applicationId, {
      stage: 'user',
      // Not the interviewer: a later test counts the interviewer's interviews today.
      interviewerIds: [t.users.hiringManager.id, t.users.recruiter.id],
      durationMinutes: 60,
    });
    await moveInterviewStartIntoPast(t, id, 10);
    const managerRow = async () =>
      (await todayOf(t.users.hiringManager)).decisionsWaiting.find(
        (row: { applicationId: string }) => row.applicationId === built.applicationId,
      );
    const score = (userId: string) =>
      t.db.query(
        `INSERT INTO scorecards (application_id, stage, interviewer_id, recommendation, submitted_at)
         VALUES ($1, 'user', $2, 'yes', now())`,
        [built.applicationId, userId],
      );
    await score(t.users.hiringManager.id);
    expect(await managerRow()).toMatchObject({ scored: true, panelScored: false });
    await score(t.users.recruiter.id);
    expect(await managerRow()).toMatchObject({ scored: true, panelScored: true });
  });

  it('reads a user interview whose time is over as held for the manager, its scorecard still due', async () => {
    const built = await atUserInterview();
    const { id } = await bookInterview(t, built.applicationId, {
      stage: 'user',
      interviewerIds: [t.users.interviewer.id],
      durationMinutes: 60,
    });
    await moveInterviewStartIntoPast(t, id, 4 * 24 * 60);
    const row = (await todayOf(t.users.hiringManager)).passedToYou.find(
      (item: { applicationId: string }) => item.applicationId === built.applicationId,
    );
    expect(row).toMatchObject({ booked: true, held: true });
    const interviewer = await todayOf(t.users.interviewer);
    expect(ids(interviewer.scorecardsToSubmit)).toContain(built.applicationId);
  });

  it('puts a booked interview on its panel member’s agenda and a missing scorecard on their list', async () => {
    const built = await bookedHrInterview();

    const upcoming = await todayOf(t.users.interviewer);
    const item = upcoming.interviews.find(
      (row: { applicationId: string }) => row.applicationId === built.applicationId,
    );
    expect(item).toMatchObject({ stage: 'hr', onPanel: true, jobTitle: 'Backend Developer' });
    expect(ids((await todayOf(t.users.otherManager)).interviews)).not.toContain(
      built.applicationId,
    );

    // A week later the interview is over and no scorecard came: overdue, for them and for HR.
    await t.db.query(`UPDATE interviews SET starts_at = $2 WHERE application_id = $1`, [
      built.applicationId,
      daysAgo(7),
    ]);
    const after = await todayOf(t.users.interviewer);
    const own = after.scorecardsToSubmit.find(
      (row: { applicationId: string }) => row.applicationId === built.applicationId,
    );
    expect(own).toMatchObject({ overdue: true, stage: 'hr' });
    const hr = await todayOf(t.users.recruiter);
    expect(
      hr.scorecardsOverdue.find(
        (row: { applicationId: string }) => row.applicationId === built.applicationId,
      ),
    ).toMatchObject({ interviewerId: t.users.interviewer.id });
    // The hiring manager did not sit on that panel: nothing to submit.
    expect(ids((await todayOf(t.users.hiringManager)).scorecardsToSubmit)).not.toContain(
      built.applicationId,
    );

    await t.db.query(
      `INSERT INTO scorecards (application_id, stage, interviewer_id, recommendation, submitted_at)
       VALUES ($1, 'hr', $2, 'yes', now())`,
      [built.applicationId, t.users.interviewer.id],
    );
    expect(ids((await todayOf(t.users.interviewer)).scorecardsToSubmit)).not.toContain(
      built.applicationId,
    );
  });

  it("gives a hiring manager her own interviews, her jobs' others apart and out of the badge; HR keeps them all", async () => {
    const badgeBefore = (await todayOf(t.users.hiringManager)).needsYou;
    const hrOne = await bookedHrInterview(1);
    // Begun a minute ago: today's, whatever the hour the test runs at.
    await beginBookedInterviews(t, hrOne.applicationId, 'hr', 1);
    // The HR interview today is not hers to act on: the badge does not count it.
    expect((await todayOf(t.users.hiringManager)).needsYou).toBe(badgeBefore);
    const userOne = await atUserInterview();
    await bookInterview(t, userOne.applicationId, {
      stage: 'user',
      interviewerIds: [t.users.hiringManager.id],
      localStart: jakartaTime(3),
    });
    const manager = await todayOf(t.users.hiringManager);
    // Earlier tests in this file booked her other interviews: only this test's two are asserted.
    const otherHr = manager.otherInterviews.find(
      (item: { applicationId: string }) => item.applicationId === hrOne.applicationId,
    );
    expect(otherHr).toMatchObject({ when: 'today', onPanel: false });
    expect(ids(manager.interviews)).toContain(userOne.applicationId);
    expect(ids(manager.interviews)).not.toContain(hrOne.applicationId);
    expect(ids(manager.otherInterviews)).not.toContain(userOne.applicationId);

    const hr = await todayOf(t.users.recruiter);
    expect(ids(hr.interviews)).toEqual(
      expect.arrayContaining([hrOne.applicationId, userOne.applicationId]),
    );
    expect(hr.otherInterviews).toBeNull();

    const interviewer = await todayOf(t.users.interviewer);
    expect(ids(interviewer.interviews)).toEqual([hrOne.applicationId]);
    expect(interviewer.otherInterviews).toBeNull();
  });

  it('shows HR a new application at once, per job, and flags it as waiting too long only past the target', async () => {
    const job = await buildJob(t);
    const before = await todayOf(t.users.recruiter);
    const newOf = (today: { newApplications: { jobId: string; firstArrivedAt: string }[] }) =>
      today.newApplications.find((row) => row.jobId === job.id);
    expect(newOf(before)).toBeUndefined();

    const first = await buildApplication(t, { jobId: job.id });
    const arrived = await todayOf(t.users.recruiter);
    expect(newOf(arrived)).toMatchObject({ jobId: job.id, jobTitle: job.title, count: 1 });
    expect(arrived.newApplicationsTotal).toBe(before.newApplicationsTotal + 1);
    // The factory's candidates share a phone number, so each is also a new duplicate pair.
    const badge = (today: { needsYou: number; duplicates: unknown[] }) =>
      today.needsYou - today.duplicates.length;
    expect(badge(arrived)).toBe(badge(before) + 1);
    expect(ids(arrived.waitingTooLong)).not.toContain(first.applicationId);

    const second = await buildApplication(t, { jobId: job.id });
    expect(newOf(await todayOf(t.users.recruiter))).toMatchObject({ count: 2 });

    // Past the two working days of "Applied": still to screen, and now also waiting too long,
    // counted once on the badge.
    await t.db.query(`UPDATE applications SET stage_entered_at = $2 WHERE id = $1`, [
      first.applicationId,
      daysAgo(14),
    ]);
    const late = await todayOf(t.users.recruiter);
    expect(newOf(late)).toMatchObject({ count: 2 });
    expect(new Date(newOf(late)?.firstArrivedAt ?? '').getTime()).toBeLessThan(
      daysAgo(13).getTime(),
    );
    expect(ids(late.waitingTooLong)).toContain(first.applicationId);
    expect(late.waitingTooLongTotal).toBe(arrived.waitingTooLongTotal + 1);
    expect(badge(late)).toBe(badge(before) + 2);

    // Screened on: no longer new.
    await moveTo(t, first.applicationId, 'cv_screening');
    await moveTo(t, second.applicationId, 'cv_screening');
    expect(newOf(await todayOf(t.users.recruiter))).toBeUndefined();

    // Only HR screens: a hiring manager and an interviewer have no such section.
    expect((await todayOf(t.users.hiringManager)).newApplications).toBeNull();
    expect((await todayOf(t.users.interviewer)).newApplications).toBeNull();
  });

  it("flags candidates waiting longer than the job's stage target, which HR can change", async () => {
    const built = await buildApplication(t);
    await t.db.query(`UPDATE applications SET stage_entered_at = $2 WHERE id = $1`, [
      built.applicationId,
      daysAgo(14),
    ]);
    const waiting = (await todayOf(t.users.recruiter)).waitingTooLong.find(
      (row: { applicationId: string }) => row.applicationId === built.applicationId,
    );
    expect(waiting).toMatchObject({ stage: 'applied', targetDays: 2 });
    expect(waiting.workingDays).toBeGreaterThanOrEqual(9);

    const targetsUrl = `/api/jobs/${built.jobId}/stage-targets`;
    const before = await t.call(t.users.hiringManager, 'GET', targetsUrl);
    expect(before.body.targets.applied).toBe(2);
    expect(before.body.can.edit).toBe(false);
    const bad = await t.call(t.users.recruiter, 'PUT', targetsUrl, {
      targets: { ...before.body.targets, applied: 0 },
    });
    expectInvalid(bad, { 'targets.applied': 'out_of_range' });
    expect((await t.call(t.users.recruiter, 'GET', targetsUrl)).body.targets.applied).toBe(2);
    expect(
      (
        await t.call(t.users.hiringManager, 'PUT', targetsUrl, {
          targets: { ...before.body.targets, applied: 30 },
        })
      ).status,
    ).toBe(403);

    const saved = await t.call(t.users.recruiter, 'PUT', targetsUrl, {
      targets: { ...before.body.targets, applied: 30 },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.targets.applied).toBe(30);
    expect(ids((await todayOf(t.users.recruiter)).waitingTooLong)).not.toContain(
      built.applicationId,
    );
  });

  it("shows HR a reschedule request with the candidate's proposed times", async () => {
    const built = await bookedWithPortal(8);
    const asked = await built.askForOtherTimes([jakartaTime(9, 9), jakartaTime(10, 14)]);
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    const item = (await todayOf(t.users.recruiter)).rescheduleRequests.find(
      (row: { applicationId: string }) => row.applicationId === built.applicationId,
    );
    expect(item).toMatchObject({ timeZone: 'Asia/Jakarta' });
    expect(item.proposedTimes.map((at: string) => new Date(at).getTime())).toEqual(
      [jakartaTime(9, 9), jakartaTime(10, 14)].map((local) => new Date(`${local}+07:00`).getTime()),
    );
  });

  it('says on the agenda line that the candidate asked for another time', async () => {
    const { interviewId, askForOtherTimes } = await bookedWithPortal(5);
    const line = async () =>
      (await todayOf(t.users.recruiter)).interviews.find(
        (row: { interviewId: string }) => row.interviewId === interviewId,
      );
    expect(await line()).toMatchObject({ rescheduleRequested: false });
    const asked = await askForOtherTimes([jakartaTime(4, 9)]);
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    expect(await line()).toMatchObject({ rescheduleRequested: true });
  });

  it('gives HR reschedule requests, duplicates, data requests near their deadline and failed e-mails', async () => {
    const moving = await bookedHrInterview();
    await t.db.query(
      `UPDATE interviews SET candidate_response = 'reschedule_requested' WHERE application_id = $1`,
      [moving.applicationId],
    );
    const first = await t.call(
      t.users.recruiter,
      'POST',
      '/api/candidates',
      candidateInput({ phone: '0813-1111-2222' }),
    );
    const secondJob = await buildJob(t, { title: 'Backend Developer' });
    const second = await t.call(
      t.users.recruiter,
      'POST',
      '/api/candidates',
      candidateInput({ phone: '0813-1111-2222', jobIds: [secondJob.id] }),
    );
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    await t.db.query(
      `INSERT INTO data_requests (candidate_id, kind, channel, received_at, due_at)
       VALUES ($1, 'access', 'email', now(), now() + interval '1 day'),
              ($1, 'erasure', 'email', now(), now() + interval '20 days')`,
      [first.body.id],
    );
    await t.db.query(
      `INSERT INTO email_messages (idempotency_key, template, locale, to_email, to_name, subject, body, status)
       VALUES ('today-failed', 'hr_invitation', 'id', 'x@example.com', 'X', 's', 'b', 'failed')`,
    );

    const hr = await todayOf(t.users.admin);
    // Look-alike records are told apart by their jobs and dates, on both sides of the pair.
    expect(hr.duplicates).toContainEqual(
      expect.objectContaining({
        candidateId: second.body.id,
        candidateCreatedAt: second.body.createdAt,
        candidateApplications: [
          { jobTitle: 'Backend Developer', appliedAt: second.body.applications[0].appliedAt },
        ],
        otherId: first.body.id,
        otherCreatedAt: first.body.createdAt,
        otherApplications: [],
      }),
    );
    // Each request names whose it is.
    expect(
      hr.dataRequests.map((row: { kind: string; candidateName: string }) => [
        row.kind,
        row.candidateName,
      ]),
    ).toEqual([['access', first.body.fullName]]);
    expect(hr.failedEmails).toBeGreaterThanOrEqual(1);
    expect(ids(hr.rescheduleRequests)).toContain(moving.applicationId);

    const manager = await todayOf(t.users.hiringManager);
    expect(manager.duplicates).toBeNull();
    // The candidate asked to move an HR interview: HR's to handle, not on the manager's Today
    // (a user interview's request is, see hr-ended-notice.test.ts).
    expect(ids(manager.rescheduleRequests)).not.toContain(moving.applicationId);
  });

  it('shows HR the first few candidates waiting too long with the total, and the whole list by stage', async () => {
    const built = await Promise.all(Array.from({ length: 12 }, () => buildApplication(t)));
    await t.db.query(`UPDATE applications SET stage_entered_at = $2 WHERE id = ANY($1)`, [
      built.map((b) => b.applicationId),
      daysAgo(30),
    ]);
    const hr = await todayOf(t.users.recruiter);
    expect(hr.waitingTooLong).toHaveLength(10);
    expect(hr.waitingTooLongTotal).toBeGreaterThanOrEqual(12);
    expect(hr.needsYou).toBeGreaterThanOrEqual(hr.waitingTooLongTotal);

    const all = await t.call(t.users.recruiter, 'GET', '/api/today/waiting?list=too_long');
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(hr.waitingTooLongTotal);
    expect(ids(all.body.items)).toEqual(expect.arrayContaining(built.map((b) => b.applicationId)));

    const applied = await t.call(
      t.users.recruiter,
      'GET',
      '/api/today/waiting?list=too_long&stage=applied',
    );
    expect(applied.body.items.every((item: { stage: string }) => item.stage === 'applied')).toBe(
      true,
    );
    const offers = await t.call(
      t.users.recruiter,
      'GET',
      '/api/today/waiting?list=too_long&stage=offer',
    );
    expect(ids(offers.body.items)).not.toContain(built[0]!.applicationId);

    expectInvalid(await t.call(t.users.recruiter, 'GET', '/api/today/waiting?list=everyone'), {
      list: true,
    });
    expect(
      (await t.call(t.users.hiringManager, 'GET', '/api/today/waiting?list=too_long')).status,
    ).toBe(403);
  });

  it('lists for HR the candidates at an interview stage with no interview booked, until one is', async () => {
    const waiting = await atHrInterview(t);
    const booked = await bookedHrInterview(4);

    const hr = await todayOf(t.users.recruiter);
    const toBook = (await t.call(t.users.recruiter, 'GET', '/api/today/waiting?list=to_book')).body
      .items;
    expect(ids(toBook)).toContain(waiting.applicationId);
    expect(ids(toBook)).not.toContain(booked.applicationId);
    expect(
      toBook.find(
        (item: { applicationId: string }) => item.applicationId === waiting.applicationId,
      ),
    ).toMatchObject({ stage: 'hr_interview', workingDays: 0 });
    expect(hr.interviewsToBookTotal).toBe(toBook.length);
    expect(hr.interviewsToBook.length).toBe(Math.min(10, toBook.length));
    expect((await todayOf(t.users.hiringManager)).interviewsToBook).toBeNull();

    // Once the interview is cancelled the candidate needs a time again.
    const [interview] = await t.db.query<{ id: string }>(
      `SELECT id FROM interviews WHERE application_id = $1`,
      [booked.applicationId],
    );
    await t.db.query(`UPDATE interviews SET status = 'cancelled' WHERE id = $1`, [interview!.id]);
    const again = (await t.call(t.users.recruiter, 'GET', '/api/today/waiting?list=to_book')).body;
    expect(ids(again.items)).toContain(booked.applicationId);
  });

  it('marks board cards with the next interview and what needs action, by the rules of Today', async () => {
    const cardOf = async (built: { jobId: string; applicationId: string }) => {
      const board = await t.call(t.users.recruiter, 'GET', `/api/jobs/${built.jobId}/board`);
      expect(board.status).toBe(200);
      return board.body.columns
        .flatMap((column: { cards: { applicationId: string }[] }) => column.cards)
        .find((card: { applicationId: string }) => card.applicationId === built.applicationId);
    };
    const unbooked = await atHrInterview(t);
    expect(await cardOf(unbooked)).toMatchObject({
      nextInterview: null,
      needsAction: ['interview_to_book'],
    });

    const booked = await bookedHrInterview(6);
    const [interview] = await t.db.query<{ id: string; startsAt: Date }>(
      `SELECT id, starts_at AS "startsAt" FROM interviews WHERE application_id = $1`,
      [booked.applicationId],
    );
    expect(await cardOf(booked)).toMatchObject({
      nextInterview: { startsAt: interview!.startsAt.toISOString(), timeZone: 'Asia/Jakarta' },
      needsAction: [],
    });
    await t.db.query(
      `UPDATE interviews SET candidate_response = 'reschedule_requested' WHERE id = $1`,
      [interview!.id],
    );
    expect((await cardOf(booked)).needsAction).toEqual(['reschedule_requested']);

    // A week later the interview is over and its scorecard has not come.
    await t.db.query(
      `UPDATE interviews SET starts_at = $2, candidate_response = 'confirmed' WHERE id = $1`,
      [interview!.id, daysAgo(7)],
    );
    expect(await cardOf(booked)).toMatchObject({
      nextInterview: null,
      needsAction: ['scorecard_overdue'],
    });

    const stale = await buildApplication(t);
    await t.db.query(`UPDATE applications SET stage_entered_at = $2 WHERE id = $1`, [
      stale.applicationId,
      daysAgo(30),
    ]);
    const staleCard = await cardOf(stale);
    expect(staleCard.needsAction).toEqual(['waiting_too_long']);
    // The card counts the wait as Today does: working days, not the 30 calendar days.
    const tooLong = await t.call(t.users.recruiter, 'GET', '/api/today/waiting?list=too_long');
    const listed = tooLong.body.items.find(
      (item: { applicationId: string }) => item.applicationId === stale.applicationId,
    );
    expect(staleCard.workingDaysInStage).toBe(listed.workingDays);
    expect(staleCard.workingDaysInStage).toBeGreaterThan(10);
    expect(staleCard.workingDaysInStage).toBeLessThan(23);
    const rejected = await t.call(
      t.users.recruiter,
      'POST',
      `/api/applications/${stale.applicationId}/move`,
      {
        toStage: 'rejected',
        rejectionReason: 'cv_not_matching',
      },
    );
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    expect((await cardOf(stale)).needsAction).toEqual([]);
  });
});
