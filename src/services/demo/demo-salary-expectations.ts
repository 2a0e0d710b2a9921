import type { Queryable } from '../../db/database';
import {
  insertSalaryExpectations,
  listApplicationsPastHrGate,
} from '../../db/queries/salary-expectations';

const hour = 60 * 60 * 1000;

/**
 * Candidates past the HR interview stated their expectation there; every other one had typed one
 * on the apply form first, some within the job's band and some above it, so the demo shows a
 * history, both bases, and negotiation room. Written in one statement.
 */
export async function seedDemoSalaryExpectations(tx: Queryable, hrId: string): Promise<void> {
  const applications = await listApplicationsPastHrGate(tx);
  const expectations: Parameters<typeof insertSalaryExpectations>[1][number][] = [];
  for (const [index, application] of applications.entries()) {
    const { salaryMin, salaryMax } = application;
    const step = (salaryMax - salaryMin) / 4;
    const stated = roundToHundredThousand(salaryMin + step * (index % 6));
    if (index % 2 === 0) {
      expectations.push({
        applicationId: application.applicationId,
        monthlyAmount: roundToHundredThousand(stated * 1.1),
        basis: null,
        negotiable: null,
        note: '',
        source: 'apply_form',
        recordedBy: null,
        at: application.appliedAt,
      });
    }
    expectations.push({
      applicationId: application.applicationId,
      monthlyAmount: stated,
      basis: index % 3 === 0 ? 'take_home' : 'gross',
      negotiable: index % 4 !== 1,
      note:
        index % 3 === 0
          ? 'Gaji saat ini Rp 8 juta bersih; berharap naik karena tanggung jawab lebih besar.'
          : '',
      source: 'hr_interview',
      recordedBy: hrId,
      at: new Date(application.stageEnteredAt.getTime() - 2 * hour),
    });
  }
  await insertSalaryExpectations(tx, expectations);
}

function roundToHundredThousand(amount: number): number {
  return Math.round(amount / 100_000) * 100_000;
}
