import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  atHrInterview,
  buildApplication,
  moveToUserInterview,
  scoreStage,
  uniformScorecard,
} from '../support/factories';
import { exportOf } from '../support/candidate-export';
import {
  begunHrInterview,
  bookInterview,
  moveInterviewStartIntoPast,
} from '../support/begun-interviews';
import { interviewOverview } from '../support/interview-overview';
import { jakartaTime } from '../support/jakarta-time';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app';

/**
 * "Candidate did not come": HR (or the hiring manager, for the user interview) marks a booked
 * interview whose start passed and that nobody scored. It is off as after a cancel, its history
 * says why, the panel hears no scorecard is needed, and the candidate hears only if HR asks.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const note = 'Kandidat tidak hadir, ditelepon 3x tidak bisa dihubungi.';

const noShow = (as: TestUser, interviewId: string, body: Record<string, unknown> = { note }) =>
  t.call(as, 'POST', `/api/interviews/${interviewId}/no-show`, body);

const overview = async (applicationId: string) =>
  (await interviewOverview(t, applicationId)) as {
    interviews: { id: string; status: string; events: { kind: string; reason: string }[] }[];
    can: { move: string[]; noShow: string[]; schedule: { hr: boolean } };
  };

/** What the candidate got about the interview after a no-show: the kind word, if anything. */
const missedMail = (interviewId: string) =>
  t.db.query<{ toEmail: string; body: string }>(
    `SELECT to_email AS "toEmail", body FROM email_messages
      WHERE interview_id = $1 AND template = 'interview_missed'`,
    [interviewId],
  );

function expectConflict(
  reply: { status: number; body: { error?: { fields?: { code: string }[] } } },
  code: string,
) {
  expect(reply.status, JSON.stringify(reply.body)).toBe(409);
  expect(reply.body.error?.fields?.map((field) => field.code)).toEqual([code]);
}

describe('recording that the candidate did not come', () => {
  it('takes the interview off: history, audit, stage to book again, panel told without the note, candidate not e-mailed by default', async () => {
    const { applicationId, interviewId } = await begunHrInterview(t);
    expect((await overview(applicationId)).can.noShow).toEqual([interviewId]);
    const mailBefore = await t.db.query<{ id: string }>(
      `SELECT id FROM email_messages WHERE interview_id = $1`,
      [interviewId],
    );

    const marked = await noShow(t.users.recruiter, interviewId);
    expect(marked.status, JSON.stringify(marked.body)).toBe(200);
    expect(marked.body.status).toBe('cancelled');
    expect(marked.body.events.at(-1)).toMatchObject({ kind: 'no_show', reason: note });

    const after = await overview(applicationId);
    expect(after.can).toMatchObject({ move: [], noShow: [] });
    const audit = await t.db.query<{ action: string; actorId: string }>(
      `SELECT action, actor_id AS "actorId" FROM audit_log
        WHERE entity_id = $1 AND action = 'interview.no_show'`,
      [applicationId],
    );
    expect(audit).toEqual([{ action: 'interview.no_show', actorId: t.users.recruiter.id }]);

    const sent = await t.db.query<{ template: string; toEmail: string; body: string }>(
      `SELECT template, to_email AS "toEmail", body FROM email_messages
        WHERE interview_id = $1 AND NOT (id = ANY($2::uuid[])) ORDER BY to_email`,
      [interviewId, mailBefore.map((row) => row.id)],
    );
    // The two panel members, and nobody else: the candidate gets no e-mail unless HR asks.
    expect(sent.map((row) => [row.template, row.toEmail]).sort()).toEqual(
      [
        ['panel_notice', t.users.interviewer.email],
        ['panel_notice', t.users.recruiter.email],
      ].sort(),
    );
    for (const row of sent) {
      expect(row.body).toMatch(/Kandidat tidak hadir|The candidate did not come/);
      expect(row.body).not.toContain('ditelepon');
    }

    // The stage is to book again, as after a cancel.
    const rebooked = await t.call(
      t.users.recruiter,
      'POST',
      `/api/applications/${applicationId}/interviews`,
      {
        stage: 'hr',
        localStart: jakartaTime(60),
        timeZone: 'Asia/Jakarta',
        durationMinutes: 45,
        mode: 'online',
        meetingUrl: 'https://meet.example/abc-defg-hij',
        interviewerIds: [t.users.recruiter.id],
        locale: 'id',
      },
    );
    expect(rebooked.status, JSON.stringify(rebooked.body)).toBe(201);
  });

  it('sends the candidate a short, kind e-mail when HR asks, never with the note', async () => {
    const { interviewId } = await begunHrInterview(t);
    const marked = await noShow(t.users.recruiter, interviewId, { note, tellCandidate: true });
    expect(marked.status, JSON.stringify(marked.body)).toBe(200);
    const toCandidate = await missedMail(interviewId);
    expect(toCandidate).toHaveLength(1);
    expect(toCandidate[0]!.body).toContain('Kami tidak bertemu Anda');
    expect(toCandidate[0]!.body).not.toContain('ditelepon');
    expect(toCandidate[0]!.body).not.toContain('dibatalkan');
  });

  it("keeps HR's note out of the candidate's access-request export", async () => {
    const { applicationId, interviewId } = await begunHrInterview(t);
    expect((await noShow(t.users.recruiter, interviewId)).status).toBe(200);
    const [application] = await t.db.query<{ candidateId: string }>(
      'SELECT candidate_id AS "candidateId" FROM applications WHERE id = $1',
      [applicationId],
    );
    const exported = await exportOf(t, application!.candidateId);
    const history = exported.interviewHistory as { kind: string }[];
    expect(history.map((event) => event.kind)).toContain('no_show');
    expect(JSON.stringify(exported)).not.toContain(note);
  });

  it('leaves Today and My interviews: no scorecard is awaited from the panel', async () => {
    const { applicationId, interviewId } = await begunHrInterview(t);
    const toSubmit = async () =>
      ((await t.call(t.users.interviewer, 'GET', '/api/today')).body.scorecardsToSubmit ?? []).map(
        (row: { applicationId: string }) => row.applicationId,
      );
    const myWait = async () =>
      (await t.call(t.users.interviewer, 'GET', '/api/my-interviews')).body.items.find(
        (row: { applicationId: string }) => row.applicationId === applicationId,
      )?.scorecardWait ?? null;
    expect(await toSubmit()).toContain(applicationId);
    expect(await myWait()).not.toBeNull();

    expect((await noShow(t.users.recruiter, interviewId)).status).toBe(200);
    expect(await toSubmit()).not.toContain(applicationId);
    expect(await myWait()).toBeNull();
  });

  it('is for HR, or the hiring manager at the user interview: refused to a panel member', async () => {
    const hr = await begunHrInterview(t);
    expect((await noShow(t.users.interviewer, hr.interviewId)).status).toBe(403);
    expect((await noShow(t.users.hiringManager, hr.interviewId)).status).toBe(403);
    const [row] = await t.db.query<{ status: string }>(
      `SELECT status FROM interviews WHERE id = $1`,
      [hr.interviewId],
    );
    expect(row!.status).toBe('scheduled');

    const { applicationId } = await buildApplication(t);
    await moveToUserInterview(t, applicationId);
    const { id } = await bookInterview(t, applicationId, {
      stage: 'user',
      interviewerIds: [t.users.hiringManager.id],
    });
    await moveInterviewStartIntoPast(t, id, 90);
    const marked = await noShow(t.users.hiringManager, id, {});
    expect(marked.status, JSON.stringify(marked.body)).toBe(200);
    expect(marked.body.events.at(-1)).toMatchObject({ kind: 'no_show', reason: '' });
  });

  it('is refused before the start, twice, and once a scorecard is in', async () => {
    const { applicationId } = await atHrInterview(t);
    const ahead = await bookInterview(t, applicationId, {
      stage: 'hr',
      interviewerIds: [t.users.recruiter.id],
    });
    expect((await overview(applicationId)).can.noShow).toEqual([]);
    expectConflict(await noShow(t.users.recruiter, ahead.id), 'not_started');

    const missed = await begunHrInterview(t);
    expect((await noShow(t.users.recruiter, missed.interviewId)).status).toBe(200);
    expectConflict(await noShow(t.users.recruiter, missed.interviewId), 'interview_cancelled');

    const scored = await begunHrInterview(t);
    const card = await scoreStage(
      t,
      t.users.recruiter,
      scored.applicationId,
      'hr',
      uniformScorecard('hr', 'yes'),
    );
    expect(card.status, JSON.stringify(card.body)).toBe(200);
    expect((await overview(scored.applicationId)).can.noShow).toEqual([]);
    expectConflict(await noShow(t.users.recruiter, scored.interviewId), 'interview_held');
    const events = await t.db.query<{ kind: string }>(
      `SELECT kind FROM interview_events WHERE interview_id = $1 AND kind = 'no_show'`,
      [scored.interviewId],
    );
    expect(events).toEqual([]);
  });
});
