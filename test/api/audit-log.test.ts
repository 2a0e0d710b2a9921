import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';
import { buildApplication, candidateInput, moveTo } from '../support/factories';
import { expectError, expectInvalid } from '../support/expectations';
import { forgetCandidateInAuditLog } from '../../src/db/queries/audit-log';
import { anonymiseCandidateRecords } from '../../src/db/queries/retention';
import { jakartaDay } from '../support/jakarta-time';

let t: TestApp;
let built: { jobId: string; candidateId: string; applicationId: string };
beforeAll(async () => {
  t = await createTestApp();
  built = await buildApplication(t);
  await moveTo(t, built.applicationId, 'cv_screening', { note: 'CV kuat, Pak Joko suka' });
  const updated = await t.call(t.users.recruiter, 'PUT', `/api/candidates/${built.candidateId}`, {
    ...candidateInput({ fullName: 'Sari Diubah', email: 'sari.diubah@example.com' }),
    notes: 'Catatan rahasia',
    jobIds: undefined,
  });
  if (updated.status !== 200) throw new Error(JSON.stringify(updated.body));
});
afterAll(() => t.close());

const read = (query = '') => t.call(t.users.admin, 'GET', `/api/admin/audit-log${query}`);

describe('GET /api/admin/audit-log', () => {
  test('only admins read it', async () => {
    expectError(await t.call(null, 'GET', '/api/admin/audit-log'), 401, 'unauthenticated');
    for (const user of [t.users.recruiter, t.users.hiringManager, t.users.interviewer]) {
      expectError(await t.call(user, 'GET', '/api/admin/audit-log'), 403, 'forbidden');
    }
  });

  test('records candidate changes and moves with who, when and what, and no personal data', async () => {
    const { body } = await read(`?entityId=${built.applicationId}`);
    expect(body.items.map((e: { action: string }) => e.action)).toEqual([
      'application.moved',
      'application.created',
    ]);
    expect(body.items[0]).toMatchObject({
      actor: { id: t.users.recruiter.id, name: 'Rina Recruiter' },
      entityType: 'application',
      detail: { from: 'applied', to: 'cv_screening', overrodeHrGate: false },
    });
    expect(Date.parse(body.items[0].at)).toBeGreaterThan(Date.now() - 60_000);
    const updated = (await read(`?action=candidate.updated`)).body.items[0];
    expect(updated).toMatchObject({ entityId: built.candidateId, entityType: 'candidate' });
    expect(updated.detail.fields).toEqual(expect.arrayContaining(['fullName', 'email', 'notes']));

    const everything = JSON.stringify(await t.db.query('SELECT * FROM audit_log'));
    for (const secret of [
      'Sari',
      'sari.',
      'example.com',
      'Catatan',
      'Joko',
      '+62',
      '81234567890',
    ]) {
      expect(everything).not.toContain(secret);
    }
  });

  test('names who acted and whom or what it was about, as they are named now', async () => {
    const [moved] = (await read(`?entityId=${built.applicationId}`)).body.items;
    expect(moved).toMatchObject({
      actor: { name: 'Rina Recruiter' },
      subject: { name: 'Sari Diubah', anonymised: false },
    });
    const [updated] = (await read(`?action=candidate.updated`)).body.items;
    expect(updated.subject).toEqual({ name: 'Sari Diubah', anonymised: false });
    const [job] = (await read(`?action=job.created&entityId=${built.jobId}`)).body.items;
    expect(job.subject).toEqual({ name: 'Backend Developer', anonymised: false });
    const renamed = await t.call(
      t.users.admin,
      'PATCH',
      `/api/admin/users/${t.users.interviewer.id}`,
      {
        name: 'Indra Baru',
        role: 'interviewer',
      },
    );
    expect(renamed.status).toBe(200);
    const [userEntry] = (await read(`?entityType=user&entityId=${t.users.interviewer.id}`)).body
      .items;
    expect(userEntry).toMatchObject({ action: 'user.updated', subject: { name: 'Indra Baru' } });
  });

  test("an anonymised candidate's entries stay, naming no one", async () => {
    const other = await buildApplication(t);
    await anonymiseCandidateRecords(t.db, other.candidateId, 'Anonim');
    const { items } = (await read(`?entityId=${other.applicationId}`)).body;
    expect(items.length).toBeGreaterThan(0);
    for (const entry of items) {
      expect(entry.subject).toEqual({ name: null, anonymised: true });
    }
  });

  test('records a job with its hiring team as user ids', async () => {
    const created = (await read(`?action=job.created&entityId=${built.jobId}`)).body.items[0];
    expect(created.detail).toEqual({
      recruiter: [t.users.recruiter.id],
      hiringManager: [t.users.hiringManager.id],
      interviewers: [t.users.interviewer.id],
    });
    const opened = (await read(`?action=job.status_changed&entityId=${built.jobId}`)).body.items;
    expect(opened.map((e: { detail: unknown }) => e.detail)).toEqual([
      { from: 'draft', to: 'open' },
    ]);
  });

  test('filters by actor, action, entity type and date, and pages', async () => {
    const byRecruiter = (await read(`?actorId=${t.users.recruiter.id}&pageSize=2`)).body;
    expect(byRecruiter.items).toHaveLength(2);
    expect(byRecruiter.total).toBeGreaterThan(2);
    const page2 = (await read(`?actorId=${t.users.recruiter.id}&pageSize=2&page=2`)).body;
    expect(page2.items[0].id).not.toBe(byRecruiter.items[0].id);
    expect(
      (await read('?entityType=user')).body.items.every(
        (e: { entityType: string }) => e.entityType === 'user',
      ),
    ).toBe(true);
    // Sign-ins of the test users are there.
    expect((await read('?action=sign_in.succeeded')).body.total).toBeGreaterThanOrEqual(5);
    expect((await read('?from=2000-01-01&to=2000-01-02')).body.total).toBe(0);
    const today = jakartaDay(0);
    expect((await read(`?from=${today}&to=${today}`)).body.total).toBeGreaterThan(3);
  });

  test('bad filters are named', async () => {
    expectInvalid(await read('?action=candidate.eaten&from=kemarin&page=0&actorId=1'), {
      action: 'invalid_value',
      from: 'invalid_date',
      page: 'too_small',
      actorId: 'invalid_uuid',
    });
  });
});

test('erasing a candidate can remove every reference to them from the log', async () => {
  const other = await buildApplication(t);
  const before = (await read(`?entityId=${other.applicationId}`)).body.total;
  expect(before).toBeGreaterThan(0);
  const [{ n }] = (await t.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM audit_log WHERE candidate_id = $1',
    [other.candidateId],
  )) as [{ n: number }];
  expect(await forgetCandidateInAuditLog(t.db, other.candidateId)).toBe(n);
  expect((await read(`?entityId=${other.applicationId}`)).body.total).toBe(0);
  expect((await read(`?entityId=${other.candidateId}`)).body.total).toBe(0);
  const left = JSON.stringify(await t.db.query('SELECT * FROM audit_log'));
  expect(left).not.toContain(other.candidateId);
  expect(left).not.toContain(other.applicationId);
  // The first candidate's entries are untouched.
  expect((await read(`?entityId=${built.applicationId}`)).body.total).toBeGreaterThan(0);
});

test('an export, a stop to processing and an erasure are recorded; the erasure points at nobody', async () => {
  const gone = await buildApplication(t);
  await t.call(t.users.recruiter, 'GET', `/api/candidates/${gone.candidateId}/export`);
  await t.call(t.users.recruiter, 'POST', `/api/candidates/${gone.candidateId}/restrict`);
  const before = (await read(`?entityId=${gone.candidateId}`)).body.items.map(
    (e: { action: string }) => e.action,
  );
  expect(before).toEqual(
    expect.arrayContaining(['candidate.exported', 'candidate.processing_restricted']),
  );
  expect(
    (await t.call(t.users.recruiter, 'POST', `/api/candidates/${gone.candidateId}/erase`)).status,
  ).toBe(200);
  expect((await read(`?entityId=${gone.candidateId}`)).body.total).toBe(0);
  const [erased] = (await read('?action=candidate.erased')).body.items;
  expect(erased).toMatchObject({
    actor: { id: t.users.recruiter.id },
    entityType: 'candidate',
    entityId: null,
    subject: { name: null, anonymised: false },
  });
  expect(JSON.stringify(await t.db.query('SELECT * FROM audit_log'))).not.toContain(
    gone.candidateId,
  );
});
