import type { SalaryBasis, SalaryExpectationSource } from '../../domain/salary';
import type { Queryable } from '../database';
import { type BulkColumns, insertMany, insertOne, timeOr } from './bulk-insert';

export interface SalaryExpectationFields {
  monthlyAmount: number;
  basis: SalaryBasis | null;
  negotiable: boolean | null;
  note: string;
  source: SalaryExpectationSource;
}

export interface SalaryExpectationRow extends SalaryExpectationFields {
  id: string;
  applicationId: string;
  recordedByName: string | null;
  recordedAt: Date;
}

/** An expectation as it is stated; `at` only when history is replayed (demo data). */
export interface NewSalaryExpectation extends SalaryExpectationFields {
  applicationId: string;
  recordedBy: string | null;
  at?: Date;
}

const salaryExpectationColumns: BulkColumns<NewSalaryExpectation> = {
  application_id: (e) => e.applicationId,
  monthly_amount: (e) => e.monthlyAmount,
  basis: (e) => e.basis,
  negotiable: (e) => e.negotiable,
  note: (e) => e.note,
  source: (e) => e.source,
  recorded_by: (e) => e.recordedBy,
  recorded_at: timeOr('clock_timestamp()', (e) => e.at),
};

export async function insertSalaryExpectation(
  db: Queryable,
  expectation: NewSalaryExpectation,
): Promise<string> {
  const row = await insertOne<NewSalaryExpectation, { id: string }>(
    db,
    'salary_expectations',
    salaryExpectationColumns,
    expectation,
    'id',
  );
  return row!.id;
}

/** The application's expectations, the latest first. */
export async function listSalaryExpectations(
  db: Queryable,
  applicationId: string,
): Promise<SalaryExpectationRow[]> {
  // Amounts stay far below 2^53, so float8 reads them back as exact numbers on both engines.
  return db.query<SalaryExpectationRow>(
    `SELECT s.id, s.application_id AS "applicationId", s.monthly_amount::float8 AS "monthlyAmount",
       s.basis, s.negotiable, s.note, s.source, u.name AS "recordedByName",
       s.recorded_at AS "recordedAt"
     FROM salary_expectations s LEFT JOIN users u ON u.id = s.recorded_by
     WHERE s.application_id = $1 ORDER BY s.recorded_at DESC, s.id`,
    [applicationId],
  );
}

/**
 * Applications past HR's gate in jobs with a salary band, oldest first, ties by e-mail and job
 * (for the demo company, which must be the same in every run).
 */
export async function listApplicationsPastHrGate(db: Queryable): Promise<
  {
    applicationId: string;
    salaryMin: number;
    salaryMax: number;
    appliedAt: Date;
    stageEnteredAt: Date;
  }[]
> {
  return db.query(
    `SELECT a.id AS "applicationId", j.salary_min::float8 AS "salaryMin",
       j.salary_max::float8 AS "salaryMax", a.created_at AS "appliedAt",
       a.stage_entered_at AS "stageEnteredAt"
     FROM applications a JOIN jobs j ON j.id = a.job_id JOIN candidates c ON c.id = a.candidate_id
     WHERE a.hr_gate_cleared AND j.salary_min IS NOT NULL AND j.salary_max IS NOT NULL
     ORDER BY a.created_at, c.email, j.title`,
  );
}

/** Stated expectations (demo data), in one statement. */
export async function insertSalaryExpectations(
  db: Queryable,
  expectations: readonly (NewSalaryExpectation & { at: Date })[],
): Promise<void> {
  await insertMany(db, 'salary_expectations', salaryExpectationColumns, expectations);
}
