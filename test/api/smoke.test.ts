import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';
import { buildApplication, moveTo } from '../support/factories';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

test('an application moves from Applied to Interview user through the HR interview', async () => {
  const { applicationId } = await buildApplication(t);
  for (const stage of ['cv_screening', 'hr_interview', 'user_interview']) {
    const moved = await moveTo(t, applicationId, stage);
    expect(moved.status).toBe(200);
    expect(moved.body.stage).toBe(stage);
  }
});
