import { expect, test } from 'vitest';
import { useTestApp } from '../support/test-app';
import { expectError } from '../support/expectations';
import { sentOffer } from '../support/offers';

const t = useTestApp();

/** The message of a refusal: what the client shows when it has no words of its own. */
const messageOf = (reply: { body: { error?: { message?: string } } }) => reply.body.error?.message;

test('a refusal names what was asked for: an offer of a job not yours is an offer not found (retrial25 L2)', async () => {
  const { offerId } = await sentOffer(t);
  const reply = await t.call(t.users.otherManager, 'GET', `/api/offers/${offerId}`);
  expectError(reply, 404, 'not_found');
  expect(messageOf(reply)).toBe('Offer not found.');
});

test("an interviewer refused the job's export is told about exporting, not comparing (retrial25 L2)", async () => {
  const { jobId } = await sentOffer(t);
  const reply = await t.call(
    t.users.interviewer,
    'GET',
    `/api/jobs/${jobId}/applications/export?format=csv`,
  );
  expectError(reply, 403, 'forbidden');
  expect(messageOf(reply)).toMatch(/export/);
});
