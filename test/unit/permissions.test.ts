import { describe, expect, test } from 'vitest';
import {
  applicationAbilities,
  candidateAbilities,
  jobAbilities,
  offerApproverIds,
  userAbilities,
} from '../../src/domain/permissions';
import type { Role } from '../../src/domain/roles';

describe('what each role may do outside a job', () => {
  // Columns: admin, recruiter, hiring manager, interviewer.
  const table: Record<
    keyof ReturnType<typeof userAbilities>,
    [boolean, boolean, boolean, boolean]
  > = {
    createJobs: [true, true, false, false],
    addCandidates: [true, true, false, false],
    listStaff: [true, true, false, false],
    editQuestionBank: [true, true, false, false],
    editStageTemplates: [true, false, false, false],
    readEmailTemplates: [true, true, false, false],
    editEmailTemplates: [true, false, false, false],
    readOutbox: [true, true, false, false],
    handleDataRequests: [true, true, false, false],
    setRetention: [true, false, false, false],
    manageUsers: [true, false, false, false],
    manageIntegrations: [true, false, false, false],
    editSecuritySettings: [true, false, false, false],
    readAuditLog: [true, false, false, false],
    editOfferSettings: [true, false, false, false],
    editBrand: [true, false, false, false],
    readReports: [true, true, true, false],
    exportCandidates: [true, true, true, false],
    readPipelines: [true, true, true, false],
    listOffers: [true, true, true, false],
    readCalibration: [true, true, true, true],
    readWaitingLists: [true, true, false, false],
  };
  const roles: Role[] = ['admin', 'recruiter', 'hiring_manager', 'interviewer'];
  test.each(roles)('%s', (role) => {
    const column = roles.indexOf(role);
    const expected = Object.fromEntries(
      Object.entries(table).map(([ability, row]) => [ability, row[column]]),
    );
    expect(userAbilities(role)).toEqual(expected);
  });
});

describe('what each role may do with a job', () => {
  const both = { hr: true, user: true };
  const userOnly = { hr: false, user: true };
  const none = { hr: false, user: false };
  test.each([
    // role, is this job's hiring manager, expected
    [
      'admin',
      false,
      { edit: true, move: true, plan: both, compare: true, schedule: both, decide: both },
    ],
    [
      'recruiter',
      false,
      {
        edit: true,
        move: true,
        plan: both,
        compare: true,
        schedule: both,
        decide: { hr: true, user: false },
      },
    ],
    [
      'hiring_manager',
      true,
      {
        edit: false,
        move: true,
        plan: userOnly,
        compare: true,
        schedule: userOnly,
        decide: userOnly,
      },
    ],
    [
      'hiring_manager',
      false,
      { edit: false, move: true, plan: none, compare: false, schedule: none, decide: none },
    ],
    [
      'interviewer',
      false,
      { edit: false, move: false, plan: none, compare: false, schedule: none, decide: none },
    ],
  ] as const)('%s (hiring manager of the job: %s)', (role, isJobHiringManager, expected) => {
    const can = jobAbilities({ role, isJobHiringManager });
    expect({
      edit:
        can.edit && can.changeStatus && can.addCandidates && can.overrideHrGate && can.sendEmail,
      move: can.moveCandidates && can.screen && can.readBoard,
      plan: can.editPlan,
      compare: can.compare,
      schedule: can.schedule,
      decide: can.decide,
    }).toEqual(expected);
  });
});

describe('where each role may move an application', () => {
  const at = (stage: 'applied' | 'hr_interview' | 'offer' | 'rejected', hrGateCleared = false) => ({
    stage,
    hrGateCleared,
    testsEnabled: false,
  });

  test('HR may move a new application anywhere the board shows, skipping the gate with a reason', () => {
    const can = applicationAbilities(at('applied'), 'recruiter');
    expect(can.moveTo).toEqual([
      'cv_screening',
      'hr_interview',
      'user_interview',
      'offer',
      'rejected',
      'withdrawn',
    ]);
    expect(can.overrideHrGate).toBe(true);
    expect(can.sendEmail).toBe(true);
    expect(can.rejectWith).toContain('failed_hr_interview');
  });

  test('the hiring manager cannot pass the HR gate nor end the HR interview', () => {
    expect(applicationAbilities(at('applied'), 'hiring_manager').moveTo).toEqual([
      'cv_screening',
      'hr_interview',
      'rejected',
      'withdrawn',
    ]);
    expect(applicationAbilities(at('applied'), 'hiring_manager').rejectWith).not.toContain(
      'failed_hr_interview',
    );
    const atHr = applicationAbilities(at('hr_interview'), 'hiring_manager');
    expect(atHr.moveTo).toEqual([]);
    expect(atHr.rejectWith).toEqual([]);
    expect(atHr.overrideHrGate).toBe(false);
    expect(atHr.sendEmail).toBe(false);
  });

  test('only an offer can be hired, and only HR reopens a rejection', () => {
    expect(applicationAbilities(at('offer', true), 'hiring_manager').moveTo).toContain('hired');
    expect(applicationAbilities(at('applied'), 'admin').moveTo).not.toContain('hired');
    expect(applicationAbilities(at('rejected'), 'hiring_manager').moveTo).toEqual([]);
    expect(applicationAbilities(at('rejected'), 'recruiter').moveTo).toContain('cv_screening');
  });

  test('an interviewer moves nothing', () => {
    const can = applicationAbilities(at('applied'), 'interviewer');
    expect(can.moveTo).toEqual([]);
    expect(can.rejectWith).toEqual([]);
  });
});

test("only HR handles a candidate's data", () => {
  const byHand = { addedByHand: true };
  expect(Object.values(candidateAbilities('recruiter', byHand)).every(Boolean)).toBe(true);
  expect(Object.values(candidateAbilities('admin', byHand)).every(Boolean)).toBe(true);
  expect(Object.values(candidateAbilities('hiring_manager', byHand)).some(Boolean)).toBe(false);
  expect(Object.values(candidateAbilities('interviewer', byHand)).some(Boolean)).toBe(false);
});

test('HR attaches a CV only to a candidate added by hand, never over a careers CV', () => {
  expect(candidateAbilities('recruiter', { addedByHand: true }).attachCv).toBe(true);
  expect(candidateAbilities('recruiter', { addedByHand: false }).attachCv).toBe(false);
  expect(candidateAbilities('recruiter', { addedByHand: false }).edit).toBe(true);
});

describe('who may approve an offer version', () => {
  test("the job's hiring managers and the named approver, managers first", () => {
    expect(offerApproverIds(['manager-a', 'manager-b'], 'approver', 'hr')).toEqual([
      'manager-a',
      'manager-b',
      'approver',
    ]);
  });

  test('never the author of the version, whether manager or named approver', () => {
    expect(offerApproverIds(['manager-a', 'manager-b'], 'approver', 'manager-a')).toEqual([
      'manager-b',
      'approver',
    ]);
    expect(offerApproverIds(['manager-a'], 'approver', 'approver')).toEqual(['manager-a']);
  });

  test('a manager who is also the named approver is asked once', () => {
    expect(offerApproverIds(['manager-a'], 'manager-a', null)).toEqual(['manager-a']);
  });

  test('nobody when the only possible approver wrote the version, or there is none', () => {
    expect(offerApproverIds(['manager-a'], null, 'manager-a')).toEqual([]);
    expect(offerApproverIds([], null, 'hr')).toEqual([]);
    expect(offerApproverIds([], 'approver', null)).toEqual(['approver']);
  });
});
