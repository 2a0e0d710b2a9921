import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobInput } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * A user newly made a job's recruiter or hiring manager hears of it (their Today is empty until a
 * candidate waits): one e-mail through the queue, in their language; the jobs list names the job
 * as theirs. Nobody hears of a place they already held, or of their own change.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.db.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [t.users.otherManager.id]);
});
afterAll(() => t.close());

const noticesOf = async (jobTitle: string) =>
  t.db.query<{ toEmail: string; locale: string; subject: string; body: string }>(
    `SELECT to_email AS "toEmail", locale, subject, body FROM email_messages
     WHERE template = 'team_assignment' AND subject LIKE '%' || $1 || '%' ORDER BY created_at, to_email`,
    [jobTitle],
  );

describe('a new place in a hiring team', () => {
  it('tells the new recruiter and hiring manager, not the interviewers or the one who made it', async () => {
    const title = 'Data Analyst Surabaya';
    const created = await t.call(t.users.admin, 'POST', '/api/jobs', jobInput(t, { title }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const notices = await noticesOf(title);
    expect(notices.map((notice) => [notice.toEmail, notice.locale]).sort()).toEqual(
      [
        [t.users.hiringManager.email, 'id'],
        [t.users.recruiter.email, 'id'],
      ].sort(),
    );
    const toManager = notices.find((notice) => notice.toEmail === t.users.hiringManager.email)!;
    expect(toManager.body).toContain('sebagai user (calon atasan)');
    expect(toManager.body).toContain(`/jobs/${created.body.id}`);

    // The manager's jobs list shows the job as theirs at once, in a draft too.
    const jobs = await t.call(t.users.hiringManager, 'GET', '/api/jobs');
    const listed = jobs.body.items.find((job: { id: string }) => job.id === created.body.id);
    expect(listed.yourRoles).toEqual(['hiring_manager']);
  });

  it('on a change tells only the new holder, in their language; saving again tells nobody', async () => {
    const title = 'Kasir Toko Bandung';
    // HR makes the job with themselves as recruiter: they know, so no e-mail to them.
    const created = await t.call(t.users.recruiter, 'POST', '/api/jobs', jobInput(t, { title }));
    expect(created.status).toBe(201);
    expect((await noticesOf(title)).map((notice) => notice.toEmail)).toEqual([
      t.users.hiringManager.email,
    ]);
    const url = `/api/jobs/${created.body.id}`;
    const changed = jobInput(t, {
      title,
      team: {
        recruiterId: t.users.recruiter.id,
        hiringManagerId: t.users.otherManager.id,
        interviewerIds: [t.users.interviewer.id],
      },
    });
    expect((await t.call(t.users.recruiter, 'PUT', url, changed)).status).toBe(200);
    expect((await t.call(t.users.recruiter, 'PUT', url, changed)).status).toBe(200);
    const notices = await noticesOf(title);
    expect(notices.map((notice) => notice.toEmail)).toEqual([
      t.users.hiringManager.email,
      t.users.otherManager.email,
    ]);
    expect(notices[1]).toMatchObject({ locale: 'en' });
    expect(notices[1]!.subject).toBe(`You are on the hiring team for ${title}`);
  });
});
