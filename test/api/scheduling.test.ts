import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { sendInterviewReminders } from '../../src/services/scheduling/interview-reminders';
import { expectError, expectInvalid } from '../support/expectations';
import { atHrInterview, buildApplication, moveTo, skipHrGate } from '../support/factories';
import { type TestUser, testMail, useTestApp } from '../support/test-app';
import { onlineInterview } from '../support/begun-interviews';
import { interviewOverview } from '../support/interview-overview';
import { jakartaTime } from '../support/jakarta-time';

describe('scheduling interviews', () => {
  const t = useTestApp();

  const messagesOf = async (applicationId: string) =>
    (await interviewOverview(t, applicationId)).messages as {
      id: string;
      template: string;
      toEmail: string;
      subject: string;
      calendarMethod: string | null;
    }[];
  const icsOf = async (messageId: string) => {
    const full = await t.call(t.users.recruiter, 'GET', `/api/outbox/${messageId}`);
    const event = new ICAL.Component(ICAL.parse(full.body.calendarIcs as string));
    return { calendar: event, event: event.getFirstSubcomponent('vevent')! };
  };
  const hrInterview = (overrides: Record<string, unknown> = {}) => ({
    stage: 'hr',
    ...onlineInterview(jakartaTime(3), [t.users.recruiter.id], 40),
    ...overrides,
  });

  /** Asks the API to schedule an interview of the application: the reply, checked by each test. */
  const scheduleAs = (as: TestUser, applicationId: string, body: Record<string, unknown>) =>
    t.call(as, 'POST', `/api/applications/${applicationId}/interviews`, body);
  const schedule = (applicationId: string, body: Record<string, unknown>) =>
    scheduleAs(t.users.recruiter, applicationId, body);

  it('schedules the HR interview in Jakarta time, stores UTC and invites candidate and panel with a calendar invitation', async () => {
    const { applicationId, candidateId } = await atHrInterview(t);
    const created = await schedule(
      applicationId,
      hrInterview({ interviewerIds: [t.users.recruiter.id, t.users.interviewer.id] }),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.localStart).toBe(jakartaTime(3));
    // 10:00 WIB is 03:00 UTC.
    expect(created.body.startsAt).toMatch(/T03:00:00\.000Z$/);
    expect(created.body.events.map((e: { kind: string }) => e.kind)).toEqual(['scheduled']);

    const messages = await messagesOf(applicationId);
    const candidate = (await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`))
      .body;
    const toCandidate = messages.find((m) => m.toEmail === candidate.email)!;
    expect(toCandidate.template).toBe('hr_invitation');
    expect(toCandidate.subject).toBe(
      `Undangan interview HR: Backend Developer di PT Pasar Rakyat Digital`,
    );
    expect(toCandidate.calendarMethod).toBe('REQUEST');
    expect(
      messages
        .filter((m) => m.template === 'panel_notice')
        .map((m) => m.toEmail)
        .sort(),
    ).toEqual([t.users.interviewer.email, t.users.recruiter.email].sort());
    const booked = messages.find((m) => m.template === 'panel_notice')!;
    const bookedText = (await t.call(t.users.recruiter, 'GET', `/api/outbox/${booked.id}`)).body
      .body;
    expect(bookedText).toMatch(/(Siapkan diri|Prepare with).*\/interviews\/hr$/);
    const { calendar, event } = await icsOf(toCandidate.id);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.getFirstPropertyValue('uid')).toBe(`${created.body.id}@seleksi`);
    expect(event.getFirstPropertyValue('sequence')).toBe(0);
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.toJSDate().toISOString()).toBe(created.body.startsAt);
    expect(
      (event.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().getTime() -
        start.toJSDate().getTime(),
    ).toBe(40 * 60_000);

    // Each side's invitation names only that side: no staff addresses for the candidate, and no
    // candidate address for the panel.
    const candidateIcs = (await t.call(t.users.recruiter, 'GET', `/api/outbox/${toCandidate.id}`))
      .body.calendarIcs;
    expect(candidateIcs).not.toContain(t.users.interviewer.email);
    const toPanel = messages.find((m) => m.toEmail === t.users.interviewer.email)!;
    const panelIcs = (await t.call(t.users.recruiter, 'GET', `/api/outbox/${toPanel.id}`)).body
      .calendarIcs;
    expect(panelIcs).not.toContain(candidate.email);
    expect(panelIcs).toContain(t.users.interviewer.email);

    const full = await t.call(t.users.recruiter, 'GET', `/api/outbox/${toCandidate.id}`);
    expect(full.body.body).toContain('Pewawancara:\n- Rina Recruiter');
    expect(full.body.body).toMatch(/\/portal\/[\w-]{40,}/);
  });

  it('names every bad field and writes nothing', async () => {
    const { applicationId } = await atHrInterview(t);
    const reply = await schedule(
      applicationId,
      hrInterview({
        localStart: '2020-01-01T10:00',
        meetingUrl: '',
        interviewerIds: [t.users.otherManager.id],
        durationMinutes: 5,
      }),
    );
    // One answer names them all: the length beside the time and the link, and the interviewer
    // off the team (walk27: named only once every other rule passed).
    expectInvalid(reply, {
      durationMinutes: 'too_small',
      localStart: 'in_the_past',
      meetingUrl: 'meeting_link_required',
      'interviewerIds.0': 'not_on_team',
    });
    // As the form sends a date and time it cannot read, with a link that is none.
    const unreadable = await schedule(
      applicationId,
      hrInterview({
        localStart: '31/02/2026 25:00',
        meetingUrl: 'zoom meeting',
        durationMinutes: -5,
      }),
    );
    expectInvalid(unreadable, {
      durationMinutes: 'too_small',
      localStart: true,
      meetingUrl: 'meeting_link_required',
    });
    const notOnTeam = await schedule(
      applicationId,
      hrInterview({ interviewerIds: [t.users.otherManager.id] }),
    );
    expectInvalid(notOnTeam, { 'interviewerIds.0': 'not_on_team' });
    const unknownZone = await schedule(
      applicationId,
      hrInterview({ timeZone: 'Asia/Atlantis', mode: 'onsite', meetingUrl: '' }),
    );
    expectInvalid(unknownZone, { timeZone: 'unknown_time_zone', address: 'address_required' });
    // A time typed as words is named with the form's other problems in one answer (retrial24:
    // date, then time, then address, in three round trips).
    const typedAsWords = await schedule(
      applicationId,
      hrInterview({ localStart: '8 Des 2026 9 pagi', mode: 'onsite', meetingUrl: '' }),
    );
    expectInvalid(typedAsWords, { localStart: 'invalid_time', address: 'address_required' });
    const overview = await interviewOverview(t, applicationId);
    expect(overview.interviews).toEqual([]);
    expect(overview.messages).toEqual([]);
  });

  it('refuses an interview for a stage the application is not at', async () => {
    const { applicationId } = await buildApplication(t);
    const reply = await schedule(applicationId, hrInterview());
    expect(expectError(reply, 409, 'conflict').map((f) => f.code)).toEqual(['wrong_stage']);
  });

  it('warns about a double-booked interviewer and schedules once the recruiter confirms', async () => {
    const first = await atHrInterview(t);
    const second = await atHrInterview(t);
    const slot = hrInterview({
      localStart: jakartaTime(5, 13),
      interviewerIds: [t.users.interviewer.id],
    });
    expect((await schedule(first.applicationId, slot)).status).toBe(201);
    const clash = await schedule(second.applicationId, {
      ...slot,
      localStart: jakartaTime(5, 13).replace('13:00', '13:30'),
    });
    expect(expectError(clash, 409, 'conflict')).toEqual([
      expect.objectContaining({ path: 'interviewerIds.0', code: 'interviewer_busy' }),
    ]);
    const confirmed = await schedule(second.applicationId, {
      ...slot,
      localStart: jakartaTime(5, 13).replace('13:00', '13:30'),
      confirmConflicts: true,
    });
    expect(confirmed.status).toBe(201);
    const third = await atHrInterview(t);
    const backToBack = await schedule(third.applicationId, {
      ...slot,
      localStart: jakartaTime(5, 14).replace('14:00', '14:10'),
    });
    expect(backToBack.status).toBe(201);
  });

  it('reschedules with the same UID and a higher SEQUENCE, keeps history, and cancels with METHOD:CANCEL', async () => {
    const { applicationId, candidateId } = await atHrInterview(t);
    const created = await schedule(applicationId, hrInterview({ localStart: jakartaTime(7) }));
    const moved = await t.call(
      t.users.recruiter,
      'POST',
      `/api/interviews/${created.body.id}/reschedule`,
      {
        ...hrInterview({
          localStart: jakartaTime(8, 14),
          mode: 'onsite',
          meetingUrl: '',
          address: 'Jl. Sudirman 1, Jakarta',
          room: 'Ruang Melati',
          receptionContact: 'Rina (HR)',
        }),
        reason: 'Pewawancara berhalangan.',
      },
    );
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.sequence).toBe(1);
    expect(moved.body.events.map((e: { kind: string }) => e.kind)).toEqual([
      'scheduled',
      'rescheduled',
    ]);
    expect(moved.body.events[1].previousStartsAt).toBe(created.body.startsAt);

    const candidate = (await t.call(t.users.recruiter, 'GET', `/api/candidates/${candidateId}`))
      .body;
    const toCandidate = (await messagesOf(applicationId)).filter(
      (m) => m.toEmail === candidate.email,
    );
    const reschedule = toCandidate.find((m) => m.template === 'reschedule')!;
    const { event } = await icsOf(reschedule.id);
    expect(event.getFirstPropertyValue('uid')).toBe(`${created.body.id}@seleksi`);
    expect(event.getFirstPropertyValue('sequence')).toBe(1);
    expect(String(event.getFirstPropertyValue('location'))).toContain('Ruang Melati');
    const text = (await t.call(t.users.recruiter, 'GET', `/api/outbox/${reschedule.id}`)).body.body;
    expect(text).toContain('Pewawancara berhalangan.');
    expect(text).toContain('Di resepsionis, cari: Rina (HR)');

    const cancelled = await t.call(
      t.users.recruiter,
      'POST',
      `/api/interviews/${created.body.id}/cancel`,
      { reason: 'Posisi ditunda.' },
    );
    expect(cancelled.body.status).toBe('cancelled');
    const cancellation = (await messagesOf(applicationId)).find(
      (m) => m.template === 'cancellation',
    )!;
    const { calendar, event: cancelledEvent } = await icsOf(cancellation.id);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(cancelledEvent.getFirstPropertyValue('sequence')).toBe(2);
    expect(cancelledEvent.getFirstPropertyValue('status')).toBe('CANCELLED');
    const again = await t.call(
      t.users.recruiter,
      'POST',
      `/api/interviews/${created.body.id}/cancel`,
      { reason: 'x' },
    );
    expectError(again, 409, 'conflict');
  });

  it('lets the hiring manager schedule only the user interview of their own job', async () => {
    const { applicationId } = await atHrInterview(t);
    const hr = await scheduleAs(t.users.hiringManager, applicationId, hrInterview());
    expectError(hr, 403, 'forbidden');
    expectError(
      await scheduleAs(t.users.interviewer, applicationId, hrInterview()),
      403,
      'forbidden',
    );
    expectError(
      await scheduleAs(t.users.otherManager, applicationId, hrInterview()),
      404,
      'not_found',
    );
    expectError(
      await t.call(null, 'POST', `/api/applications/${applicationId}/interviews`, hrInterview()),
      401,
      'unauthenticated',
    );
    expectError(
      await t.call(t.users.otherManager, 'GET', `/api/applications/${applicationId}/interviews`),
      404,
      'not_found',
    );
    await moveTo(t, applicationId, 'user_interview', skipHrGate);
    const user = await scheduleAs(t.users.hiringManager, applicationId, {
      ...hrInterview({
        stage: 'user',
        durationMinutes: 75,
        interviewerIds: [t.users.hiringManager.id],
      }),
    });
    expect(user.status, JSON.stringify(user.body)).toBe(201);
    const messages = await messagesOf(applicationId);
    const invitation = messages.find((m) => m.template === 'user_invitation')!;
    const text = (await t.call(t.users.recruiter, 'GET', `/api/outbox/${invitation.id}`)).body.body;
    expect(text).toContain('Budi Manager');
    expect(text).toContain('calon atasan langsung Anda');
    expect(text).toContain('bersifat teknis dan lebih panjang');
    // An interviewer off this panel does not reach it: not the interview, the candidate's
    // e-mail, nor the hiring team.
    const asInterviewer = await t.call(
      t.users.interviewer,
      'GET',
      `/api/applications/${applicationId}/interviews`,
    );
    expect(asInterviewer.status).toBe(404);
  });

  it('cancels the interview when the application is rejected, and sends no reminder', async () => {
    const { applicationId } = await atHrInterview(t);
    const created = await schedule(applicationId, hrInterview({ localStart: jakartaTime(11) }));
    await moveTo(t, applicationId, 'rejected', {
      rejectionReason: 'position_filled',
      emailCandidate: true,
    });
    const overview = await interviewOverview(t, applicationId);
    expect(overview.interviews[0].status).toBe('cancelled');
    // The rejection says the process ended: the interview's note must not promise a new time.
    const templates = overview.messages.map((m: { template: string }) => m.template);
    expect(templates).not.toContain('cancellation');
    const cancellation = overview.messages.find(
      (m: { template: string }) => m.template === 'interview_closed',
    );
    expect(cancellation.calendarMethod).toBe('CANCEL');
    const text = (await t.call(t.users.recruiter, 'GET', `/api/outbox/${cancellation.id}`)).body
      .body;
    expect(text).toContain('tidak akan berlangsung');
    expect(text).not.toContain('jadwal baru');
    // The panel hears why, so nobody prepares for it.
    const panelNotice = overview.messages.find(
      (m: { template: string; subject: string }) =>
        m.template === 'panel_notice' && /cancel|batal/i.test(m.subject),
    );
    expect(panelNotice.subject).toMatch(/not going ahead|tidak dilanjutkan/);
    // Nothing to prepare for: no "prepare with the interview kit" line (retrial23).
    const panelText = (await t.call(t.users.recruiter, 'GET', `/api/outbox/${panelNotice.id}`)).body
      .body;
    expect(panelText).not.toMatch(/Siapkan diri|Prepare with/);
    await sendInterviewReminders(t.db, testMail, { interviewId: created.body.id, sequence: 1 });
    await sendInterviewReminders(t.db, testMail, { interviewId: created.body.id, sequence: 0 });
    const after = await interviewOverview(t, applicationId);
    expect(after.messages.filter((m: { template: string }) => m.template === 'reminder')).toEqual(
      [],
    );
    // The rejection e-mail fits now; an offer does not.
    expect(
      (
        await t.call(t.users.recruiter, 'POST', `/api/applications/${applicationId}/emails`, {
          template: 'rejection',
        })
      ).status,
    ).toBe(201);
    expectError(
      await t.call(t.users.recruiter, 'POST', `/api/applications/${applicationId}/emails`, {
        template: 'offer',
      }),
      409,
      'conflict',
    );
  });

  it('queues a reminder 24 hours ahead that sends once and not after a reschedule', async () => {
    const { applicationId } = await atHrInterview(t);
    const created = await schedule(applicationId, hrInterview({ localStart: jakartaTime(4, 9) }));
    const [job] = await t.db.query<{ startAfter: Date }>(
      `SELECT start_after AS "startAfter" FROM pgboss.job WHERE name = 'interview.reminder' AND data->>'interviewId' = $1`,
      [created.body.id],
    );
    expect(new Date(created.body.startsAt).getTime() - job!.startAfter.getTime()).toBe(
      24 * 3_600_000,
    );
    const reminders = async () =>
      (await messagesOf(applicationId)).filter((m) => m.template === 'reminder');
    await sendInterviewReminders(t.db, testMail, { interviewId: created.body.id, sequence: 0 });
    await sendInterviewReminders(t.db, testMail, { interviewId: created.body.id, sequence: 0 });
    expect(await reminders()).toHaveLength(1);
    await t.call(t.users.recruiter, 'POST', `/api/interviews/${created.body.id}/reschedule`, {
      ...hrInterview({ localStart: jakartaTime(6) }),
      reason: '',
    });
    await sendInterviewReminders(t.db, testMail, { interviewId: created.body.id, sequence: 0 });
    expect(await reminders()).toHaveLength(1);
  });
});
