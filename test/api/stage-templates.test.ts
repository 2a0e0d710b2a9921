import { expect, test } from 'vitest';
import { buildApplication, buildJob, draftHrScorecard } from '../support/factories';
import { expectError, expectInvalid } from '../support/expectations';
import { useTestApp } from '../support/test-app';

const t = useTestApp();

test('every signed-in user reads the two built-in templates: HR is the shorter gate, the user weighs most', async () => {
  expectError(await t.call(null, 'GET', '/api/stage-templates'), 401, 'unauthenticated');
  const reply = await t.call(t.users.interviewer, 'GET', '/api/stage-templates');
  expect(reply.status).toBe(200);
  expect(reply.body.hr).toMatchObject({ stage: 'hr', conductedBy: 'recruiter', weight: 30 });
  expect(reply.body.user).toMatchObject({
    stage: 'user',
    conductedBy: 'hiring_manager',
    weight: 70,
  });
  expect(reply.body.hr.durationMinutes).toBeLessThan(reply.body.user.durationMinutes);
  expect(reply.body.hr.purpose.id).toContain('karakter');
});

test('an admin edits a template, and new jobs plan from the edited version', async () => {
  // A job whose interviews already started keeps the plan its scorecards were made against.
  const started = await buildJob(t);
  const { applicationId } = await buildApplication(t, { jobId: started.id });
  await t.call(t.users.recruiter, 'POST', `/api/applications/${applicationId}/move`, {
    toStage: 'hr_interview',
  });
  await draftHrScorecard(t, applicationId, [{ attribute: 'discipline', rating: 'yes' }]);
  const { stage: _stage, ...hr } = (await t.call(t.users.admin, 'GET', '/api/stage-templates')).body
    .hr;
  const edited = {
    ...hr,
    durationMinutes: 30,
    attributes: ['motivation', 'attitude', 'communication'],
  };
  expectError(
    await t.call(t.users.recruiter, 'PUT', '/api/stage-templates/hr', edited),
    403,
    'forbidden',
  );
  const outOfRange = await t.call(t.users.admin, 'PUT', '/api/stage-templates/hr', {
    ...edited,
    attributes: [],
    durationMinutes: 5,
    weight: 130,
  });
  expectInvalid(outOfRange, {
    attributes: 'required',
    durationMinutes: 'out_of_range',
    weight: 'out_of_range',
  });
  // The same rule and bounds as a job's interview plan: the form says "Between 0 and 100".
  expect(
    outOfRange.body.error.fields.find((field: { path: string }) => field.path === 'weight'),
  ).toMatchObject({ params: { minimum: 0, maximum: 100 } });
  expectInvalid(await t.call(t.users.admin, 'PUT', '/api/stage-templates/final', edited), {
    stage: 'invalid_value',
  });
  expect((await t.call(t.users.admin, 'GET', '/api/stage-templates')).body.hr.durationMinutes).toBe(
    40,
  );

  const saved = await t.call(t.users.admin, 'PUT', '/api/stage-templates/hr', edited);
  expect(saved.status).toBe(200);
  expect(saved.body.hr).toMatchObject({
    durationMinutes: 30,
    attributes: ['motivation', 'attitude', 'communication'],
  });
  const job = await buildJob(t);
  const plan = (await t.call(t.users.recruiter, 'GET', `/api/jobs/${job.id}/interview-plan`)).body
    .plan;
  expect(plan.hr).toMatchObject({
    durationMinutes: 30,
    attributes: ['motivation', 'attitude', 'communication'],
  });
});
