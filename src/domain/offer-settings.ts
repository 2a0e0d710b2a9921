import type { Role } from './roles';

/**
 * Who an admin may name as the company's offer approver: someone who decides on hiring (an
 * admin, a recruiter or a hiring manager), never an interviewer.
 */
export const offerApproverRoles: readonly Role[] = ['admin', 'recruiter', 'hiring_manager'];

export const mayApproveOffers = (role: Role): boolean => offerApproverRoles.includes(role);
