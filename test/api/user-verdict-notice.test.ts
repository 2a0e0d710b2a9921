import { describe, expect, it } from 'vitest';
import { useAppWithInbox, deliverQueued } from '../support/app-with-inbox';
import {
  buildApplication,
  buildJob,
  jobInput,
  moveTo,
  moveToUserInterview,
  scoreStage,
  uniformScorecard,
} from '../support/factories';
import type { TestUser } from '../support/test-app';

/**
 * The hand-over of the two-stage process: the hiring manager's verdict at the user interview
 * reaches HR (Today and one e-mail to the job's recruiter); the candidate hears nothing until HR acts.
 */
describe("HR hears of the user's verdict", () => {
  const env = useAppWithInbox();

  const rationale = 'Pemahaman SQL kurang untuk kebutuhan tim; catatan internal user.';
  const overrideReason = 'Keputusan diambil langsung setelah diskusi panel.';

  /** An application at the user interview, scored by the job's manager (`manager`, if given). */
  async function atUserInterview(manager?: TestUser) {
    const jobId = manager
      ? (await buildJob(env.t, { team: { ...jobInput(env.t).team, hiringManagerId: manager.id } }))
          .id
      : undefined;
    const built = await buildApplication(env.t, { jobId });
    await moveToUserInterview(env.t, built.applicationId);
    // The manager scores the user interview (held off the calendar): a verdict needs a scorecard.
    const scored = await scoreStage(
      env.t,
      manager ?? env.t.users.hiringManager,
      built.applicationId,
      'user',
      uniformScorecard('user', 'no', { evidence: 'Belum menguasai.' }),
    );
    expect(scored.status, JSON.stringify(scored.body)).toBeLessThan(300);
    const candidate = await env.t.call(
      env.t.users.recruiter,
      'GET',
      `/api/candidates/${built.candidateId}`,
    );
    return {
      ...built,
      candidateName: candidate.body.fullName as string,
      email: candidate.body.email as string,
    };
  }

  async function decideUser(as: TestUser, applicationId: string, outcome: 'advance' | 'reject') {
    const decided = await env.t.call(as, 'POST', `/api/applications/${applicationId}/decisions`, {
      stage: 'user',
      outcome,
      rationale,
      overrideReason,
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
  }

  interface VerdictItem {
    applicationId: string;
    candidateName: string;
    jobTitle: string;
    verdict: string;
    decidedByName: string;
    decidedAt: string;
  }
  const todayOf = async (as: TestUser) => {
    const reply = await env.t.call(as, 'GET', '/api/today');
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    return reply.body as { userVerdicts: VerdictItem[] | null; needsYou: number };
  };
  const verdictOn = async (as: TestUser, applicationId: string) =>
    (await todayOf(as)).userVerdicts?.find((item) => item.applicationId === applicationId);

  it('a rejection by the hiring manager: one e-mail to the recruiter, on HR’s Today until HR sends the rejection', async () => {
    const { applicationId, candidateName, email } = await atUserInterview();
    await decideUser(env.t.users.hiringManager, applicationId, 'reject');

    const delivered = await deliverQueued(env, applicationId);
    expect(delivered).toEqual([{ template: 'user_verdict', toEmail: env.t.users.recruiter.email }]);
    const [mail, ...more] = env.inbox
      .to(env.t.users.recruiter.email)
      .filter((m) => m.subject?.includes(candidateName));
    expect(more).toEqual([]);
    expect(mail!.subject).toContain('Keputusan user');
    expect(mail!.text).toContain('Tidak lolos interview user');
    expect(mail!.text).toContain(rationale);
    expect(mail!.text).toContain('Budi Manager');
    expect(env.inbox.to(email)).toEqual([]);

    for (const hr of [env.t.users.recruiter, env.t.users.admin]) {
      expect(await verdictOn(hr, applicationId)).toMatchObject({
        candidateName,
        jobTitle: 'Backend Developer',
        verdict: 'rejected',
        decidedByName: 'Budi Manager',
      });
    }
    const withVerdict = (await todayOf(env.t.users.recruiter)).needsYou;
    expect((await todayOf(env.t.users.hiringManager)).userVerdicts).toBeNull();
    expect((await todayOf(env.t.users.interviewer)).userVerdicts).toBeNull();

    const sent = await env.t.call(
      env.t.users.recruiter,
      'POST',
      `/api/applications/${applicationId}/emails`,
      {
        template: 'rejection',
      },
    );
    expect(sent.status, JSON.stringify(sent.body)).toBeLessThan(300);
    expect(await verdictOn(env.t.users.recruiter, applicationId)).toBeUndefined();
    // The badge counted the verdict: HR's act takes one off.
    expect((await todayOf(env.t.users.recruiter)).needsYou).toBe(withVerdict - 1);
  });

  it('an advance by the hiring manager: in the recruiter’s language, on Today until HR sends the offer', async () => {
    await env.t.db.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [
      env.t.users.recruiter.id,
    ]);
    try {
      const { applicationId, candidateName, email } = await atUserInterview();
      await decideUser(env.t.users.hiringManager, applicationId, 'advance');
      expect(await deliverQueued(env, applicationId)).toEqual([
        { template: 'user_verdict', toEmail: env.t.users.recruiter.email },
      ]);
      const mail = env.inbox
        .to(env.t.users.recruiter.email)
        .find((m) => m.subject?.includes(candidateName))!;
      expect(mail.subject).toContain("The user's verdict");
      expect(mail.text).toContain('Passed the user interview: on to the offer');
      expect(env.inbox.to(email)).toEqual([]);
      expect(await verdictOn(env.t.users.recruiter, applicationId)).toMatchObject({
        verdict: 'offer',
      });

      const sent = await env.t.call(
        env.t.users.recruiter,
        'POST',
        `/api/applications/${applicationId}/emails`,
        { template: 'offer' },
      );
      expect(sent.status, JSON.stringify(sent.body)).toBeLessThan(300);
      expect(await verdictOn(env.t.users.recruiter, applicationId)).toBeUndefined();
    } finally {
      await env.t.db.query(`UPDATE users SET locale = 'id' WHERE id = $1`, [
        env.t.users.recruiter.id,
      ]);
    }
  });

  it('leaves Today when HR reopens the rejected application, and counts a board move by the manager too', async () => {
    const { applicationId } = await atUserInterview();
    const moved = await env.t.call(
      env.t.users.hiringManager,
      'POST',
      `/api/applications/${applicationId}/move`,
      {
        toStage: 'rejected',
        rejectionReason: 'failed_user_interview',
      },
    );
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(await verdictOn(env.t.users.recruiter, applicationId)).toMatchObject({
      verdict: 'rejected',
    });
    const reopened = await moveTo(env.t, applicationId, 'user_interview', { note: 'Dibuka lagi.' });
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    expect(await verdictOn(env.t.users.recruiter, applicationId)).toBeUndefined();
  });

  it('tells no one and lists nothing when HR itself records the user-stage verdict', async () => {
    const { applicationId } = await atUserInterview();
    await decideUser(env.t.users.admin, applicationId, 'reject');
    const delivered = await deliverQueued(env, applicationId);
    expect(delivered.filter((m) => m.template === 'user_verdict')).toEqual([]);
    expect(await verdictOn(env.t.users.recruiter, applicationId)).toBeUndefined();
  });

  it("an admin who is the job's hiring manager decides as the manager: the recruiter hears it, on Today", async () => {
    const { applicationId } = await atUserInterview(env.t.users.admin);
    await decideUser(env.t.users.admin, applicationId, 'reject');
    const delivered = await deliverQueued(env, applicationId);
    expect(delivered.filter((m) => m.template === 'user_verdict')).toEqual([
      { template: 'user_verdict', toEmail: env.t.users.recruiter.email },
    ]);
    // Not "HR ended it at the user stage": nobody was overruled.
    expect(delivered.filter((m) => m.template === 'hr_ended_application')).toEqual([]);
    expect(await verdictOn(env.t.users.recruiter, applicationId)).toMatchObject({
      verdict: 'rejected',
      decidedByName: 'Ani Admin',
    });
  });
});
