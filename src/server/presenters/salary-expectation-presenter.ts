import type { SalaryExpectationRow } from '../../db/queries/salary-expectations';
import type { SalaryExpectations as SalaryExpectationsRow } from '../../services/salary-expectations/salary-expectation-service';
import type { SalaryExpectation, SalaryExpectations } from '../routes/salary-expectations.schema';

export function presentSalaryExpectations(row: SalaryExpectationsRow): SalaryExpectations {
  const history = row.history.map(presentSalaryExpectation);
  return { latest: history[0] ?? null, history, can: row.can };
}

function presentSalaryExpectation(row: SalaryExpectationRow): SalaryExpectation {
  return {
    id: row.id,
    monthlyAmount: row.monthlyAmount,
    basis: row.basis,
    negotiable: row.negotiable,
    note: row.note,
    source: row.source,
    recordedByName: row.recordedByName,
    recordedAt: row.recordedAt.toISOString(),
  };
}
