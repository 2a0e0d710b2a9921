import type { DecisionOutcome } from '../../domain/decision';
import type { InterviewStage } from '../../domain/interview';
import type { Queryable } from '../database';
import { type BulkColumns, insertMany, insertOne, timeOr } from './bulk-insert';

export interface DecisionRow {
  id: string;
  applicationId: string;
  stage: InterviewStage;
  outcome: DecisionOutcome;
  rationale: string;
  conflict: boolean;
  againstPanel: boolean;
  /** The scores the decider saw, kept as they were. */
  scores: unknown;
  decidedByName: string | null;
  createdAt: Date;
}

/** A decision as it is taken; `at` only when history is replayed (demo data). */
export type NewDecision = Omit<DecisionRow, 'id' | 'decidedByName' | 'createdAt'> & {
  decidedBy: string;
  at?: Date;
};

const decisionColumns: BulkColumns<NewDecision> = {
  application_id: (d) => d.applicationId,
  stage: (d) => d.stage,
  outcome: (d) => d.outcome,
  rationale: (d) => d.rationale,
  conflict: (d) => d.conflict,
  against_panel: (d) => d.againstPanel,
  scores: (d) => JSON.stringify(d.scores),
  decided_by: (d) => d.decidedBy,
  created_at: timeOr('clock_timestamp()', (d) => d.at),
};

export async function insertDecision(db: Queryable, decision: NewDecision): Promise<void> {
  await insertOne(db, 'decisions', decisionColumns, decision);
}

export async function listDecisions(
  db: Queryable,
  applicationIds: readonly string[],
): Promise<DecisionRow[]> {
  return db.query<DecisionRow>(
    `SELECT d.id, d.application_id AS "applicationId", d.stage, d.outcome, d.rationale, d.conflict,
       d.against_panel AS "againstPanel", d.scores, u.name AS "decidedByName", d.created_at AS "createdAt"
     FROM decisions d LEFT JOIN users u ON u.id = d.decided_by
     WHERE d.application_id = ANY($1::uuid[]) ORDER BY d.created_at DESC`,
    [applicationIds],
  );
}

/** Decisions of replayed interviews (demo data), in one statement. */
export async function insertDecisions(
  db: Queryable,
  decisions: readonly (NewDecision & { at: Date })[],
): Promise<void> {
  await insertMany(db, 'decisions', decisionColumns, decisions);
}
