import type { VolumeCompany } from './company';
import type { VolumeCandidate } from './generate';
import { day } from './history';

export interface VolumeAuditRow {
  at: Date;
  actorId: string | null;
  action: string;
  entityType: 'candidate' | 'application' | 'scorecard' | 'user' | 'settings';
  entityId: string | null;
  candidateId: string | null;
  detail: Record<string, string>;
}

/**
 * What the audit log holds about one candidate: their creation, each application's creation and
 * moves (a withdrawal or an offer answer in the portal under its own action), interviews,
 * submitted scorecards, decisions and offers. A few candidates were also exported (a rare action).
 */
export function candidateAuditRows(candidate: VolumeCandidate, index: number): VolumeAuditRow[] {
  const rows: VolumeAuditRow[] = [];
  const about = { candidateId: candidate.id };
  const manual = candidate.source === 'manual' || candidate.source === 'referral';
  rows.push({
    at: candidate.createdAt,
    actorId: null,
    action: 'candidate.created',
    entityType: 'candidate',
    entityId: candidate.id,
    ...about,
    detail: {},
  });
  if (index % 7919 === 0) {
    rows.push({
      at: new Date(candidate.createdAt.getTime() + 30 * day),
      actorId: null,
      action: 'candidate.exported',
      entityType: 'candidate',
      entityId: candidate.id,
      ...about,
      detail: {},
    });
  }
  for (const application of candidate.applications) {
    const on = (at: Date, actorId: string | null, action: string, detail = {}) =>
      rows.push({
        at,
        actorId,
        action,
        entityType: 'application',
        entityId: application.id,
        ...about,
        detail,
      });
    on(application.createdAt, null, 'application.created', {
      source: manual ? 'staff' : 'careers',
    });
    for (const event of application.events.slice(1)) {
      const action =
        event.toStage === 'withdrawn' && !event.actorId
          ? 'portal.withdrawn'
          : event.toStage === 'hired' && !event.actorId
            ? 'offer.accepted'
            : event.rejectionReason === 'offer_declined'
              ? 'offer.declined'
              : 'application.moved';
      on(event.at, event.actorId, action, { from: event.fromStage ?? '', to: event.toStage });
    }
    for (const interview of application.interviews) {
      on(interview.createdAt, interview.createdBy, 'interview.scheduled', {
        stage: interview.stage,
      });
      if (interview.status !== 'scheduled') {
        const at = new Date(interview.startsAt.getTime() + interview.durationMinutes * 60_000);
        on(at, interview.createdBy, `interview.${interview.status}`, { stage: interview.stage });
      }
    }
    for (const card of application.scorecards) {
      if (!card.submittedAt) continue;
      rows.push({
        at: card.submittedAt,
        actorId: card.interviewerId,
        action: 'scorecard.submitted',
        entityType: 'scorecard',
        entityId: card.id,
        ...about,
        detail: { stage: card.stage },
      });
    }
    for (const decision of application.decisions) {
      on(decision.at, decision.decidedBy, 'decision.recorded', {
        stage: decision.stage,
        outcome: decision.outcome,
      });
    }
    const offer = application.offer;
    if (offer) {
      on(offer.createdAt, null, 'offer.drafted');
      if (offer.sentAt) on(offer.sentAt, null, 'offer.sent');
      if (offer.withdrawnAt) on(offer.withdrawnAt, null, 'offer.withdrawn');
    }
  }
  return rows;
}

/**
 * The staff's own entries over the year: sign-ins (recruiters every working day, hiring managers
 * twice a week, interviewers weekly), some failed ones, and three two-factor resets (rare).
 */
export function staffAuditRows(company: VolumeCompany, now: Date): VolumeAuditRow[] {
  const rows: VolumeAuditRow[] = [];
  const every = { admin: 1, recruiter: 1, hiring_manager: 3, interviewer: 7 };
  company.users.forEach((user, userIndex) => {
    for (let back = 365; back > 0; back -= every[user.role]) {
      const date = new Date(now.getTime() - back * day);
      if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
      const at = new Date(
        date.getTime() - (date.getTime() % day) + ((userIndex * 7) % 9) * 3_600_000,
      );
      const failed = (back + userIndex) % 47 === 0;
      rows.push({
        at,
        actorId: failed ? null : user.id,
        action: failed ? 'sign_in.failed' : 'sign_in.succeeded',
        entityType: 'user',
        entityId: user.id,
        candidateId: null,
        detail: {},
      });
    }
  });
  for (const back of [200, 120, 30]) {
    const user = company.users[back % company.users.length]!;
    rows.push({
      at: new Date(now.getTime() - back * day),
      actorId: company.admin.id,
      action: 'user.two_factor_reset',
      entityType: 'user',
      entityId: user.id,
      candidateId: null,
      detail: {},
    });
  }
  return rows;
}
