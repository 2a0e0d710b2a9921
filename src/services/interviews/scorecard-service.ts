import type { Database, Queryable } from '../../db/database';
import {
  lockOwnScorecard,
  insertScorecardRevision,
  listScorecardRevisions,
  listScorecards,
  upsertScorecard,
  type ScorecardRevisionRow,
  type ScorecardRow,
} from '../../db/queries/scorecards';
import { saveInterviewPlan } from '../../db/queries/interview-plans';
import { interviewReached, type InterviewStage } from '../../domain/interview';
import {
  checkScorecardComplete,
  checkScorecardNotClosed,
  checkScorecardOpen,
  scorecardOpensAt,
  checkScorecardDraft,
  type ScorecardAction,
  type ScorecardContent,
} from '../../domain/scorecard';
import type { Actor } from '../actor';
import { recordAudit } from '../audit-log/audit-service';
import { hasSubmittedOwn, mayReadHrNotes, stageScorecardReach } from '../access-policy';
import { Conflict, Forbidden, Invalid, MovedElsewhere } from '../errors';
import { refuseStaleEdit } from '../stale-edit';
import { findLastMove } from '../../db/queries/applications';
import type { Stage } from '../../domain/pipeline';
import { loadInterviewContext, type InterviewContext } from './interview-context';

/**
 * Saves the actor's own scorecard for a stage: a draft (autosave), a submit (complete, once), or
 * an amendment of a submitted one (complete, with a reason, the previous version kept).
 */
export async function saveScorecard(
  db: Database,
  actor: Actor,
  target: { applicationId: string; stage: InterviewStage },
  action: ScorecardAction,
  content: ScorecardContent,
  reason?: string,
  /**
   * What a correction was begun from: the scorecard's updatedAt and the application's stage. A
   * correction over a later one, or after a decision moved the application on, is refused.
   * Either left out (older clients, API tokens, drafts and submits) is not checked.
   */
  seen: { updatedAt?: string | undefined; stage?: Stage | undefined } = {},
): Promise<ScorecardRow> {
  await db.transaction(async (tx) => {
    const context = await loadInterviewContext(tx, actor, target.applicationId);
    if (!context.onPanel[target.stage]) {
      throw new Forbidden('You are not on the panel of this interview.');
    }
    if (!interviewReached(target.stage, context.application)) {
      throw conflict(
        'stage',
        'interview_not_reached',
        'The application has not reached this interview yet.',
      );
    }
    // A submitted scorecard may still be amended (a correction); nothing new starts here.
    const closed =
      action === 'amend'
        ? []
        : checkScorecardNotClosed(target.stage, context.application, context.interviews);
    if (closed.length) throw new Conflict(closed, closed[0]!.message);
    const attributes = context.plan[target.stage].attributes;
    const key = { ...target, interviewerId: actor.id };
    const existing = await lockOwnScorecard(tx, key);
    if (action === 'amend') await refuseStaleCorrection(tx, context, existing, seen);
    const submitted = Boolean(existing.submittedAt);
    if (action !== 'amend' && submitted) {
      throw conflict(
        'action',
        'already_submitted',
        'This scorecard is already submitted; amend it with a reason.',
      );
    }
    if (action === 'amend' && !submitted) {
      throw conflict('action', 'not_submitted', 'Only a submitted scorecard can be amended.');
    }
    const problems =
      action === 'draft'
        ? checkScorecardDraft(content, attributes)
        : checkScorecardComplete(content, attributes);
    if (action === 'amend' && !reason?.trim()) {
      problems.push({
        path: 'reason',
        code: 'reason_required',
        message: 'Say why the scorecard changes.',
      });
    }
    if (problems.length) throw new Invalid(problems);
    if (action === 'submit') {
      const early = checkScorecardOpen(target.stage, context.interviews, new Date());
      if (early.length) throw new Conflict(early, early[0]!.message);
    }
    // The first scorecard fixes the plan it was made against, so later template edits cannot shift it.
    if (!context.planSaved) await saveInterviewPlan(tx, context.job.id, context.plan);
    if (action === 'amend') {
      await insertScorecardRevision(tx, {
        scorecardId: existing.id,
        previous: existing,
        reason: reason!.trim(),
        changedBy: actor.id,
      });
    }
    await upsertScorecard(tx, key, content, action === 'submit');
    if (action !== 'draft') {
      await recordAudit(tx, {
        actor,
        action: action === 'amend' ? 'scorecard.amended' : 'scorecard.submitted',
        entityId: existing.id,
        candidateId: context.application.candidateId,
        detail: { stage: target.stage },
      });
    }
  });
  const [saved] = (await listScorecards(db, [target.applicationId], target.stage)).filter(
    (card) => card.interviewerId === actor.id,
  );
  return saved!;
}

async function refuseStaleCorrection(
  tx: Queryable,
  context: InterviewContext,
  existing: { id: string; updatedAt: Date },
  seen: { updatedAt?: string | undefined; stage?: Stage | undefined },
): Promise<void> {
  await refuseStaleEdit(tx, {
    path: 'expectedUpdatedAt',
    expected: seen.updatedAt,
    current: existing.updatedAt,
    entityId: existing.id,
    actions: ['scorecard.amended', 'scorecard.submitted'],
  });
  const stage = context.application.stage;
  if (seen.stage === undefined || seen.stage === stage) return;
  const last = await findLastMove(tx, context.application.id);
  throw new MovedElsewhere(stage, { byName: last?.actorName ?? null, at: last?.at ?? null });
}

const conflict = (path: string, code: string, message: string) =>
  new Conflict([{ path, code, message }], message);

export interface StageScorecards {
  stage: InterviewStage;
  /** The actor's own scorecard, draft or submitted. */
  own: ScorecardRow | undefined;
  /** Other interviewers' submitted scorecards, when the actor may read them. */
  others: ScorecardRow[];
  /** How many other scorecards exist but are hidden (blind scoring). */
  hidden: number;
  revisions: ScorecardRevisionRow[];
  /** While the stage's booked interview has not begun: when submitting opens. */
  submitOpensAt: Date | null;
}

export async function getStageScorecards(
  db: Database,
  actor: Actor,
  applicationId: string,
  stage: InterviewStage,
): Promise<StageScorecards> {
  const context = await loadInterviewContext(db, actor, applicationId);
  return visibleScorecards(db, actor, context, stage);
}

/**
 * The one place blind scoring is applied; every reader of scorecards goes through it
 * (stageScorecardReach). HR's comments stay with those who read HR's notes (mayReadHrNotes) or
 * sat on HR's panel: a user-interview panel member reads HR's scores only, as in the kit.
 */
export async function visibleScorecards(
  db: Queryable,
  actor: Actor,
  context: InterviewContext,
  stage: InterviewStage,
): Promise<StageScorecards> {
  const reach = stageScorecardReach(actor, stage, context);
  if (reach === 'no_access') throw new Forbidden("You may not read this interview's scorecards.");
  const cards = await listScorecards(db, [context.application.id], stage);
  const own = cards.find((card) => card.interviewerId === actor.id);
  const submittedOthers = cards.filter(
    (card) => card.interviewerId !== actor.id && card.submittedAt,
  );
  const commentsHidden =
    stage === 'hr' &&
    !context.onPanel.hr &&
    !mayReadHrNotes(actor, {
      isJobHiringManager: context.isJobHiringManager,
      onUserPanel: context.onPanel.user,
      submittedOwnUser: hasSubmittedOwn(
        actor,
        context.cards.filter((card) => card.stage === 'user'),
      ),
    });
  const others =
    reach === 'read'
      ? submittedOthers.map((card) => (commentsHidden ? withoutFreeText(card) : card))
      : [];
  const shown = [...(own ? [own] : []), ...others];
  return {
    stage,
    own,
    others,
    hidden: submittedOthers.length - others.length,
    revisions: await listScorecardRevisions(
      db,
      shown.map((card) => card.id),
    ),
    submitOpensAt: scorecardOpensAt(stage, context.interviews, new Date()),
  };
}

/** A scorecard's ratings and recommendation without the comments written beside them. */
export function withoutFreeText(card: ScorecardRow): ScorecardRow {
  return {
    ...card,
    summary: '',
    questionNotes: {},
    ratings: card.ratings.map((rating) => ({ ...rating, evidence: '' })),
  };
}
