import type { DecisionOutcome } from '../../domain/decision';
import type { InterviewStage } from '../../domain/interview';
import type { Queryable } from '../database';
import { insertMany } from './bulk-insert';

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

export async function insertDecision(
  db: Queryable,
  decision: Omit<DecisionRow, 'id' | 'decidedByName' | 'createdAt'> & {
    decidedBy: string;
    at?: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO decisions (application_id, stage, outcome, rationale, conflict, against_panel, scores, decided_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, COALESCE($9, clock_timestamp()))`,
    [
      decision.applicationId,
      decision.stage,
      decision.outcome,
      decision.rationale,
      decision.conflict,
      decision.againstPanel,
      JSON.stringify(decision.scores),
      decision.decidedBy,
      decision.at ?? null,
    ],
  );
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
  decisions: readonly (Omit<DecisionRow, 'id' | 'decidedByName'> & { decidedBy: string })[],
): Promise<void> {
  await insertMany(
    db,
    'decisions',
    {
      application_id: (d) => d.applicationId,
      stage: (d) => d.stage,
      outcome: (d) => d.outcome,
      rationale: (d) => d.rationale,
      conflict: (d) => d.conflict,
      against_panel: (d) => d.againstPanel,
      scores: (d) => JSON.stringify(d.scores),
      decided_by: (d) => d.decidedBy,
      created_at: (d) => d.createdAt,
    },
    decisions,
  );
}
