import { describe, expect, it } from 'vitest';
import { anonymiseCandidateRecords } from '../../src/db/queries/retention';
import { anonymousName } from '../../src/domain/privacy/retention';
import { buildApplication } from '../support/factories';
import { useTestApp } from '../support/test-app';

describe("Today's data requests and the ledger: anonymised is not erased", () => {
  const t = useTestApp();

  it('a candidate anonymised by retention reads "anonymised"; one erased on request reads "erased"', async () => {
    const [retained, erased] = await Promise.all([buildApplication(t), buildApplication(t)]);
    const open = (candidateId: string, kind: string) =>
      t.db.query<{ id: string }>(
        `INSERT INTO data_requests (candidate_id, kind, channel, received_at, due_at)
         VALUES ($1, $2, 'email', now(), now() + interval '1 day') RETURNING id`,
        [candidateId, kind],
      );
    const [retainedRequest] = await open(retained.candidateId, 'access');
    const [erasedRequest] = await open(erased.candidateId, 'access');
    // The retention period's end (the nightly work's routine); an erasure HR answers on request.
    await t.db.transaction((tx) =>
      anonymiseCandidateRecords(tx, retained.candidateId, anonymousName),
    );
    expect(
      (await t.call(t.users.recruiter, 'POST', `/api/candidates/${erased.candidateId}/erase`))
        .status,
    ).toBe(200);

    const today = await t.call(t.users.recruiter, 'GET', '/api/today');
    expect(today.status).toBe(200);
    const item = (id: string) =>
      today.body.dataRequests.find((request: { id: string }) => request.id === id);
    expect(item(retainedRequest!.id)).toMatchObject({
      candidateName: null,
      candidateAnonymised: true,
    });
    expect(item(erasedRequest!.id)).toMatchObject({
      candidateName: null,
      candidateAnonymised: false,
    });

    // The ledger links the anonymised record without the placeholder name, as it does no one erased.
    const ledger = await t.call(t.users.recruiter, 'GET', '/api/data-requests');
    const entry = (id: string) =>
      ledger.body.requests.find((request: { id: string }) => request.id === id);
    expect(entry(retainedRequest!.id)).toMatchObject({
      candidateId: retained.candidateId,
      candidateName: null,
    });
    expect(entry(erasedRequest!.id)).toMatchObject({ candidateId: null, candidateName: null });
  });
});
