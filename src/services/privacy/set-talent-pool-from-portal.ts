import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/database';
import { withdrawConsent } from '../../db/queries/consents';
import { mayJoinTalentPool } from '../../domain/privacy/talent-pool';
import type { Actor } from '../actor';
import { recordAudit } from '../audit-log/audit-service';
import type { MailSettings } from '../../config';
import { Conflict } from '../errors';
import { actBehindLink } from '../portal/candidate-acts';
import { notifyRecruiterOfApplication } from '../portal/candidate-update-notice';
import { joinTalentPool, requireCurrentNotice } from './talent-pool-consent';

/**
 * The candidate joins or leaves the talent pool from their portal. Joining takes the notice
 * version they were shown; leaving is always possible, even after the process ended.
 */
export async function setTalentPoolFromPortal(
  db: Database,
  mail: MailSettings,
  token: string,
  input: { member: boolean; privacyNoticeVersion?: string | undefined },
  signedIn: Actor | undefined,
): Promise<{ member: boolean }> {
  return actBehindLink(db, token, signedIn, async (tx, application) => {
    const { candidateId } = application;
    let changed: boolean;
    if (input.member) {
      if (!mayJoinTalentPool(application.stage)) {
        throw new Conflict(
          [{ path: 'member', code: 'already_hired', message: 'A hired candidate joins no pool.' }],
          'The candidate is hired.',
        );
      }
      requireCurrentNotice(input.privacyNoticeVersion ?? '');
      changed = await joinTalentPool(tx, candidateId, application.id, 'portal');
    } else {
      changed = await withdrawConsent(tx, candidateId, 'talent_pool');
    }
    if (changed) {
      await recordAudit(tx, {
        actor: null,
        action: input.member ? 'talent_pool.joined' : 'talent_pool.left',
        entityId: candidateId,
        candidateId,
        detail: { channel: 'portal' },
      });
      const news = input.member ? 'joined_talent_pool' : 'left_talent_pool';
      await notifyRecruiterOfApplication(
        tx,
        mail,
        application,
        `${news}:${randomUUID()}`,
        news,
        {},
      );
    }
    return { member: input.member };
  });
}
