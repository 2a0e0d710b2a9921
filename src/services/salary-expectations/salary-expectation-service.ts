import type { Database, Queryable } from '../../db/database';
import { findApplication, type ApplicationRow } from '../../db/queries/applications';
import { listTeamMembers } from '../../db/queries/jobs';
import {
  insertSalaryExpectation,
  listSalaryExpectations,
  type SalaryExpectationRow,
} from '../../db/queries/salary-expectations';
import { monthlyAmountProblem } from '../../domain/money';
import { salaryAbilities, type SalaryAbilities } from '../../domain/permissions';
import type { FieldProblem } from '../../domain/result';
import { isHr } from '../../domain/roles';
import type { SalaryBasis } from '../../domain/salary';
import type { Actor } from '../actor';
import { requireJobAccess, standingIn } from '../access-policy';
import { recordAudit } from '../audit-log/audit-service';
import { Conflict, Forbidden, Invalid, NotFound, whenNotFound } from '../errors';

export interface SalaryExpectations {
  /** The latest first; the first of them is what the candidate expects now. */
  history: SalaryExpectationRow[];
  can: SalaryAbilities;
}

export interface SalaryExpectationInput {
  monthlyAmount: number;
  basis: SalaryBasis;
  negotiable: boolean;
  note: string;
}

/** What the candidate expects, with its history: HR and the job's hiring manager only. */
export async function getSalaryExpectations(
  db: Database,
  actor: Actor,
  applicationId: string,
): Promise<SalaryExpectations> {
  const { can } = await salaryStanding(db, actor, applicationId);
  requireSalaryReader(can);
  return { history: await listSalaryExpectations(db, applicationId), can };
}

/**
 * HR records what the candidate stated (at the HR interview, usually). Each statement is kept, so
 * the history shows how the expectation moved and who heard it when.
 */
export async function recordSalaryExpectation(
  db: Database,
  actor: Actor,
  applicationId: string,
  input: SalaryExpectationInput,
): Promise<SalaryExpectations> {
  await db.transaction(async (tx) => {
    const { application, can } = await salaryStanding(tx, actor, applicationId);
    if (!can.recordSalaryExpectation) {
      if (isHr(actor.role)) {
        throw new Conflict(
          [
            {
              path: 'applicationId',
              code: 'application_closed',
              message: 'The application is closed: there is no salary talk left to record.',
            },
          ],
          'The application is closed.',
        );
      }
      throw new Forbidden('Only HR records the salary a candidate expects.');
    }
    const problem = monthlyAmountProblem(input.monthlyAmount, 'monthlyAmount');
    if (problem) throw new Invalid([problem]);
    await insertSalaryExpectation(tx, {
      applicationId,
      monthlyAmount: input.monthlyAmount,
      basis: input.basis,
      negotiable: input.negotiable,
      note: input.note.trim(),
      source: 'hr_interview',
      recordedBy: actor.id,
    });
    // That it was recorded, never the amount: the log must not copy personal data.
    await recordAudit(tx, {
      actor,
      action: 'salary_expectation.recorded',
      entityId: applicationId,
      candidateId: application.candidateId,
    });
  });
  return getSalaryExpectations(db, actor, applicationId);
}

/** The amount a candidate typed on the apply form: their first expectation, in its transaction. */
export async function recordApplyFormExpectation(
  tx: Queryable,
  applicationId: string,
  monthlyAmount: number,
): Promise<void> {
  await insertSalaryExpectation(tx, {
    applicationId,
    monthlyAmount,
    basis: null,
    negotiable: null,
    note: '',
    source: 'apply_form',
    recordedBy: null,
  });
}

/** The apply form's optional amount, checked like HR's (field errors, nothing written). */
export function applyFormExpectationProblem(
  monthlyAmount: number | undefined,
): FieldProblem | undefined {
  return monthlyAmount === undefined
    ? undefined
    : monthlyAmountProblem(monthlyAmount, 'expectedSalary');
}

/** Another team's application is a 404 (it does not leak); then what the actor may do with salary. */
async function salaryStanding(
  db: Queryable,
  actor: Actor,
  applicationId: string,
): Promise<{ application: ApplicationRow; can: SalaryAbilities }> {
  const application = await findApplication(db, applicationId);
  if (!application) throw new NotFound('Application');
  await requireJobAccess(db, actor, application.jobId).catch(
    whenNotFound(() => new NotFound('Application')),
  );
  const team = await listTeamMembers(db, [application.jobId]);
  return { application, can: salaryAbilities(standingIn(actor, team), application.stage) };
}

function requireSalaryReader(can: SalaryAbilities): void {
  if (!can.readSalaryExpectations) {
    throw new Forbidden("Salary expectations are for HR and the job's hiring manager.");
  }
}
