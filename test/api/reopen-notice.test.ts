import { describe, expect, it } from 'vitest';
import { useAppWithInbox, deliverQueued } from '../support/app-with-inbox';
import {
  buildApplication,
  moveTo,
  moveToHrInterview,
  scoreUserInterview,
  skipHrGate,
} from '../support/factories';
import { portalTokenOf } from '../support/portal';

describe('a reopened application is announced to the candidate', () => {
  const env = useAppWithInbox();

  /** The templates of the application's e-mails delivered now. */
  const deliveredTemplates = async (applicationId: string) =>
    (await deliverQueued(env, applicationId)).map((message) => message.template);

  const internalNote = 'Kandidat pilihan pertama menolak; catatan internal HR.';

  async function rejectedAfterHrInterview(locale: 'id' | 'en') {
    const built = await buildApplication(env.t);
    await env.t.db.query(`UPDATE candidates SET locale = $2 WHERE id = $1`, [
      built.candidateId,
      locale,
    ]);
    await moveToHrInterview(env.t, built.applicationId);
    const rejected = await moveTo(env.t, built.applicationId, 'rejected', {
      rejectionReason: 'failed_hr_interview',
      note: 'Komunikasi kurang; catatan penolakan internal.',
      emailCandidate: true,
    });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    expect(await deliveredTemplates(built.applicationId)).toEqual(['rejection']);
    const candidate = await env.t.call(
      env.t.users.recruiter,
      'GET',
      `/api/candidates/${built.candidateId}`,
    );
    const token = await portalTokenOf(env.t, built.applicationId);
    return { ...built, email: candidate.body.email as string, token };
  }

  it('HR reopens: the candidate gets one e-mail with the portal link and the stage, no internal reason; the portal shows that stage', async () => {
    const { applicationId, email, token } = await rejectedAfterHrInterview('id');
    const reopened = await moveTo(env.t, applicationId, 'hr_interview', { note: internalNote });
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    expect(await deliveredTemplates(applicationId)).toEqual(['application_reopened']);

    const mails = env.inbox.to(email);
    const last = mails.at(-1)!;
    expect(mails).toHaveLength(2); // the rejection, then the reopening
    expect(last.subject).toContain('Anda kami lanjutkan');
    expect(last.text).toContain(`/portal/${token}`);
    expect(last.text).toContain('Tahap Anda sekarang: interview HR.');
    // The rejection e-mail reached them: the reopening takes it back.
    expect(last.text).toContain(
      'Kabar kami sebelumnya bahwa lamaran ini berakhir tidak berlaku lagi.',
    );
    expect(`${last.subject} ${last.text}`).not.toMatch(/catatan|internal|menolak|failed_/i);

    const portal = await env.t.call(null, 'GET', `/api/portal/${token}`);
    expect(portal.body.status).toBe('hr_interview');
    expect(portal.body.steps).toContainEqual({ step: 'hr', state: 'current' });

    const history = await env.t.call(
      env.t.users.recruiter,
      'GET',
      `/api/applications/${applicationId}/interviews`,
    );
    expect(history.body.messages.map((m: { template: string }) => m.template)).toContain(
      'application_reopened',
    );
  });

  it('in English for an English-speaking candidate; an ordinary move sends no such e-mail', async () => {
    const { applicationId, email } = await rejectedAfterHrInterview('en');
    await moveTo(env.t, applicationId, 'cv_screening', { note: internalNote });
    expect(await deliveredTemplates(applicationId)).toEqual(['application_reopened']);
    const last = env.inbox.to(email).at(-1)!;
    expect(last.subject).toContain('application is going ahead');
    expect(last.text).toContain('Your current stage: application under review.');
    expect(last.text).toContain('Our earlier message that it had ended no longer applies.');
    expect(last.text).not.toContain(internalNote);

    await moveTo(env.t, applicationId, 'hr_interview');
    expect(await deliveredTemplates(applicationId)).toEqual([]);
  });

  it('takes back no ending the candidate was not told of: a rejection without an e-mail, after one already taken back', async () => {
    const { applicationId, email } = await rejectedAfterHrInterview('en');
    await moveTo(env.t, applicationId, 'hr_interview', { note: internalNote });
    expect(await deliveredTemplates(applicationId)).toEqual(['application_reopened']);
    expect(env.inbox.to(email).at(-1)!.text).toContain('no longer applies');

    // Rejected again, this time with no e-mail: the last news they had is that it goes ahead.
    const again = await moveTo(env.t, applicationId, 'rejected', {
      rejectionReason: 'failed_hr_interview',
      emailCandidate: false,
    });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    await moveTo(env.t, applicationId, 'hr_interview', { note: internalNote });
    expect(await deliveredTemplates(applicationId)).toEqual(['application_reopened']);
    const last = env.inbox.to(email).at(-1)!;
    expect(last.text).toContain('Your current stage: HR interview.');
    expect(last.text).not.toMatch(/ended|no longer applies/);
    expect(last.text).not.toMatch(/\n\s*\n\s*\n/);
  });
});

describe('a rejection the candidate never heard of is not taken back', () => {
  const env = useAppWithInbox();

  it('the hiring manager rejected, HR never told the candidate and reopens: no e-mail says it continues', async () => {
    const { applicationId } = await buildApplication(env.t);
    for (const stage of ['cv_screening', 'hr_interview', 'user_interview']) {
      const moved = await moveTo(
        env.t,
        applicationId,
        stage,
        stage === 'user_interview' ? skipHrGate : {},
      );
      expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    }
    await deliverQueued(env, applicationId);
    await scoreUserInterview(env.t, applicationId);
    // The job's hiring manager rejects: the portal keeps showing the user interview until HR tells.
    const rejected = await env.t.call(
      env.t.users.hiringManager,
      'POST',
      `/api/applications/${applicationId}/decisions`,
      { stage: 'user', outcome: 'reject', rationale: 'Kurang.', overrideReason: 'Diskusi panel.' },
    );
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(201);
    const toRecruiter = (await deliverQueued(env, applicationId)).map((m) => m.template);
    expect(toRecruiter).toEqual(['user_verdict']); // HR hears of it; the candidate does not

    const reopened = await moveTo(env.t, applicationId, 'user_interview', { note: 'Salah klik.' });
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    const templates = (await deliverQueued(env, applicationId)).map((m) => m.template);
    expect(templates).not.toContain('application_reopened');
  });
});
