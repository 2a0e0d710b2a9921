import { describe, expect, it } from 'vitest';
import {
  atHrInterview,
  buildApplication,
  moveToUserInterview,
  scoreStage,
  uniformScorecard,
} from '../support/factories';
import { bookInterview, moveInterviewStartIntoPast } from '../support/begun-interviews';
import { useTestApp } from '../support/test-app';

/**
 * An interview whose time is over with a panel member's scorecard missing reads the same on the
 * candidate page, My interviews and Today: over, its scorecard awaited, then overdue (not
 * "Scheduled · the candidate will attend" beside Today's "overdue").
 */
const t = useTestApp();

/** An HR interview booked with the interviewer, its start moved `minutesAgo` into the past. */
async function pastInterview(minutesAgo: number) {
  const built = await atHrInterview(t);
  const { id } = await bookInterview(t, built.applicationId, {
    stage: 'hr',
    interviewerIds: [t.users.interviewer.id],
    durationMinutes: 45,
  });
  await moveInterviewStartIntoPast(t, id, minutesAgo);
  return { ...built, interviewId: id };
}

const candidatePageInterview = async (applicationId: string, interviewId: string) => {
  const read = await t.call(
    t.users.recruiter,
    'GET',
    `/api/applications/${applicationId}/interviews`,
  );
  expect(read.status, JSON.stringify(read.body)).toBe(200);
  return (
    read.body.interviews as { id: string; scorecardWait: string | null; held: boolean }[]
  ).find((interview) => interview.id === interviewId)!;
};

const myInterview = async (applicationId: string) => {
  const mine = await t.call(t.users.interviewer, 'GET', '/api/my-interviews');
  expect(mine.status).toBe(200);
  return (mine.body.items as { applicationId: string; scorecardWait: string | null }[]).find(
    (item) => item.applicationId === applicationId,
  )!;
};

describe('an interview over with its scorecard missing', () => {
  it('reads overdue on the candidate page and My interviews, as Today lists it, days after', async () => {
    // Five days back always spans a working day, whatever the weekday.
    const { applicationId, interviewId } = await pastInterview(5 * 24 * 60);
    expect(await candidatePageInterview(applicationId, interviewId)).toMatchObject({
      scorecardWait: 'overdue',
    });
    expect((await myInterview(applicationId)).scorecardWait).toBe('overdue');

    const hrToday = (await t.call(t.users.recruiter, 'GET', '/api/today')).body;
    expect(
      (hrToday.scorecardsOverdue as { interviewId: string }[]).some(
        (card) => card.interviewId === interviewId,
      ),
    ).toBe(true);
    const interviewerToday = (await t.call(t.users.interviewer, 'GET', '/api/today')).body;
    const toSubmit = (
      interviewerToday.scorecardsToSubmit as { interviewId: string; overdue: boolean }[]
    ).find((card) => card.interviewId === interviewId);
    expect(toSubmit?.overdue).toBe(true);
  });

  it('reads awaited just after it ends, and nothing before its end', async () => {
    const ended = await pastInterview(50);
    expect(await candidatePageInterview(ended.applicationId, ended.interviewId)).toMatchObject({
      scorecardWait: 'awaited',
    });
    expect((await myInterview(ended.applicationId)).scorecardWait).toBe('awaited');

    const running = await pastInterview(10);
    expect(await candidatePageInterview(running.applicationId, running.interviewId)).toMatchObject({
      scorecardWait: null,
      held: false,
    });
    expect((await myInterview(running.applicationId)).scorecardWait).toBeNull();
  });
});

describe('once the stage is decided without the scorecard', () => {
  /**
   * A user interview of the manager and the interviewer, five days over: the manager's scorecard
   * in, the interviewer's missing.
   */
  async function pastUserInterview() {
    const built = await buildApplication(t);
    await moveToUserInterview(t, built.applicationId);
    const { id } = await bookInterview(t, built.applicationId, {
      stage: 'user',
      interviewerIds: [t.users.hiringManager.id, t.users.interviewer.id],
      durationMinutes: 45,
    });
    await moveInterviewStartIntoPast(t, id, 5 * 24 * 60);
    const card = uniformScorecard('user', 'yes', { evidence: 'Menjawab studi kasus dengan baik.' });
    const scored = await scoreStage(t, t.users.hiringManager, built.applicationId, 'user', card);
    expect(scored.status, JSON.stringify(scored.body)).toBe(200);
    return { ...built, interviewId: id };
  }
  const decideUser = (applicationId: string, outcome: 'advance' | 'reject') =>
    t.call(t.users.hiringManager, 'POST', `/api/applications/${applicationId}/decisions`, {
      stage: 'user',
      outcome,
      rationale: 'Cukup dari wawancara saya.',
      overrideReason: 'Pewawancara lain berhalangan mengisi.',
    });
  const todayLists = async (interviewId: string) => {
    const listed = (cards: { interviewId: string }[]) =>
      cards.some((card) => card.interviewId === interviewId);
    const interviewer = (await t.call(t.users.interviewer, 'GET', '/api/today')).body;
    const hr = (await t.call(t.users.recruiter, 'GET', '/api/today')).body;
    return {
      toSubmit: listed(interviewer.scorecardsToSubmit),
      overdueForHr: listed(hr.scorecardsOverdue),
    };
  };

  it('the manager moved the candidate on: off Today, "not submitted" on the candidate page', async () => {
    const { applicationId, interviewId } = await pastUserInterview();
    expect(await todayLists(interviewId)).toEqual({ toSubmit: true, overdueForHr: true });

    const decided = await decideUser(applicationId, 'advance');
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    expect(await todayLists(interviewId)).toEqual({ toSubmit: false, overdueForHr: false });
    expect(await candidatePageInterview(applicationId, interviewId)).toMatchObject({
      scorecardWait: 'not_submitted',
    });
    expect((await myInterview(applicationId)).scorecardWait).toBe('not_submitted');
  });

  it('HR passed the candidate on with a panel scorecard missing: off Today and off the card', async () => {
    const { applicationId, jobId } = await atHrInterview(t);
    const { id: interviewId } = await bookInterview(t, applicationId, {
      stage: 'hr',
      interviewerIds: [t.users.recruiter.id, t.users.interviewer.id],
      durationMinutes: 45,
    });
    await moveInterviewStartIntoPast(t, interviewId, 5 * 24 * 60);
    const card = uniformScorecard('hr', 'yes', { evidence: 'Motivasinya jelas dan terukur.' });
    const scored = await scoreStage(t, t.users.recruiter, applicationId, 'hr', card);
    expect(scored.status, JSON.stringify(scored.body)).toBe(200);
    const cardNeeds = async () => {
      const board = await t.call(t.users.recruiter, 'GET', `/api/jobs/${jobId}/board`);
      expect(board.status).toBe(200);
      return board.body.columns
        .flatMap(
          (column: { cards: { applicationId: string; needsAction: string[] }[] }) => column.cards,
        )
        .find((card: { applicationId: string }) => card.applicationId === applicationId)
        .needsAction;
    };
    expect(await todayLists(interviewId)).toEqual({ toSubmit: true, overdueForHr: true });
    expect(await cardNeeds()).toContain('scorecard_overdue');

    const decided = await t.call(
      t.users.recruiter,
      'POST',
      `/api/applications/${applicationId}/decisions`,
      {
        stage: 'hr',
        outcome: 'advance',
        rationale: 'Motivasi dan komunikasi cukup.',
        overrideReason: 'Pewawancara belum mengisi, keputusan tidak bisa ditunda.',
      },
    );
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    expect(await todayLists(interviewId)).toEqual({ toSubmit: false, overdueForHr: false });
    // The board card reads the same rule as Today: a decided stage owes no scorecard.
    expect(await cardNeeds()).not.toContain('scorecard_overdue');
  });

  it('the manager rejected the candidate: off Today too', async () => {
    const { applicationId, interviewId } = await pastUserInterview();
    const decided = await decideUser(applicationId, 'reject');
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    expect(await todayLists(interviewId)).toEqual({ toSubmit: false, overdueForHr: false });
  });
});
