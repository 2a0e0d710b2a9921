import { describe, expect, it } from 'vitest';
import {
  atHrInterview,
  buildApplication,
  moveTo,
  scoreStage,
  uniformScorecard,
} from '../support/factories';
import { bookInterview, moveInterviewStartIntoPast } from '../support/begun-interviews';
import { expectError } from '../support/expectations';
import { jakartaTime } from '../support/jakarta-time';
import { useTestApp } from '../support/test-app';

const t = useTestApp();

/** Past the HR interview (scored without a booked interview) and at the user interview. */
async function atUserInterview() {
  const built = await atHrInterview(t);
  await scoreStage(t, t.users.recruiter, built.applicationId, 'hr', uniformScorecard('hr', 'yes'));
  const passed = await t.call(
    t.users.recruiter,
    'POST',
    `/api/applications/${built.applicationId}/decisions`,
    { stage: 'hr', outcome: 'advance', rationale: 'Lolos.' },
  );
  if (passed.status !== 201) throw new Error(JSON.stringify(passed.body));
  return built;
}

const bookUser = (applicationId: string, interviewerIds: string[]) =>
  bookInterview(t, applicationId, { stage: 'user', interviewerIds, durationMinutes: 60 });

const messagesAfter = (applicationId: string, since: Date) =>
  t.db.query<{ template: string; toEmail: string; body: string; calendarMethod: string | null }>(
    `SELECT template, to_email AS "toEmail", body, calendar_method AS "calendarMethod"
       FROM email_messages WHERE application_id = $1 AND created_at >= $2 ORDER BY to_email`,
    [applicationId, since],
  );

const note = 'Kandidat meminta gaji jauh di atas anggaran; catatan internal.';

describe('HR ending an application at the user interview', () => {
  it('tells the hiring manager and the panel in one message carrying the calendar cancellation; HR’s reason reaches the manager only, never an interviewer or the candidate', async () => {
    const { applicationId } = await atUserInterview();
    await bookUser(applicationId, [t.users.hiringManager.id, t.users.interviewer.id]);
    const since = new Date();
    const rejected = await moveTo(t, applicationId, 'rejected', {
      rejectionReason: 'salary_mismatch',
      note,
      emailCandidate: true,
    });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);

    const sent = await messagesAfter(applicationId, since);
    const staff = sent.filter(
      (m) => m.toEmail !== sent.find((c) => c.template === 'interview_closed')?.toEmail,
    );
    expect(staff.map((m) => [m.toEmail, m.template, m.calendarMethod]).sort()).toEqual(
      [
        [t.users.hiringManager.email, 'hr_ended_application', 'CANCEL'],
        [t.users.interviewer.email, 'hr_ended_application', 'CANCEL'],
      ].sort(),
    );
    for (const message of staff) expect(message.body).toMatch(/dibatalkan|cancelled/);
    // Interviewers never read HR's notes: the manager gets HR's reason, the interviewer the fact.
    const body = (email: string) => staff.find((m) => m.toEmail === email)!.body;
    expect(body(t.users.hiringManager.email)).toContain('Ekspektasi gaji tidak cocok');
    expect(body(t.users.hiringManager.email)).toContain(note);
    expect(body(t.users.interviewer.email)).toContain('HR menghentikan lamaran');
    expect(body(t.users.interviewer.email)).toContain(
      'Alasan HR (internal, tidak dikirim ke kandidat): hanya untuk HR dan hiring manager.',
    );
    expect(body(t.users.interviewer.email)).not.toContain(note);
    expect(body(t.users.interviewer.email)).not.toMatch(/gaji tidak cocok/i);
    expect(sent.some((m) => m.template === 'panel_notice')).toBe(false);
    // Each link opens: the manager still reads the candidate; the interviewer, whose reach was
    // this interview, gets its kit, which says it was cancelled (not a dead "not found").
    const link = (email: string) =>
      /https?:\/\/\S+/.exec(staff.find((m) => m.toEmail === email)!.body)![0];
    expect(link(t.users.hiringManager.email)).toMatch(/\/candidates\/[\w-]+$/);
    const kitLink = link(t.users.interviewer.email);
    expect(kitLink).toMatch(new RegExp(`/applications/${applicationId}/interviews/user$`));
    const kit = await t.call(t.users.interviewer, 'GET', `/api${new URL(kitLink).pathname}/kit`);
    expectError(kit, 410, 'interview_cancelled');
    const candidateMail = sent.filter((m) => m.template === 'interview_closed');
    expect(candidateMail).toHaveLength(1);
    expect(candidateMail[0]!.body).not.toContain(note);
    expect(candidateMail[0]!.body).not.toMatch(/gaji tidak cocok/i);
  });

  it('tells the hiring manager who is not on the booked panel, and with no interview booked', async () => {
    const booked = await atUserInterview();
    await bookUser(booked.applicationId, [t.users.interviewer.id]);
    const unbooked = await atUserInterview();
    const since = new Date();
    for (const { applicationId } of [booked, unbooked]) {
      const rejected = await moveTo(t, applicationId, 'rejected', {
        rejectionReason: 'other',
        note,
      });
      expect(rejected.status).toBe(200);
    }
    const toManager = async (applicationId: string) =>
      (await messagesAfter(applicationId, since)).filter(
        (m) => m.toEmail === t.users.hiringManager.email,
      );
    for (const { applicationId } of [booked, unbooked]) {
      const [message, ...more] = await toManager(applicationId);
      expect(more).toEqual([]);
      expect(message).toMatchObject({ template: 'hr_ended_application', calendarMethod: null });
      expect(message!.body).toContain(note);
    }
  });

  it('tells an interviewer whose user interview was held that HR ended it, in their English, without HR’s reason', async () => {
    const { applicationId } = await atUserInterview();
    const { id } = await bookUser(applicationId, [t.users.interviewer.id]);
    await moveInterviewStartIntoPast(t, id, 120);
    await t.db.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [t.users.interviewer.id]);
    const since = new Date();
    try {
      const rejected = await moveTo(t, applicationId, 'rejected', {
        rejectionReason: 'salary_mismatch',
        note,
      });
      expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    } finally {
      await t.db.query(`UPDATE users SET locale = 'id' WHERE id = $1`, [t.users.interviewer.id]);
    }
    const toInterviewer = (await messagesAfter(applicationId, since)).filter(
      (m) => m.toEmail === t.users.interviewer.email,
    );
    expect(toInterviewer.map((m) => m.template)).toEqual(['hr_ended_application']);
    expect(toInterviewer[0]!.body).toContain(
      "HR's reason (internal, never sent to the candidate): kept for HR and the hiring manager.",
    );
    expect(toInterviewer[0]!.body).not.toContain(note);
    expect(toInterviewer[0]!.body).not.toMatch(/salary/i);
  });

  it('tells no one this way when the hiring manager decides the rejection, nor when HR rejects earlier', async () => {
    const { applicationId } = await atUserInterview();
    const since = new Date();
    const byManager = await t.call(
      t.users.hiringManager,
      'POST',
      `/api/applications/${applicationId}/move`,
      { toStage: 'rejected', rejectionReason: 'failed_user_interview', overrideReason: undefined },
    );
    expect(byManager.status, JSON.stringify(byManager.body)).toBe(200);
    const early = await buildApplication(t);
    await moveTo(t, early.applicationId, 'cv_screening');
    await moveTo(t, early.applicationId, 'rejected', { rejectionReason: 'cv_not_matching' });
    for (const id of [applicationId, early.applicationId]) {
      const sent = await messagesAfter(id, since);
      expect(sent.filter((m) => m.template === 'hr_ended_application')).toEqual([]);
    }
  });
});

describe('HR reopening an application at the user interview', () => {
  const reopenNote = 'Kandidat pilihan pertama mundur; catatan internal pembukaan kembali.';

  it('tells the hiring manager and the user-stage panel in the move, HR’s reason to the manager only; the candidate’s own e-mail has no reason', async () => {
    const { applicationId } = await atUserInterview();
    await bookUser(applicationId, [t.users.interviewer.id]);
    const ended = await moveTo(t, applicationId, 'rejected', {
      rejectionReason: 'other',
      note,
      emailCandidate: true,
    });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    const since = new Date();
    const reopened = await moveTo(t, applicationId, 'user_interview', { note: reopenNote });
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);

    const sent = await messagesAfter(applicationId, since);
    const staff = sent.filter((m) => m.template === 'hr_reopened_application');
    expect(staff.map((m) => m.toEmail).sort()).toEqual(
      [t.users.hiringManager.email, t.users.interviewer.email].sort(),
    );
    // HR's note is for the manager; the interviewer hears that there is one, as with an ending.
    const byReader = Object.fromEntries(staff.map((m) => [m.toEmail, m.body]));
    expect(byReader[t.users.hiringManager.email]).toContain(reopenNote);
    expect(byReader[t.users.interviewer.email]).not.toContain(reopenNote);
    expect(byReader[t.users.interviewer.email]).toContain('hanya untuk HR dan hiring manager.');
    for (const message of staff) {
      expect(message.body).toMatch(/Interview user|User interview/);
      // HR ended it, not the manager: no one's own rejection is undone.
      expect(message.body).not.toMatch(/penolakan Anda|your own rejection/);
    }
    const toCandidate = sent.filter((m) => m.template === 'application_reopened');
    expect(toCandidate).toHaveLength(1);
    expect(toCandidate[0]!.body).not.toContain(reopenNote);
    expect(toCandidate[0]!.body).toContain('Tahap Anda sekarang: interview user (calon atasan).');
    // The ending called off their interview, and that e-mail said the process had ended.
    expect(toCandidate[0]!.body).toContain(
      'Kabar kami sebelumnya bahwa lamaran ini berakhir tidak berlaku lagi.',
    );
  });

  it('tells the hiring manager that it undoes their own rejection at the user interview, and when it was; the panel is not told so', async () => {
    const { applicationId, candidateName } = await atUserInterviewNamed();
    await bookUser(applicationId, [t.users.interviewer.id]);
    const byManager = await t.call(
      t.users.hiringManager,
      'POST',
      `/api/applications/${applicationId}/move`,
      { toStage: 'rejected', rejectionReason: 'failed_user_interview' },
    );
    expect(byManager.status, JSON.stringify(byManager.body)).toBe(200);
    const since = new Date();
    const reopened = await moveTo(t, applicationId, 'user_interview', { note: reopenNote });
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);

    const staff = (await messagesAfter(applicationId, since)).filter(
      (m) => m.template === 'hr_reopened_application',
    );
    const toManager = staff.find((m) => m.toEmail === t.users.hiringManager.email)!;
    const today = new Intl.DateTimeFormat('id-ID', {
      timeZone: 'Asia/Jakarta',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(since);
    expect(toManager.body).toContain(
      `Ini membatalkan penolakan Anda sendiri atas ${candidateName} di interview user pada ${today}.`,
    );
    expect(toManager.body).toContain(reopenNote);
    const toPanel = staff.find((m) => m.toEmail === t.users.interviewer.email)!;
    expect(toPanel.body).not.toContain(reopenNote);
    expect(toPanel.body).not.toContain('penolakan Anda');
  });

  it('tells no one this way when the application is reopened before the user stage', async () => {
    const early = await buildApplication(t);
    await moveTo(t, early.applicationId, 'cv_screening');
    await moveTo(t, early.applicationId, 'rejected', { rejectionReason: 'cv_not_matching' });
    const since = new Date();
    const reopened = await moveTo(t, early.applicationId, 'cv_screening', { note: reopenNote });
    expect(reopened.status, JSON.stringify(reopened.body)).toBe(200);
    const sent = await messagesAfter(early.applicationId, since);
    expect(sent.map((m) => m.template)).toEqual(['application_reopened']);
    // HR rejected without an e-mail and no interview was called off: nothing to take back.
    expect(sent[0]!.body).not.toMatch(/berakhir|tidak berlaku/);
    expect(sent[0]!.body).not.toMatch(/\n\n\n/);
  });
});

describe("a candidate's request to move the user interview", () => {
  it("reaches the hiring manager's Today (they may reschedule it) and their inbox, not only HR's", async () => {
    const { applicationId, candidateName } = await atUserInterviewNamed();
    await bookUser(applicationId, [t.users.hiringManager.id]);
    const overview = await t.call(
      t.users.recruiter,
      'GET',
      `/api/applications/${applicationId}/interviews`,
    );
    const token = String(overview.body.portalUrl).split('/portal/')[1]!;
    const interviewId = overview.body.interviews[0].id as string;
    const since = new Date();
    const asked = await t.call(
      null,
      'POST',
      `/api/portal/${token}/interviews/${interviewId}/reschedule-request`,
      // A day well after every interview this file books.
      { proposedTimes: [jakartaTime(30, 9)], reason: 'Ada ujian akhir.' },
    );
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);

    const today = async (as: typeof t.users.recruiter) =>
      (await t.call(as, 'GET', '/api/today')).body.rescheduleRequests as
        { interviewId: string; candidateName: string; canReschedule: boolean }[] | null;
    expect(
      (await today(t.users.hiringManager))!.find((r) => r.interviewId === interviewId),
    ).toMatchObject({ candidateName, canReschedule: true });
    expect(
      (await today(t.users.recruiter))!.find((r) => r.interviewId === interviewId),
    ).toMatchObject({ canReschedule: true });
    // Another job's manager and an interviewer see nothing of it.
    expect(await today(t.users.otherManager)).toEqual([]);
    expect(await today(t.users.interviewer)).toBeNull();

    const sent = await messagesAfter(applicationId, since);
    expect(
      sent
        .filter((m) => m.template === 'candidate_update')
        .map((m) => m.toEmail)
        .sort(),
    ).toEqual([t.users.hiringManager.email, t.users.recruiter.email].sort());
  });
});

async function atUserInterviewNamed() {
  const built = await atUserInterview();
  const candidate = await t.call(t.users.recruiter, 'GET', `/api/candidates/${built.candidateId}`);
  return { ...built, candidateName: candidate.body.fullName as string };
}
