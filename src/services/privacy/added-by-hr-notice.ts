import type { Queryable } from '../../db/database';
import { queueEmail } from '../email/email-service';

/**
 * The privacy notice for a candidate whose details HR entered (UU PDP 27/2022: data not collected
 * from the person themselves is made known to them), queued in the caller's transaction (the
 * outbox): an import's chunk, or the form that adds one candidate by hand. One per candidate.
 */
export async function tellAddedCandidate(
  tx: Queryable,
  companyName: string,
  candidate: { id: string; fullName: string; email: string },
  /** Who entered them: a reply reaches this person when the company has no candidate inbox. */
  addedBy: { email: string } | undefined,
): Promise<void> {
  await queueEmail(tx, {
    idempotencyKey: `candidate:${candidate.id}:imported-notice`,
    template: 'imported_notice',
    // Candidates HR enters have no language of their own yet: Seleksi's default, Indonesian.
    locale: 'id',
    to: { name: candidate.fullName, email: candidate.email },
    values: { candidateName: candidate.fullName, companyName },
    candidateId: candidate.id,
    actingHr: addedBy,
  });
}
