import { randomUUID } from 'node:crypto';
import type { MailSettings } from '../../config';
import type { Queryable } from '../../db/database';
import { findActiveUsersByIds } from '../../db/queries/users';
import { newlyAssigned, teamRoleText } from '../../domain/email/team-assignment-notice';
import type { TeamMember } from '../../domain/hiring-team';
import type { Actor } from '../actor';
import { queueEmail } from '../email/email-service';

/**
 * Tells each person newly made the job's recruiter or hiring manager (newlyAssigned), in their
 * language and the caller's transaction, through the e-mail queue: their Today stays empty until
 * a candidate waits for them, so without this they would not know the job is theirs.
 */
export async function tellNewlyAssigned(
  tx: Queryable,
  mail: MailSettings,
  actor: Actor,
  job: { id: string; title: string },
  team: { before: readonly TeamMember[]; after: readonly TeamMember[] },
): Promise<void> {
  const assigned = newlyAssigned(team.before, team.after, actor.id);
  if (!assigned.length) return;
  const people = await findActiveUsersByIds(tx, [
    ...assigned.map((member) => member.userId),
    actor.id,
  ]);
  const assignedBy = people.find((user) => user.id === actor.id)?.name ?? '';
  for (const member of assigned) {
    const person = people.find((user) => user.id === member.userId);
    if (!person) continue;
    await queueEmail(tx, {
      idempotencyKey: `job:${job.id}:assigned:${member.teamRole}:${person.id}:${randomUUID()}`,
      template: 'team_assignment',
      locale: person.locale,
      to: { name: person.name, email: person.email },
      values: {
        recipientName: person.name,
        jobTitle: job.title,
        teamRole: teamRoleText(member.teamRole, person.locale),
        assignedBy,
        jobLink: `${mail.publicUrl}/jobs/${job.id}`,
      },
    });
  }
}
