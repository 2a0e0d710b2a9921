import { scopedApplications, selectionParams, type ReportSelection } from './report-scope';

/**
 * The report's applications (the frame's `scoped` CTE: id, job_id, …), parameters $1..$7; a
 * report's own parameters start at $8 (firstOwnParameter).
 */
export type CohortScope = ReportSelection;
export const cohortSql = scopedApplications();
export const cohortParams = (scope: CohortScope): unknown[] => selectionParams(scope);
