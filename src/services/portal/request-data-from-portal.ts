import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { insertDataRequest } from '../../db/queries/data-requests';
import { dueAt, type DataRequestKind } from '../../domain/privacy/data-request';
import { notifyRecruiterOfApplication } from './candidate-update-notice';
import type { Actor } from '../actor';
import { actBehindLink } from './candidate-acts';

/**
 * The candidate asks for a copy of their data, a correction, or erasure from the portal; it enters
 * the ledger with its 3 × 24-hour deadline and HR is told. Works after the process ended too.
 */
export async function requestDataFromPortal(
  db: Database,
  mail: MailSettings,
  token: string,
  kind: DataRequestKind,
  signedIn: Actor | undefined,
): Promise<{ dueAt: Date }> {
  return actBehindLink(db, token, signedIn, async (tx, application) => {
    const receivedAt = new Date();
    const id = await insertDataRequest(tx, {
      candidateId: application.candidateId,
      kind,
      channel: 'portal',
      receivedAt,
      dueAt: dueAt(receivedAt),
      recordedBy: null,
    });
    await notifyRecruiterOfApplication(tx, mail, application, `data:${id}`, 'data_request', {
      request: kind,
    });
    return { dueAt: dueAt(receivedAt) };
  });
}
