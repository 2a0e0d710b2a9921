import { hash, verify } from '@node-rs/argon2';
import { randomInt } from 'node:crypto';
import type { MailSettings } from '../../config';
import type { Queryable } from '../../db/database';
import {
  countUnusedRecoveryCodes,
  listUnusedRecoveryCodes,
  markRecoveryCodeUsed,
  replaceRecoveryCodes,
} from '../../db/queries/recovery-codes';
import type { UserRow } from '../../db/queries/users';
import {
  normaliseRecoveryCode,
  recoveryCodeCount,
  recoveryCodeFrom,
} from '../../domain/recovery-codes';
import { formatInterviewTime } from '../../domain/scheduling/zoned-time';
import { companyNameOf } from '../brand/brand-service';
import { queueEmail } from '../email/email-service';

/*
 * Recovery codes are hashed like passwords (argon2id), at a lower cost than a password's: each
 * code is random with about 49 bits, so the cost need not make up for a guessable choice, and a
 * sign-in tries up to ten of them.
 */
const codeHashCost = { memoryCost: 4096, timeCost: 2, parallelism: 1 };

/** A new set for the user, replacing any earlier one: the codes in clear, to show once. */
export async function issueRecoveryCodes(tx: Queryable, userId: string): Promise<string[]> {
  const codes = Array.from({ length: recoveryCodeCount }, () => recoveryCodeFrom(randomInt));
  const hashes = await Promise.all(
    codes.map((code) => hash(normaliseRecoveryCode(code)!, codeHashCost)),
  );
  await replaceRecoveryCodes(tx, userId, hashes);
  return codes;
}

export const removeRecoveryCodes = (tx: Queryable, userId: string) =>
  replaceRecoveryCodes(tx, userId, []);

export const recoveryCodesLeft = countUnusedRecoveryCodes;

/**
 * Uses up the unused code the user typed: the number of codes left after it, or undefined when
 * the text matches none of them (wrong, already used, or used just now by another request).
 */
export async function useRecoveryCode(
  db: Queryable,
  userId: string,
  typed: string,
): Promise<number | undefined> {
  const code = normaliseRecoveryCode(typed);
  if (code === undefined) return undefined;
  const unused = await listUnusedRecoveryCodes(db, userId);
  for (const stored of unused) {
    if (!(await verify(stored.codeHash, code))) continue;
    if (!(await markRecoveryCodeUsed(db, stored.id))) return undefined;
    return unused.length - 1;
  }
  return undefined;
}

/** Tells the user a new set of recovery codes was made for them (the old set stopped working). */
export async function queueRecoveryCodesRegeneratedEmail(
  tx: Queryable,
  mail: MailSettings,
  user: UserRow,
  at: Date,
): Promise<void> {
  await queueRecoveryCodeNotice(tx, mail, user, at, {
    idempotencyKey: `recovery-codes-regenerated:${user.id}:${at.getTime()}`,
    template: 'recovery_codes_regenerated',
    timeValue: 'madeAt',
    values: {},
  });
}

/** Tells the user a recovery code was used to sign in as them, and how many are left. */
export async function queueRecoveryCodeUsedEmail(
  tx: Queryable,
  mail: MailSettings,
  user: UserRow,
  left: number,
  at: Date,
): Promise<void> {
  await queueRecoveryCodeNotice(tx, mail, user, at, {
    idempotencyKey: `recovery-code-used:${user.id}:${at.getTime()}:${left}`,
    template: 'recovery_code_used',
    timeValue: 'usedAt',
    values: { codesLeft: String(left) },
  });
}

/** A notice to the user about their recovery codes: when (Jakarta time), and a link to their account. */
async function queueRecoveryCodeNotice(
  tx: Queryable,
  mail: MailSettings,
  user: UserRow,
  at: Date,
  notice: {
    idempotencyKey: string;
    template: 'recovery_codes_regenerated' | 'recovery_code_used';
    timeValue: 'madeAt' | 'usedAt';
    values: Record<string, string>;
  },
): Promise<void> {
  const when = formatInterviewTime(at, 'Asia/Jakarta', user.locale);
  await queueEmail(tx, {
    idempotencyKey: notice.idempotencyKey,
    template: notice.template,
    locale: user.locale,
    to: { name: user.name, email: user.email },
    values: {
      userName: user.name,
      companyName: await companyNameOf(tx, mail),
      [notice.timeValue]: `${when.date}, ${when.time}`,
      ...notice.values,
      accountLink: `${mail.publicUrl}/account/security`,
    },
  });
}
