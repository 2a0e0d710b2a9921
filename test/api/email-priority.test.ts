import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackgroundWork } from '../../src/services/background/background-work';
import type { TaskWorkers } from '../../src/services/background/task-queue';
import { bookInterview } from '../support/begun-interviews';
import { atHrInterview, buildApplication, buildJob } from '../support/factories';
import { jakartaTime } from '../support/jakarta-time';
import type { SmtpInbox } from '../support/smtp-inbox';
import { type TestApp, testMail } from '../support/test-app';
import { closeAppWithInbox, startAppWithInbox } from '../support/app-with-inbox';
import { waitFor } from '../support/wait-for';

const bulkSize = 60;

describe('e-mail delivery order and pace', () => {
  let t: TestApp;
  let inbox: SmtpInbox;
  let workers: TaskWorkers | undefined;
  beforeAll(async () => {
    ({ t, inbox } = await startAppWithInbox());
  });
  afterAll(async () => {
    await workers?.stop();
    await closeAppWithInbox({ t, inbox });
  });

  const emailOf = async (candidateId: string) =>
    (await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`)).body.email as string;

  it('sends an interview invitation queued behind a bulk rejection first, and every message once', async () => {
    const jobId = (await buildJob(t)).id;
    const rejected: string[] = [];
    for (let i = 0; i < bulkSize; i++)
      rejected.push((await buildApplication(t, { jobId })).applicationId);
    const rejection = await t.call(t.users.recruiter, 'POST', `/api/jobs/${jobId}/bulk-move`, {
      toStage: 'rejected',
      rejectionReason: 'position_filled',
      emailCandidate: true,
      applicationIds: rejected,
    });
    expect(rejection.body).toEqual({ moved: bulkSize, skipped: [] });

    const invited = await atHrInterview(t, { jobId });
    await bookInterview(t, invited.applicationId, {
      stage: 'hr',
      interviewerIds: [t.users.recruiter.id],
      localStart: jakartaTime(1),
      durationMinutes: 40,
    });
    const invitee = await emailOf(invited.candidateId);

    const queued = await t.db.query<{ toEmail: string; template: string }>(
      `SELECT to_email AS "toEmail", template FROM email_messages`,
    );
    const rejectedAddresses = new Set(
      queued.filter((row) => row.template === 'rejection').map((row) => row.toEmail),
    );
    expect(rejectedAddresses.size).toBe(bulkSize);
    const recipients = () =>
      inbox.messages.flatMap((mail) =>
        [mail.to].flat().flatMap((to) => to?.value.map((entry) => entry.address ?? '') ?? []),
      );
    const rejectionsArrived = () =>
      recipients().filter((address) => rejectedAddresses.has(address)).length;

    // Everything is queued (the invitation last) before delivery starts, as after a restart or
    // while an earlier backlog is still going out.
    workers = await startBackgroundWork(t.db, {
      mail: testMail,
      smtpUrl: inbox.url,
      pollingIntervalSeconds: 0.5,
    });
    await waitFor(() => inbox.to(invitee).length > 0, 10_000, 'the interview invitation');
    // Only the few rejections already in flight when it was picked may arrive before it.
    expect(rejectionsArrived()).toBeLessThanOrEqual(10);

    await waitFor(() => inbox.messages.length >= queued.length, 20_000, 'every message');
    // Give a duplicate every chance to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(recipients().sort()).toEqual(queued.map((row) => row.toEmail).sort());
    expect(inbox.to(invitee)).toHaveLength(1);
    const statuses = await t.db.query<{ status: string }>(
      `SELECT DISTINCT status FROM email_messages`,
    );
    expect(statuses).toEqual([{ status: 'sent' }]);
  });
});
