import { describe, expect, it } from 'vitest';
import { builtInStageTemplates } from '../../src/domain/stage-template';
import { bookBegunInterview, bookInterview, cancelInterview } from '../support/begun-interviews';
import {
  atHrInterview,
  buildApplication,
  moveTo,
  moveToHrInterview,
  skipHrGate,
} from '../support/factories';
import { type TestUser, useTestApp } from '../support/test-app';

const t = useTestApp();

const interviewsUrl = (applicationId: string) => `/api/applications/${applicationId}/interviews`;

const schedule = async (applicationId: string, stage: 'hr' | 'user', interviewerIds: string[]) =>
  (await bookInterview(t, applicationId, { stage, interviewerIds })).id;

/** Books an interview that took place yesterday (tests cannot wait for the clock). */
const heldYesterday = (applicationId: string, stage: 'hr' | 'user', interviewerIds: string[]) =>
  bookBegunInterview(t, applicationId, { stage, interviewerIds }, 24 * 60);

async function overview(applicationId: string) {
  const reply = await t.call(t.users.recruiter, 'GET', interviewsUrl(applicationId));
  return reply.body as {
    portalUrl: string;
    interviews: { id: string; status: string; events: { kind: string }[] }[];
    messages: { template: string; toEmail: string }[];
  };
}

const statusOf = async (applicationId: string, interviewId: string) =>
  (await overview(applicationId)).interviews.find((i) => i.id === interviewId)?.status;

async function auditActions(applicationId: string) {
  const log = await t.call(t.users.admin, 'GET', `/api/admin/audit-log?entityId=${applicationId}`);
  return (log.body.items as { action: string }[]).map((item) => item.action);
}

async function myInterviews(user: TestUser) {
  const reply = await t.call(user, 'GET', '/api/my-interviews');
  return reply.body.items as { applicationId: string; interview: string; scorecard: string }[];
}

describe('a move settles the interviews of the stage it leaves', () => {
  it('calls off an upcoming interview the candidate moved past: told it is no longer needed, panel told, audited', async () => {
    const { applicationId } = await atHrInterview(t);
    const hr = await schedule(applicationId, 'hr', [t.users.recruiter.id, t.users.interviewer.id]);
    // The decision form warns before a verdict calls off the interview still ahead.
    const summary = await t.call(
      t.users.recruiter,
      'GET',
      `/api/applications/${applicationId}/decisions`,
    );
    expect(summary.body.upcomingInterview.hr).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(summary.body.upcomingInterview.user).toBeNull();
    // It also says where "advance" leads: the tests when the job has them, else the user interview.
    const [job] = await t.db.query<{ tests: boolean }>(
      `SELECT j.tests_enabled AS tests FROM applications a JOIN jobs j ON j.id = a.job_id WHERE a.id = $1`,
      [applicationId],
    );
    expect(summary.body.advancesTo).toEqual({
      hr: job!.tests ? 'tests' : 'user_interview',
      user: 'offer',
    });
    const moved = await moveTo(t, applicationId, 'user_interview', {
      overrideHrGate: true,
      note: 'Jelas cocok; wawancara HR tidak perlu.',
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);

    const after = await overview(applicationId);
    const interview = after.interviews.find((i) => i.id === hr)!;
    expect(interview.status).toBe('cancelled');
    expect(interview.events.map((e) => e.kind)).toEqual(['scheduled', 'cancelled']);
    // Moving on is good news: the candidate is not told their interview was "cancelled".
    expect(after.messages.filter((m) => m.template === 'interview_not_needed')).toHaveLength(1);
    expect(after.messages.filter((m) => m.template === 'cancellation')).toHaveLength(0);
    expect(
      after.messages.filter((m) => m.template === 'panel_notice').map((m) => m.toEmail),
    ).toContain(t.users.interviewer.email);
    expect(await auditActions(applicationId)).toContain('interview.cancelled');

    // The portal shows no interview the process is past.
    const token = after.portalUrl.split('/portal/')[1]!;
    const portal = await t.call(null, 'GET', `/api/portal/${token}`);
    expect(portal.body.status).toBe('user_interview');
    expect(portal.body.nextInterview).toBeNull();
  });

  it('completes an interview that took place, without telling anyone it was cancelled', async () => {
    const { applicationId } = await atHrInterview(t);
    const hr = await heldYesterday(applicationId, 'hr', [t.users.recruiter.id]);
    const summary = await t.call(
      t.users.recruiter,
      'GET',
      `/api/applications/${applicationId}/decisions`,
    );
    expect(summary.body.upcomingInterview.hr).toBeNull();
    await moveTo(t, applicationId, 'user_interview', skipHrGate);
    expect(await statusOf(applicationId, hr)).toBe('completed');
    const after = await overview(applicationId);
    expect(after.interviews[0]!.events.map((e) => e.kind)).toEqual(['scheduled', 'completed']);
    expect(after.messages.filter((m) => m.template === 'cancellation')).toHaveLength(0);
    expect(await auditActions(applicationId)).toContain('interview.completed');
  });

  it('leaves the interview of the stage moved to as it is', async () => {
    const { applicationId } = await atHrInterview(t);
    await moveTo(t, applicationId, 'user_interview', skipHrGate);
    const user = await schedule(applicationId, 'user', [t.users.interviewer.id]);
    await moveTo(t, applicationId, 'hr_interview', { note: 'Kembali untuk klarifikasi gaji.' });
    expect(await statusOf(applicationId, user)).toBe('cancelled');
    const hr = await schedule(applicationId, 'hr', [t.users.recruiter.id]);
    const again = await moveTo(t, applicationId, 'hr_interview');
    expect(again.status).toBe(400);
    expect(await statusOf(applicationId, hr)).toBe('scheduled');
  });

  it('tells a rejected candidate the process ended only when the rejection e-mail goes too', async () => {
    const quiet = await atHrInterview(t);
    await schedule(quiet.applicationId, 'hr', [t.users.recruiter.id]);
    await moveTo(t, quiet.applicationId, 'rejected', { rejectionReason: 'position_filled' });
    const quietMail = (await overview(quiet.applicationId)).messages;
    expect(quietMail.map((m) => m.template)).toContain('interview_called_off');
    expect(quietMail.map((m) => m.template)).not.toContain('interview_closed');
    const told = await atHrInterview(t);
    await schedule(told.applicationId, 'hr', [t.users.recruiter.id]);
    await moveTo(t, told.applicationId, 'rejected', {
      rejectionReason: 'position_filled',
      emailCandidate: true,
    });
    const toldMail = (await overview(told.applicationId)).messages.map((m) => m.template);
    expect(toldMail).toEqual(expect.arrayContaining(['rejection', 'interview_closed']));
  });

  it('settles on reject, bulk moves and withdrawal too', async () => {
    const one = await atHrInterview(t);
    const two = await atHrInterview(t);
    const first = await schedule(one.applicationId, 'hr', [t.users.recruiter.id]);
    const second = await heldYesterday(two.applicationId, 'hr', [t.users.recruiter.id]);
    const bulk = await t.call(t.users.recruiter, 'POST', `/api/jobs/${one.jobId}/bulk-move`, {
      applicationIds: [one.applicationId],
      toStage: 'rejected',
      rejectionReason: 'position_filled',
    });
    expect(bulk.status, JSON.stringify(bulk.body)).toBe(200);
    expect(await statusOf(one.applicationId, first)).toBe('cancelled');
    const rejectedMail = (await overview(one.applicationId)).messages.map((m) => m.template);
    // No rejection e-mail went with the move: the cancellation does not break the news either.
    expect(rejectedMail).toContain('interview_called_off');
    expect(rejectedMail).not.toContain('interview_closed');
    expect(rejectedMail).not.toContain('cancellation');
    expect(rejectedMail).not.toContain('interview_not_needed');
    await moveTo(t, two.applicationId, 'rejected', { rejectionReason: 'failed_hr_interview' });
    expect(await statusOf(two.applicationId, second)).toBe('completed');

    const three = await atHrInterview(t);
    const third = await schedule(three.applicationId, 'hr', [t.users.recruiter.id]);
    const token = (await overview(three.applicationId)).portalUrl.split('/portal/')[1]!;
    const withdrawn = await t.call(null, 'POST', `/api/portal/${token}/withdraw`, {
      reason: 'Sudah menerima tawaran lain.',
    });
    expect(withdrawn.status).toBe(200);
    expect(await statusOf(three.applicationId, third)).toBe('cancelled');
  });

  it("keeps upcoming and unscored past interviews on the panel member's list after the move", async () => {
    const { applicationId } = await atHrInterview(t);
    await moveTo(t, applicationId, 'user_interview', skipHrGate);
    const user = await heldYesterday(applicationId, 'user', [
      t.users.hiringManager.id,
      t.users.interviewer.id,
    ]);
    await scoreUserStage(t.users.hiringManager, applicationId);
    const moved = await moveTo(t, applicationId, 'offer', {
      overrideReason: 'Scorecard menyusul; kandidat butuh jawaban hari ini.',
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(await statusOf(applicationId, user)).toBe('completed');
    const mine = await myInterviews(t.users.interviewer);
    expect(mine.filter((item) => item.applicationId === applicationId)).toEqual([
      expect.objectContaining({ interview: 'user', scorecard: 'none' }),
    ]);
  });
});

const hrAttributes = builtInStageTemplates.hr.attributes;
const userAttributes = builtInStageTemplates.user.attributes;
const kitUrl = (applicationId: string, stage: string) =>
  `/api/applications/${applicationId}/interviews/${stage}`;

function scorecard(attributes: readonly string[], rating: string, summary: string) {
  return {
    action: 'submit',
    ratings: attributes.map((attribute) => ({ attribute, rating, evidence: `${summary} (bukti)` })),
    recommendation: rating,
    summary,
  };
}
const score = (as: TestUser, applicationId: string, stage: string, body: unknown) =>
  t.call(as, 'PUT', `${kitUrl(applicationId, stage)}/scorecard`, body);

/** HR scored and passed the HR interview: the candidate is at the user interview. */
async function atUserInterview(notes = '') {
  const built = await buildApplication(t);
  if (notes) {
    const candidate = (
      await t.call(t.users.recruiter, 'GET', `/api/candidates/${built.candidateId}`)
    ).body;
    await t.call(t.users.recruiter, 'PUT', `/api/candidates/${built.candidateId}`, {
      fullName: candidate.fullName,
      email: candidate.email,
      phone: candidate.phone,
      source: candidate.source,
      tags: candidate.tags,
      notes,
    });
  }
  await moveToHrInterview(t, built.applicationId);
  await score(
    t.users.recruiter,
    built.applicationId,
    'hr',
    scorecard(hrAttributes, 'yes', 'Minta gaji Rp15 juta; komunikasi baik.'),
  );
  const passed = await t.call(t.users.recruiter, 'POST', decisionsUrl(built.applicationId), {
    stage: 'hr',
    outcome: 'advance',
    rationale: 'Ekspektasi gaji Rp15 juta masih masuk anggaran.',
  });
  if (passed.status !== 201) throw new Error(JSON.stringify(passed.body));
  return built;
}
const decisionsUrl = (applicationId: string) => `/api/applications/${applicationId}/decisions`;

/** A user-stage scorecard with every attribute rated "yes". */
const scoreUserStage = (as: TestUser, applicationId: string, summary = 'Ok.') =>
  score(as, applicationId, 'user', scorecard(userAttributes, 'yes', summary));

/** The hiring manager advances the candidate from the user interview. */
const userVerdict = (applicationId: string, overrideReason?: string) =>
  t.call(t.users.hiringManager, 'POST', decisionsUrl(applicationId), {
    stage: 'user',
    outcome: 'advance',
    ...(overrideReason === undefined ? {} : { overrideReason }),
  });

const userInterviewHeld = (applicationId: string) =>
  heldYesterday(applicationId, 'user', [t.users.hiringManager.id, t.users.interviewer.id]);

describe('a user-stage verdict needs the interview and the panel', () => {
  it('refuses a verdict before the interview; an override needs a reason, kept in history and audit', async () => {
    const { applicationId, candidateId } = await atUserInterview();
    // Scored on a call before HR booked the panel's interview: a scorecard with no booked
    // interview is open; one booked ahead waits for it (see "the scorecard waits for ...").
    const scored = await scoreUserStage(t.users.hiringManager, applicationId, 'Baik.');
    expect(scored.status, JSON.stringify(scored.body)).toBe(200);
    await schedule(applicationId, 'user', [t.users.hiringManager.id, t.users.interviewer.id]);
    const early = await userVerdict(applicationId);
    expect(early.status).toBe(400);
    expect(early.body.error.fields.map((f: { code: string }) => f.code).sort()).toEqual([
      'verdict_needs_interview',
      'verdict_needs_scorecards',
    ]);
    const short = await userVerdict(applicationId, 'cepat');
    expect(short.body.error.fields).toEqual([
      expect.objectContaining({ path: 'overrideReason', code: 'override_reason_too_short' }),
    ]);
    const stage = async () =>
      (await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`)).body
        .applications[0];
    expect((await stage()).stage).toBe('user_interview');

    const reason = 'Kandidat menerima tawaran lain jika kami menunggu minggu depan.';
    const overridden = await userVerdict(applicationId, reason);
    expect(overridden.status, JSON.stringify(overridden.body)).toBe(201);
    const application = await stage();
    expect(application.stage).toBe('offer');
    expect(application.history[0]).toMatchObject({
      toStage: 'offer',
      verdictOverrideReason: reason,
    });
    const log = await t.call(
      t.users.admin,
      'GET',
      `/api/admin/audit-log?entityId=${applicationId}&action=decision.verdict_overridden`,
    );
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0].detail).toMatchObject({
      reason,
      missing: ['interview', 'scorecards'],
    });
  });

  it('accepts the verdict once the interview took place and the whole panel scored', async () => {
    const { applicationId } = await atUserInterview();
    await userInterviewHeld(applicationId);
    await scoreUserStage(t.users.hiringManager, applicationId, 'Baik.');
    const waiting = await userVerdict(applicationId);
    expect(waiting.body.error.fields.map((f: { code: string }) => f.code)).toEqual([
      'verdict_needs_scorecards',
    ]);
    // The decider reads who has not scored yet, by name.
    expect(waiting.body.error.fields[0].params).toEqual({
      waitingFor: ['Indra Interviewer'],
      waitingForIds: [t.users.interviewer.id],
    });
    // ...and reads it on the page before deciding; the interviewer, who does not decide, is not told.
    const summary = (as: TestUser) => t.call(as, 'GET', decisionsUrl(applicationId));
    expect((await summary(t.users.hiringManager)).body.awaitedUserScorers).toEqual([
      { interviewerId: t.users.interviewer.id, name: 'Indra Interviewer' },
    ]);
    expect((await summary(t.users.interviewer)).body.awaitedUserScorers).toEqual([]);
    await scoreUserStage(t.users.interviewer, applicationId);
    expect((await summary(t.users.recruiter)).body.awaitedUserScorers).toEqual([]);
    const decided = await userVerdict(applicationId);
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
  });

  it('awaits no scorecard from a panel whose only user interview was cancelled', async () => {
    const { applicationId } = await atUserInterview();
    const summary = () => t.call(t.users.hiringManager, 'GET', decisionsUrl(applicationId));
    const panel = [t.users.hiringManager.id, t.users.interviewer.id];
    const interviewId = await schedule(applicationId, 'user', panel);
    // Booked for later: no scorecard can be late yet.
    expect((await summary()).body.awaitedUserScorers).toEqual([]);
    // Its time came (the clock moves: booking in the past is refused).
    await t.db.query(`UPDATE interviews SET starts_at = now() - interval '1 hour' WHERE id = $1`, [
      interviewId,
    ]);
    expect((await summary()).body.awaitedUserScorers).toHaveLength(2);
    await cancelInterview(t, interviewId, 'Jadwal direktur berubah.');
    // The kit takes no scorecard for it, so the page must not say "not in yet from: you, Indra".
    expect((await summary()).body.awaitedUserScorers).toEqual([]);
  });

  it('says a scorecard is needed before asking for an override reason, when nobody has scored', async () => {
    const { applicationId } = await atUserInterview();
    await userInterviewHeld(applicationId);
    const unscored = await userVerdict(applicationId);
    expect(unscored.status).toBe(400);
    expect(unscored.body.error.fields.map((f: { code: string }) => f.code)).toEqual([
      'no_scorecards',
    ]);
    // A reason changes nothing: no override is recorded for a verdict that was not saved.
    const withReason = await userVerdict(applicationId, 'Kandidat sudah menunggu dua minggu.');
    expect(withReason.body.error.fields.map((f: { code: string }) => f.code)).toEqual([
      'no_scorecards',
    ]);
    const log = await t.call(
      t.users.admin,
      'GET',
      `/api/admin/audit-log?entityId=${applicationId}&action=decision.verdict_overridden`,
    );
    expect(log.body.items).toHaveLength(0);
  });

  it('refuses a verdict with no scorecard at all, whatever the reason, on the candidate page and the board alike', async () => {
    const { applicationId, jobId, candidateId } = await atUserInterview();
    await userInterviewHeld(applicationId);
    const reason = 'Kandidat sudah menunggu dua minggu.';
    const unscored = {
      code: 'no_scorecards',
      message: 'Submit at least one scorecard for this interview first.',
    };
    // Each path names its own request's stage field, with the same code and message.
    const decided = await userVerdict(applicationId, reason);
    expect(decided.status).toBe(400);
    expect(decided.body.error.fields).toEqual([{ path: 'stage', ...unscored }]);
    const moved = await moveTo(t, applicationId, 'offer', { overrideReason: reason });
    expect(moved.status).toBe(400);
    expect(moved.body.error.fields).toEqual([{ path: 'toStage', ...unscored }]);
    const bulk = await t.call(t.users.hiringManager, 'POST', `/api/jobs/${jobId}/bulk-move`, {
      applicationIds: [applicationId],
      toStage: 'offer',
      overrideReason: reason,
    });
    expect(bulk.status).toBe(400);
    expect(bulk.body.error.fields).toEqual([{ path: 'applicationIds.0', ...unscored }]);

    // Nothing changed: still at the user interview, no override in the audit log.
    const candidate = await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`);
    expect(candidate.body.applications[0].stage).toBe('user_interview');
    const log = await t.call(
      t.users.admin,
      'GET',
      `/api/admin/audit-log?entityId=${applicationId}&action=decision.verdict_overridden`,
    );
    expect(log.body.items).toHaveLength(0);

    // One scorecard in, the same reason lets the board's move through as an override.
    await scoreUserStage(t.users.hiringManager, applicationId);
    const overridden = await moveTo(t, applicationId, 'offer', { overrideReason: reason });
    expect(overridden.status, JSON.stringify(overridden.body)).toBe(200);
  });

  it("counts the panel HR invited, not the plan's: an interviewer left off the invitation owes no scorecard", async () => {
    const { applicationId, jobId } = await atUserInterview();
    const plan = await t.call(t.users.recruiter, 'GET', `/api/jobs/${jobId}/interview-plan`);
    expect(plan.body.plan.user.interviewerIds).toContain(t.users.interviewer.id);
    await heldYesterday(applicationId, 'user', [t.users.hiringManager.id]);
    await scoreUserStage(t.users.hiringManager, applicationId, 'Baik.');
    const decided = await userVerdict(applicationId);
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
  });

  it('applies the same rule to a board move from the user interview to the offer', async () => {
    const { applicationId } = await atUserInterview();
    await scoreUserStage(t.users.hiringManager, applicationId);
    const refused = await moveTo(t, applicationId, 'offer');
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.map((f: { code: string }) => f.code)).toContain(
      'verdict_needs_interview',
    );
    const moved = await moveTo(t, applicationId, 'offer', {
      overrideReason: 'User sudah memutuskan lewat telepon; scorecard menyusul.',
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
  });
});

describe('interviewers judge independently', () => {
  it('keeps HR notes from the user panel before they score, and the free text after', async () => {
    const { applicationId, candidateId } = await atUserInterview('minta gaji Rp15 juta');
    // HR booked both into the user interview: the booked panel is who sits it.
    await heldYesterday(applicationId, 'user', [t.users.hiringManager.id, t.users.interviewer.id]);
    const kit = async (as: TestUser) =>
      (await t.call(as, 'GET', `${kitUrl(applicationId, 'user')}/kit`)).body;

    const before = await kit(t.users.interviewer);
    expect(before.notesWithheld).toBe(true);
    expect(before.hrAdvisory).toBeNull();
    expect(JSON.stringify(before)).not.toContain('Rp15 juta');

    await scoreUserStage(t.users.interviewer, applicationId);
    // Their scorecard puts them on the candidate's panel: the page, still without HR's notes.
    const page = (await t.call(t.users.interviewer, 'GET', `/api/candidates/${candidateId}`)).body;
    expect(page).toMatchObject({ notes: '', notesWithheld: true });
    expect(JSON.stringify(page)).not.toContain('Rp15 juta');
    const after = await kit(t.users.interviewer);
    expect(after.hrAdvisory.summary.recommendation).toBe(3);
    expect(after.hrAdvisory.scorecards[0].ratings[0].rating).toBe('yes');
    expect(after.notesWithheld).toBe(true);
    expect(JSON.stringify(after)).not.toContain('Rp15 juta');

    // The hiring manager reads HR's notes once they have scored too; HR always does. Before
    // that, the decision summary and HR's scorecards hold back HR's assessment from them too.
    expect((await kit(t.users.hiringManager)).candidate.notes).toBe('');
    const summaryBefore = (await t.call(t.users.hiringManager, 'GET', decisionsUrl(applicationId)))
      .body;
    expect(summaryBefore.summaries.hr).toBeNull();
    expect(summaryBefore.hiddenBecause.hr).toBe('submit_first');
    const hrCards = (
      await t.call(t.users.hiringManager, 'GET', `${kitUrl(applicationId, 'hr')}/scorecards`)
    ).body;
    expect(hrCards).toMatchObject({ others: [], hidden: 1 });
    expect(JSON.stringify([summaryBefore, hrCards])).not.toContain('Rp15 juta');
    await scoreUserStage(t.users.hiringManager, applicationId);
    const summaryAfter = (await t.call(t.users.hiringManager, 'GET', decisionsUrl(applicationId)))
      .body;
    expect(summaryAfter.summaries.hr).toMatchObject({ scorecards: 1 });
    const manager = await kit(t.users.hiringManager);
    expect(manager.notesWithheld).toBe(false);
    expect(manager.candidate.notes).toBe('minta gaji Rp15 juta');
    expect(manager.hrAdvisory.scorecards[0].summary).toContain('Rp15 juta');
    expect((await kit(t.users.recruiter)).candidate.notes).toBe('minta gaji Rp15 juta');
  });
});
