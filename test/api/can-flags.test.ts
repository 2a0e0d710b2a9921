import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';
import { buildApplication, moveTo } from '../support/factories';
import { authorizationTable, callers, type Caller } from '../support/authorization-table';

/**
 * The `can` flags the web reads must say what the server then allows. The authorization matrix
 * (authorization-matrix.test.ts) makes every call as every caller against the same kind of
 * fixtures; here each flag, read as each caller, must agree with that caller's status for the
 * route it unlocks: true means 2xx, false means 403.
 */
let t: TestApp;
let fixture: { jobId: string; candidateId: string; applicationId: string; freshId: string };

beforeAll(async () => {
  t = await createTestApp();
  const built = await buildApplication(t);
  await moveTo(t, built.applicationId, 'hr_interview');
  const fresh = await buildApplication(t, { jobId: built.jobId });
  fixture = { ...built, freshId: fresh.applicationId };
});
afterAll(() => t.close());

type Flags = Record<string, boolean>;
const statusFor = (operation: string, caller: Caller): number => {
  const entry = authorizationTable[operation];
  if (!entry) throw new Error(`No line in the authorization table for ${operation}`);
  return Number(entry.expect.trim().split(/\s+/)[callers.indexOf(caller)]);
};

function compare(caller: Caller, flags: Flags, routes: Record<string, string>): string[] {
  return Object.entries(routes).flatMap(([flag, operation]) => {
    const value = flags[flag];
    if (typeof value !== 'boolean') return [`${caller}: ${flag} is missing`];
    const status = statusFor(operation, caller);
    const allowed = status >= 200 && status < 300;
    if (value === allowed && (allowed || status === 403)) return [];
    return [`${caller}: ${flag} is ${value}, but ${operation} answers ${status}`];
  });
}

const sessionRoutes = {
  createJobs: 'POST /api/jobs',
  addCandidates: 'POST /api/candidates',
  listStaff: 'GET /api/users',
  editQuestionBank: 'POST /api/questions',
  editStageTemplates: 'PUT /api/stage-templates/{stage}',
  readEmailTemplates: 'GET /api/email-templates',
  editEmailTemplates: 'PUT /api/email-templates/{key}/{locale}',
  readOutbox: 'GET /api/outbox',
  handleDataRequests: 'GET /api/data-requests',
  setRetention: 'PUT /api/retention',
  manageUsers: 'POST /api/admin/users',
  manageIntegrations: 'POST /api/admin/api-tokens',
  editSecuritySettings: 'PUT /api/admin/settings/security',
  readAuditLog: 'GET /api/admin/audit-log',
  editOfferSettings: 'PUT /api/admin/offer-settings',
};

/** Flags over the fixture job, its HR-interview application and its candidate (stage `hr`). */
const jobRoutes = {
  'job.edit': 'PUT /api/jobs/{jobId}',
  'job.changeStatus': 'POST /api/jobs/{jobId}/close',
  'job.addCandidates': 'POST /api/applications',
  'job.moveCandidates': 'POST /api/jobs/{jobId}/bulk-move',
  'job.sendEmail': 'POST /api/applications/{applicationId}/emails',
  'job.editPlan.user': 'PUT /api/jobs/{jobId}/interview-plan',
  'job.compare': 'GET /api/jobs/{jobId}/comparison',
  'job.schedule.hr': 'POST /api/applications/{applicationId}/interviews',
  'job.decide.hr': 'POST /api/applications/{applicationId}/decisions',
  'job.readSalaryExpectations': 'GET /api/applications/{applicationId}/salary-expectations',
  'job.recordSalaryExpectation': 'POST /api/applications/{applicationId}/salary-expectations',
  'application.readSalaryExpectations': 'GET /api/applications/{applicationId}/salary-expectations',
  'application.recordSalaryExpectation':
    'POST /api/applications/{applicationId}/salary-expectations',
  'card.moveToCvScreening': 'POST /api/applications/{applicationId}/move',
  'card.sendEmail': 'POST /api/applications/{applicationId}/emails',
  'candidate.edit': 'PUT /api/candidates/{candidateId}',
  'candidate.attachCv': 'PUT /api/candidates/{candidateId}/cv',
  'candidate.addToJob': 'POST /api/applications',
  'candidate.merge': 'POST /api/candidates/{candidateId}/merge',
  'candidate.manageTalentPool': 'POST /api/candidates/{candidateId}/talent-pool/invitations',
  'candidate.handleDataRequests': 'POST /api/candidates/{candidateId}/data-requests',
  'candidate.restrict': 'POST /api/candidates/{candidateId}/restrict',
  'candidate.erase': 'POST /api/candidates/{candidateId}/erase',
  'interviews.schedule.hr': 'POST /api/applications/{applicationId}/interviews',
  'interviews.sendEmail': 'POST /api/applications/{applicationId}/emails',
  'decisions.decide.hr': 'POST /api/applications/{applicationId}/decisions',
  'decisions.openKit.hr': 'GET /api/applications/{applicationId}/interviews/{stage}/kit',
  'offers.read': 'GET /api/applications/{applicationId}/offers',
  'offers.approve': 'POST /api/offers/{offerId}/approvals',
  'offers.send': 'POST /api/offers/{offerId}/sending',
};

const staff = callers.filter((caller) => caller !== 'anonymous');

test.each(staff)("the session's can flags say what %s may do", async (caller) => {
  const { body } = await t.call(t.users[caller], 'GET', '/api/auth/me');
  expect(compare(caller, body.user.can, sessionRoutes)).toEqual([]);
});

// Another team's hiring manager cannot read the job at all (404), so it carries no flags for them;
// an interviewer reads the job but neither its board nor candidates off their panel
// (interviewer-reach.test.ts): their job flags are checked below.
test.each(staff.filter((caller) => caller !== 'otherManager' && caller !== 'interviewer'))(
  'the job, its cards, candidate, interviews and decisions carry what %s may do',
  async (caller) => {
    const as = t.users[caller];
    const job = (await t.call(as, 'GET', `/api/jobs/${fixture.jobId}`)).body;
    const board = (await t.call(as, 'GET', `/api/jobs/${fixture.jobId}/board`)).body;
    type CardFlags = { moveTo: string[]; sendEmail: boolean };
    // A card carries its own flags only where they differ from its column's.
    const cards = (
      board.columns as { can: CardFlags; cards: { applicationId: string; can?: CardFlags }[] }[]
    ).flatMap((column) => column.cards.map((card) => ({ ...card, can: card.can ?? column.can })));
    const fresh = cards.find((card) => card.applicationId === fixture.freshId)!;
    const candidate = (await t.call(as, 'GET', `/api/candidates/${fixture.candidateId}`)).body;
    const interviews = (
      await t.call(as, 'GET', `/api/applications/${fixture.applicationId}/interviews`)
    ).body;
    const decisions = (
      await t.call(as, 'GET', `/api/applications/${fixture.applicationId}/decisions`)
    ).body;
    const flags: Flags = {
      ...prefixed('job', job.can),
      'job.editPlan.user': job.can.editPlan.user,
      'job.schedule.hr': job.can.schedule.hr,
      'job.decide.hr': job.can.decide.hr,
      'card.moveToCvScreening': fresh.can.moveTo.includes('cv_screening'),
      'card.sendEmail': fresh.can.sendEmail,
      ...prefixed('candidate', candidate.can),
      ...prefixed('application', candidate.applications[0].can),
      'interviews.schedule.hr': interviews.can.schedule.hr,
      'interviews.sendEmail': interviews.can.sendEmail,
      'decisions.decide.hr': decisions.can.decide.hr,
      'decisions.openKit.hr': decisions.can.openKit.hr,
      ...prefixed('offers', candidate.applications[0].can.offers),
    };
    expect(compare(caller, flags, jobRoutes)).toEqual([]);
  },
);

test('the job carries what interviewer may do', async () => {
  const job = (await t.call(t.users.interviewer, 'GET', `/api/jobs/${fixture.jobId}`)).body;
  const flags: Flags = {
    ...prefixed('job', job.can),
    'job.editPlan.user': job.can.editPlan.user,
    'job.schedule.hr': job.can.schedule.hr,
    'job.decide.hr': job.can.decide.hr,
  };
  const jobFlags = Object.fromEntries(
    Object.entries(jobRoutes).filter(([flag]) => flag.startsWith('job.')),
  );
  expect(compare('interviewer', flags, jobFlags)).toEqual([]);
  expect(job.can.readBoard).toBe(false);
});

function prefixed(prefix: string, flags: Record<string, unknown>): Flags {
  return Object.fromEntries(
    Object.entries(flags)
      .filter(([, value]) => typeof value === 'boolean')
      .map(([key, value]) => [`${prefix}.${key}`, value as boolean]),
  );
}
