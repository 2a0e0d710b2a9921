import type { Queryable } from '../../db/database';
import { listFirstApplicationsBySource } from '../../db/queries/applications';
import { insertConsents } from '../../db/queries/consents';
import { privacyNoticeVersion } from '../../domain/careers';

/**
 * Careers-page applicants agreed to their first recruitment when they applied. Those who are in
 * more than one job joined the talent pool too, and so does every other one of the rest, so the
 * demo shows both: members, and candidates HR must ask first. Written in one statement.
 */
export async function seedDemoConsents(tx: Queryable): Promise<void> {
  const applicants = await listFirstApplicationsBySource(tx, 'careers_page');
  const consents: Parameters<typeof insertConsents>[1][number][] = [];
  for (const [index, applicant] of applicants.entries()) {
    const joined = applicant.count > 1 || index % 2 === 0;
    for (const purpose of joined
      ? (['recruitment', 'talent_pool'] as const)
      : (['recruitment'] as const)) {
      consents.push({
        candidateId: applicant.candidateId,
        applicationId: applicant.applicationId,
        purpose,
        channel: 'apply_form',
        privacyNoticeVersion,
        locale: 'id',
        givenAt: applicant.appliedAt,
      });
    }
  }
  await insertConsents(tx, consents);
}
