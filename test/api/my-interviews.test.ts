import { expect, test } from 'vitest';
import type { Database } from '../../src/db/database';
import { listMyInterviews } from '../../src/services/interviews/my-interviews-service';
import { atHrInterview, buildJob, buildOtherTeamsJob } from '../support/factories';
import { bookInterview } from '../support/begun-interviews';
import { jakartaDay } from '../support/jakarta-time';
import { type TestApp, useTestApp } from '../support/test-app';

/**
 * My interviews reads every job of the user at once: the same list whatever the number of jobs,
 * for a user who is the hiring manager of one job and an interviewer on another.
 */
const t = useTestApp();

/** An application at the HR interview of the job, booked with these interviewers. */
async function bookedAt(jobId: string, interviewerIds: string[]) {
  const built = await atHrInterview(t, { jobId });
  await bookInterview(t, built.applicationId, { stage: 'hr', interviewerIds });
  return built.applicationId;
}

/** The statements listMyInterviews runs for the user, and what it answers. */
async function countedList(user: { id: string; role: TestApp['users']['admin']['role'] }) {
  let statements = 0;
  const counted: Database = {
    ...t.db,
    query: (...args: Parameters<Database['query']>) => {
      statements += 1;
      return t.db.query(...args);
    },
  } as Database;
  const items = await listMyInterviews(counted, { id: user.id, role: user.role });
  return { statements, items };
}

const listed = async (user: TestApp['users']['admin']) =>
  (await t.call(user, 'GET', '/api/my-interviews')).body.items.map(
    (item: { applicationId: string; jobId: string }) => `${item.jobId}/${item.applicationId}`,
  );

test('a hiring manager of one job and interviewer on another sees both, in as many statements for two jobs as for three', async () => {
  const manager = t.users.hiringManager;
  const own = (await buildJob(t)).id;
  const other = (await buildOtherTeamsJob(t, { interviewerIds: [manager.id] })).id;
  const asManager = await bookedAt(own, [t.users.recruiter.id, manager.id]);
  const asInterviewer = await bookedAt(other, [manager.id]);

  const two = await countedList(manager);
  expect((await listed(manager)).sort()).toEqual(
    [`${own}/${asManager}`, `${other}/${asInterviewer}`].sort(),
  );
  expect(two.items.map((item) => item.jobId).sort()).toEqual([own, other].sort());
  // The interviewer of the test app is on neither panel.
  expect(await listed(t.users.interviewer)).toEqual([]);

  const third = (await buildOtherTeamsJob(t, { interviewerIds: [manager.id] })).id;
  const asThird = await bookedAt(third, [manager.id]);
  const three = await countedList(manager);
  expect(three.items.map((item) => item.applicationId).sort()).toEqual(
    [asManager, asInterviewer, asThird].sort(),
  );
  expect(three.statements).toBe(two.statements);
});

test('the list is in the order the interviews take place: 07:09 before 08:10 the same day, whoever booked first', async () => {
  const interviewer = t.users.recruiter; // HR sits on the HR interview's panel
  const job = (await buildJob(t)).id;
  const day = jakartaDay(40);
  const later = await atHrInterview(t, { jobId: job });
  await bookInterview(t, later.applicationId, {
    stage: 'hr',
    interviewerIds: [interviewer.id],
    localStart: `${day}T08:10`,
  });
  const earlier = await atHrInterview(t, { jobId: job });
  await bookInterview(t, earlier.applicationId, {
    stage: 'hr',
    interviewerIds: [interviewer.id],
    localStart: `${day}T07:09`,
  });
  const listedIds = (await t.call(interviewer, 'GET', '/api/my-interviews')).body.items.map(
    (item: { applicationId: string }) => item.applicationId,
  );
  const ours = listedIds.filter((id: string) =>
    [earlier.applicationId, later.applicationId].includes(id),
  );
  expect(ours).toEqual([earlier.applicationId, later.applicationId]);
});
