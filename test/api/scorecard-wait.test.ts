import { describe, expect, it } from 'vitest';
import { atHrInterview } from '../support/factories';
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
