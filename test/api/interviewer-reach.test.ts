import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';
import { buildJob, moveToHrInterview, moveToUserInterview } from '../support/factories';
import { applicantFields, applyFromCareers, makePdf } from '../support/cv-files';
import { bookInterview } from '../support/begun-interviews';
import { expectError } from '../support/expectations';

/**
 * product.md: an interviewer on a panel gets "the kit for one interview, a scorecard, nothing
 * else". As Greenhouse's Interviewer permission: the candidates they are scheduled to interview,
 * their name, job and CV, but not the job's other people nor anyone's contact details.
 */
let t: TestApp;
let jobId: string;
/** On the interviewer's HR-interview panel. */
let mine: Applicant;
/** Same job, same team, no interview with them. */
let other: Applicant;
/** At the user interview, booked with the hiring manager only (the interviewer is on the plan's panel). */
let managersOnly: Applicant;
/** At the user interview, none booked yet (the plan's panel names the interviewer and the manager). */
let unbooked: Applicant;
/** At the HR interview, booked with the interviewer, then cancelled. */
let cancelled: Applicant;

interface Applicant {
  email: string;
  candidateId: string;
  applicationId: string;
  cvFileId: string;
}

async function applicant(name: string, phone: string): Promise<Applicant> {
  const email = `${name.toLowerCase().replace(/\s+/g, '.')}@example.com`;
  const applied = await applyFromCareers(t, jobId, applicantFields(name, email, { phone }), {
    name: 'cv.pdf',
    contentType: 'application/pdf',
    bytes: await makePdf(['PostgreSQL', name]),
  });
  if (applied.status !== 201) throw new Error(JSON.stringify(applied.body));
  const search = `/api/candidates?q=${encodeURIComponent(email)}`;
  const { id } = (await t.call(t.users.recruiter, 'GET', search)).body.items[0];
  const detail = (await t.call(t.users.recruiter, 'GET', `/api/candidates/${id}`)).body;
  return {
    email,
    candidateId: id,
    applicationId: detail.applications[0].id,
    cvFileId: detail.cvFiles[0].id,
  };
}

beforeAll(async () => {
  t = await createTestApp();
  jobId = (await buildJob(t)).id;
  mine = await applicant('Sari Panel', '0812-7000-1111');
  // The same phone as Sari's: HR sees a possible duplicate, the interviewer must not.
  other = await applicant('Budi Lain', '0812-7000-1111');
  await moveToHrInterview(t, mine.applicationId);
  await bookInterview(t, mine.applicationId, {
    stage: 'hr',
    localStart: '2099-02-03T10:00',
    durationMinutes: 40,
    interviewerIds: [t.users.recruiter.id, t.users.interviewer.id],
  });
  managersOnly = await applicant('Maya Manajer', '0812-7000-2222');
  unbooked = await applicant('Umar Belum', '0812-7000-3333');
  for (const { applicationId } of [managersOnly, unbooked]) {
    await moveToUserInterview(t, applicationId);
  }
  await bookInterview(t, managersOnly.applicationId, {
    stage: 'user',
    interviewerIds: [t.users.hiringManager.id],
  });
  cancelled = await applicant('Citra Batal', '0812-7000-4444');
  await moveToHrInterview(t, cancelled.applicationId);
  const booked = await bookInterview(t, cancelled.applicationId, {
    stage: 'hr',
    interviewerIds: [t.users.recruiter.id, t.users.interviewer.id],
  });
  const cancel = `/api/interviews/${booked.id}/cancel`;
  const done = await t.call(t.users.recruiter, 'POST', cancel, { reason: 'Jadwal bentrok.' });
  expect(done.status, JSON.stringify(done.body)).toBe(200);
});
afterAll(() => t.close());

describe('an interviewer reaches only the candidates they interview', () => {
  test("their interview's kit names the candidate without e-mail or phone; HR's has them", async () => {
    const kit = (as: typeof t.users.recruiter) =>
      t.call(as, 'GET', `/api/applications/${mine.applicationId}/interviews/hr/kit`);
    const own = await kit(t.users.interviewer);
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body.candidate).toMatchObject({ fullName: 'Sari Panel', email: null, phone: null });
    expect(own.body.readsCandidate).toBe(true);
    // On the plan's user panel but booked on no interview of Budi's: not theirs to open.
    expectError(
      await t.call(
        t.users.interviewer,
        'GET',
        `/api/applications/${other.applicationId}/interviews/user/kit`,
      ),
      403,
      'forbidden',
    );
    expect((await kit(t.users.recruiter)).body.candidate).toMatchObject({
      email: mine.email,
      phone: '+6281270001111',
    });
  });

  test('reads their candidate and CV, without e-mail or phone', async () => {
    const read = await t.call(t.users.interviewer, 'GET', `/api/candidates/${mine.candidateId}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ fullName: 'Sari Panel', email: null, phone: null });
    expect(read.body.applications.map((a: { id: string }) => a.id)).toEqual([mine.applicationId]);
    const cv = await t.app.inject({
      method: 'GET',
      url: `/api/cv-files/${mine.cvFileId}`,
      headers: { cookie: t.users.interviewer.cookie },
    });
    expect(cv.statusCode).toBe(200);
    expect(cv.body.startsWith('%PDF')).toBe(true);
    // Possible duplicates name other people and their contact details: none for an interviewer.
    const twins = await t.call(
      t.users.interviewer,
      'GET',
      `/api/candidates/${mine.candidateId}/duplicates`,
    );
    expect(twins.status).toBe(200);
    expect(twins.body.items).toEqual([]);
    const hrTwins = await t.call(
      t.users.recruiter,
      'GET',
      `/api/candidates/${mine.candidateId}/duplicates`,
    );
    expect(hrTwins.body.items.map((c: { id: string }) => c.id)).toEqual([other.candidateId]);
    // HR still reads how to reach them.
    const hr = await t.call(t.users.recruiter, 'GET', `/api/candidates/${mine.candidateId}`);
    expect(hr.body.email).toBe(mine.email);
    expect(hr.body.phone).toMatch(/^\+62/);
  });

  test('another candidate of the same job, and their CV, are not found', async () => {
    const i = t.users.interviewer;
    expectError(await t.call(i, 'GET', `/api/candidates/${other.candidateId}`), 404, 'not_found');
    expectError(await t.call(i, 'GET', `/api/cv-files/${other.cvFileId}`), 404, 'not_found');
  });

  test('the list and search hold only their candidate, without contact details', async () => {
    const list = await t.call(t.users.interviewer, 'GET', '/api/candidates?pageSize=100');
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([mine.candidateId]);
    expect(list.body.items[0]).toMatchObject({ email: null, phone: null });
    expect(list.body.total).toBe(1);
    // Parts of an address find nothing: contact details are not theirs to probe.
    const probe = await t.call(t.users.interviewer, 'GET', '/api/candidates?q=sari.panel');
    expect(probe.body.items).toEqual([]);
    const hr = await t.call(t.users.recruiter, 'GET', '/api/candidates?pageSize=100');
    expect(hr.body.items.map((c: { id: string }) => c.id)).toEqual(
      expect.arrayContaining([mine.candidateId, other.candidateId]),
    );
  });

  test('the board, its columns and the screening page are refused; the flags say so', async () => {
    const i = t.users.interviewer;
    for (const path of [
      `/api/jobs/${jobId}/board`,
      `/api/jobs/${jobId}/board/applied`,
      `/api/jobs/${jobId}/screening?stage=applied`,
    ]) {
      expectError(await t.call(i, 'GET', path), 403, 'forbidden');
      expect((await t.call(t.users.hiringManager, 'GET', path)).status).toBe(200);
    }
    const job = await t.call(i, 'GET', `/api/jobs/${jobId}`);
    expect(job.body.can).toMatchObject({ readBoard: false, screen: false });
    const me = await t.call(i, 'GET', '/api/auth/me');
    expect(me.body.user.can.readPipelines).toBe(false);
  });
});

/**
 * One rule (sitsOnPanel): a booked interview names its panel, and that is who sits it. My
 * interviews, the kit and the candidate page agree on every candidate.
 */
describe('My interviews, the kit and the candidate page agree on who sits the interview', () => {
  const myInterviews = async (as: typeof t.users.recruiter) =>
    (await t.call(as, 'GET', '/api/my-interviews')).body.items.map(
      (item: { candidateName: string; interview: string }) =>
        `${item.candidateName} ${item.interview}`,
    );
  const kit = (as: typeof t.users.recruiter, who: Applicant, stage: 'hr' | 'user') =>
    t.call(as, 'GET', `/api/applications/${who.applicationId}/interviews/${stage}/kit`);

  test("the interviewer's list holds exactly the candidates whose kit and page they open", async () => {
    const i = t.users.interviewer;
    expect(await myInterviews(i)).toEqual(['Sari Panel hr']);
    expect((await kit(i, mine, 'hr')).body.canScore).toBe(true);
    expect((await t.call(i, 'GET', `/api/candidates/${mine.candidateId}`)).status).toBe(200);
  });

  test("on the plan's panel but not on the booked interview: neither listed nor opened", async () => {
    const i = t.users.interviewer;
    expect(await myInterviews(i)).not.toContain('Maya Manajer user');
    expectError(await kit(i, managersOnly, 'user'), 403, 'forbidden');
    const page = await t.call(i, 'GET', `/api/candidates/${managersOnly.candidateId}`);
    expectError(page, 404, 'not_found');
    // The manager HR booked sits it.
    expect(await myInterviews(t.users.hiringManager)).toContain('Maya Manajer user');
    expect((await kit(t.users.hiringManager, managersOnly, 'user')).body.canScore).toBe(true);
  });

  test('none booked yet: the plan stands in for the hiring manager, not the interviewer', async () => {
    const i = t.users.interviewer;
    expect(await myInterviews(i)).not.toContain('Umar Belum user');
    expectError(await kit(i, unbooked, 'user'), 403, 'forbidden');
    const page = await t.call(i, 'GET', `/api/candidates/${unbooked.candidateId}`);
    expectError(page, 404, 'not_found');
    expect(await myInterviews(t.users.hiringManager)).toContain('Umar Belum user');
    expect((await kit(t.users.hiringManager, unbooked, 'user')).body.canScore).toBe(true);
  });

  test('a cancelled interview no longer seats its panel', async () => {
    const i = t.users.interviewer;
    expect(await myInterviews(i)).not.toContain('Citra Batal hr');
    // Its invitation's kit link says it was cancelled and when, nothing of the candidate.
    const old = await kit(i, cancelled, 'hr');
    expectError(old, 410, 'interview_cancelled');
    expect(old.body.error.fields[0].params).toMatchObject({ timeZone: 'Asia/Jakarta' });
    expect(Date.parse(old.body.error.fields[0].params.startsAt)).toBeGreaterThan(Date.now());
    expect(JSON.stringify(old.body)).not.toContain('Citra');
    // Someone it never named is refused as before.
    expectError(await kit(i, other, 'hr'), 403, 'forbidden');
    const page = await t.call(i, 'GET', `/api/candidates/${cancelled.candidateId}`);
    expectError(page, 404, 'not_found');
  });
});
