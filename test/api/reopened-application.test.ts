import { describe, expect, it } from 'vitest';
import { atHrInterview, moveTo, scoreStage, uniformScorecard } from '../support/factories';
import { bookInterview, moveInterviewStartIntoPast } from '../support/begun-interviews';
import { useTestApp } from '../support/test-app';

/**
 * One rule for an application HR ended at the user interview after it was held, then reopened:
 * the interview held before the ending still stands as the stage's evidence on every page.
 */
const t = useTestApp();

/** Past the HR interview (scored without a booked interview, gate passed), at the user interview. */
async function atUserInterview() {
  const built = await atHrInterview(t);
  const base = `/api/applications/${built.applicationId}`;
  await scoreStage(t, t.users.recruiter, built.applicationId, 'hr', uniformScorecard('hr', 'yes'));
  const passed = await t.call(t.users.recruiter, 'POST', `${base}/decisions`, {
    stage: 'hr',
    outcome: 'advance',
    rationale: 'Lolos.',
  });
  if (passed.status !== 201) throw new Error(JSON.stringify(passed.body));
  return built;
}

/** A user interview held a week ago with nobody's scorecard in, then ended by HR (and reopened). */
async function heldThenEnded(reopen: boolean) {
  const { applicationId, jobId } = await atUserInterview();
  const panel = [t.users.hiringManager.id, t.users.interviewer.id];
  const { id } = await bookInterview(t, applicationId, {
    stage: 'user',
    interviewerIds: panel,
    durationMinutes: 60,
  });
  await moveInterviewStartIntoPast(t, id, 7 * 24 * 60);
  const ended = await moveTo(t, applicationId, 'rejected', {
    rejectionReason: 'failed_user_interview',
    note: 'Belum cocok.',
  });
  expect(ended.status, JSON.stringify(ended.body)).toBe(200);
  if (reopen) {
    const reopened = await moveTo(t, applicationId, 'user_interview', { note: 'Dibuka lagi.' });
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
  }
  return { applicationId, jobId };
}

type Item = { applicationId: string };
const of = <Row extends Item>(rows: Row[] | null, applicationId: string) =>
  (rows ?? []).filter((row) => row.applicationId === applicationId);

async function interviewsOnCandidatePage(applicationId: string) {
  const reply = await t.call(
    t.users.recruiter,
    'GET',
    `/api/applications/${applicationId}/interviews`,
  );
  expect(reply.status).toBe(200);
  return reply.body.interviews as { stage: string; status: string; scorecardWait: string | null }[];
}

describe('a reopened application whose user interview was held before HR ended it', () => {
  it('reads the same everywhere: held, not to book, its missing scorecards overdue, the kit open', async () => {
    const { applicationId, jobId } = await heldThenEnded(true);

    const [interview] = await interviewsOnCandidatePage(applicationId);
    expect(interview).toMatchObject({
      stage: 'user',
      status: 'completed',
      scorecardWait: 'overdue',
    });

    const hr = (await t.call(t.users.recruiter, 'GET', '/api/today')).body;
    expect(of(hr.interviewsToBook, applicationId)).toEqual([]);
    const overdue = of<Item & { interviewerId: string; overdue: boolean }>(
      hr.scorecardsOverdue,
      applicationId,
    );
    expect(overdue.map((card) => card.interviewerId).sort()).toEqual(
      [t.users.hiringManager.id, t.users.interviewer.id].sort(),
    );

    const manager = (await t.call(t.users.hiringManager, 'GET', '/api/today')).body;
    expect(of(manager.passedToYou, applicationId)).toEqual([
      expect.objectContaining({ booked: true, held: true }),
    ]);
    expect(of(manager.scorecardsToSubmit, applicationId)).toEqual([
      expect.objectContaining({ overdue: true }),
    ]);

    const mine = (await t.call(t.users.interviewer, 'GET', '/api/my-interviews')).body;
    expect(of(mine.items, applicationId)).toEqual([
      expect.objectContaining({
        interview: 'user',
        scheduled: expect.objectContaining({ startsAt: expect.any(String) }),
        scorecardWait: 'overdue',
      }),
    ]);

    const board = await t.call(t.users.recruiter, 'GET', `/api/jobs/${jobId}/board`);
    const card = board.body.columns
      .flatMap((column: { cards: Item[] }) => column.cards)
      .find((row: Item) => row.applicationId === applicationId);
    expect(card.needsAction).not.toContain('interview_to_book');
    expect(card.needsAction).toContain('scorecard_overdue');

    const kit = await t.call(
      t.users.interviewer,
      'GET',
      `/api/applications/${applicationId}/interviews/user/kit`,
    );
    expect(kit.status).toBe(200);
    expect(kit.body.scorecardClosed).toBeNull();
  });

  it('owes nothing while the application stays ended: no overdue tag, not on HR’s Today', async () => {
    const { applicationId } = await heldThenEnded(false);
    const [interview] = await interviewsOnCandidatePage(applicationId);
    expect(interview).toMatchObject({ status: 'completed', scorecardWait: null });
    const hr = (await t.call(t.users.recruiter, 'GET', '/api/today')).body;
    expect(of(hr.scorecardsOverdue, applicationId)).toEqual([]);
    const mine = (await t.call(t.users.interviewer, 'GET', '/api/my-interviews')).body;
    expect(
      of(mine.items, applicationId).map(
        (item) => (item as Item & { scorecardWait: string | null }).scorecardWait,
      ),
    ).not.toContain('overdue');
  });
});
