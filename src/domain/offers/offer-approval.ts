/**
 * Whether an offer needs approval before it is sent, and why: a salary outside the job's band, the
 * company's rule that every offer does, or a change to an offer that had been approved (the
 * approver agreed to other terms). Approvals belong to one version.
 */
export const approvalReasons = [
  'below_band',
  'above_band',
  'company_rule',
  'changed_after_approval',
] as const;
export type ApprovalReason = (typeof approvalReasons)[number];

export interface SalaryBand {
  min: number | null;
  max: number | null;
}

export interface ApprovalRule {
  band: SalaryBand;
  everyOfferNeedsApproval: boolean;
  /** An earlier version of this offer was approved. */
  approvedBefore: boolean;
}

export function approvalReasonsFor(
  grossMonthlySalary: number,
  rule: ApprovalRule,
): ApprovalReason[] {
  const reasons: ApprovalReason[] = [];
  if (rule.band.min !== null && grossMonthlySalary < rule.band.min) reasons.push('below_band');
  if (rule.band.max !== null && grossMonthlySalary > rule.band.max) reasons.push('above_band');
  if (rule.everyOfferNeedsApproval) reasons.push('company_rule');
  if (rule.approvedBefore) reasons.push('changed_after_approval');
  return reasons;
}

export const approvalNeeded = (grossMonthlySalary: number, rule: ApprovalRule): boolean =>
  approvalReasonsFor(grossMonthlySalary, rule).length > 0;

/** Who approves: the job's hiring manager or the approver the admin named; never the version's author. */
export interface ApproverStanding {
  isJobHiringManager: boolean;
  isNamedApprover: boolean;
  /** The actor wrote the version awaiting approval. */
  wroteVersion: boolean;
}

export const mayApproveOffer = (standing: ApproverStanding): boolean =>
  (standing.isJobHiringManager || standing.isNamedApprover) && !standing.wroteVersion;
