import type { EmploymentType, JobStatus, WorkMode } from '../../domain/job';
import type { Province } from '../../domain/province';
import type { HeldTeamPlace } from '../../domain/hiring-team';
import type { TeamRole } from '../../domain/roles';
import type { Queryable } from '../database';
import type { BundleRead } from './read-bundle';

export interface JobFields {
  title: string;
  department: string;
  city: string;
  workMode: WorkMode;
  employmentType: EmploymentType;
  description: string;
  requiredSkills: string[];
  tools: string[];
  testsEnabled: boolean;
  /** Whose minimum wage an offer must meet. */
  province: Province | null;
  /** The gross monthly salary band in whole rupiah: both ends or neither. */
  salaryMin: number | null;
  salaryMax: number | null;
  salaryShownOnCareers: boolean;
}

export interface JobRow extends JobFields {
  id: string;
  status: JobStatus;
  createdAt: Date;
  updatedAt: Date;
}

export interface TeamMemberRow {
  jobId: string;
  userId: string;
  teamRole: TeamRole;
  name: string;
  title: string | null;
}

const jobColumns = `j.id, j.title, j.department, j.city, j.work_mode AS "workMode",
  j.employment_type AS "employmentType", j.description, j.required_skills AS "requiredSkills",
  j.tools, j.tests_enabled AS "testsEnabled", j.status, j.created_at AS "createdAt",
  j.updated_at AS "updatedAt", j.province, j.salary_min::float8 AS "salaryMin",
  j.salary_max::float8 AS "salaryMax", j.salary_shown_on_careers AS "salaryShownOnCareers"`;

/** Which jobs a list holds ($1 a team member or null, $2 a status or null) and in what order. */
const jobsInListOrder = `WHERE ($1::uuid IS NULL OR EXISTS (
         SELECT 1 FROM job_team_members m WHERE m.job_id = j.id AND m.user_id = $1))
       AND ($2::text IS NULL OR j.status = $2)
     ORDER BY CASE j.status WHEN 'open' THEN 0 WHEN 'draft' THEN 1 ELSE 2 END, j.created_at DESC,
       j.id`;

/** Every job, or with `memberId` only the jobs whose hiring team includes that user. */
export async function listJobs(
  db: Queryable,
  filter: { memberId?: string | undefined; status?: JobStatus | undefined },
): Promise<(JobRow & { activeApplications: number })[]> {
  return db.query(
    `SELECT ${jobColumns}, coalesce(n.active, 0) AS "activeApplications"
     FROM jobs j LEFT JOIN job_active_counts n ON n.job_id = j.id
     ${jobsInListOrder}`,
    [filter.memberId ?? null, filter.status ?? null],
  );
}

/** A job as the jobs list shows it: what it is, how many are in it, who hires for it. */
export interface JobSummaryRow {
  id: string;
  title: string;
  department: string;
  city: string;
  workMode: JobRow['workMode'];
  employmentType: JobRow['employmentType'];
  status: JobStatus;
  activeApplications: number;
  hiringManagers: { userId: string; name: string }[];
  /** The reader's own places in the job's team: a job just assigned to them reads as theirs. */
  yourRoles: TeamRole[];
}

/**
 * `listJobs` narrowed to what the jobs list and the job pickers show, with each job's hiring
 * managers, in one statement: the whole team, salary band, description and abilities of forty
 * jobs made a 55 kB answer that no list reads (the job's page loads them; issue 19).
 */
export async function listJobSummaries(
  db: Queryable,
  filter: { readerId: string; memberId?: string | undefined; status?: JobStatus | undefined },
): Promise<JobSummaryRow[]> {
  return db.query(
    `SELECT j.id, j.title, j.department, j.city, j.work_mode AS "workMode",
       j.employment_type AS "employmentType", j.status,
       coalesce(n.active, 0) AS "activeApplications",
       coalesce((SELECT json_agg(json_build_object('userId', m.user_id, 'name', u.name) ORDER BY u.name)
                 FROM job_team_members m JOIN users u ON u.id = m.user_id
                 WHERE m.job_id = j.id AND m.team_role = 'hiring_manager'), '[]'::json)
         AS "hiringManagers",
       ARRAY(SELECT m.team_role FROM job_team_members m WHERE m.job_id = j.id AND m.user_id = $3
             ORDER BY m.team_role) AS "yourRoles"
     FROM jobs j LEFT JOIN job_active_counts n ON n.job_id = j.id
     ${jobsInListOrder}`,
    [filter.memberId ?? null, filter.status ?? null, filter.readerId],
  );
}

export async function findJob(db: Queryable, id: string): Promise<JobRow | undefined> {
  const [row] = await db.query<JobRow>(`SELECT ${jobColumns} FROM jobs j WHERE j.id = $1`, [id]);
  return row;
}

/** The job's row locked until the transaction ends, and when it last changed (an edit checks it). */
export async function lockJob(db: Queryable, id: string): Promise<Date | undefined> {
  const [row] = await db.query<{ updatedAt: Date }>(
    'SELECT updated_at AS "updatedAt" FROM jobs WHERE id = $1 FOR UPDATE',
    [id],
  );
  return row?.updatedAt;
}

export async function insertJob(
  db: Queryable,
  job: JobFields & { status: JobStatus; createdBy: string },
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO jobs (title, department, city, work_mode, employment_type, description,
       required_skills, tools, tests_enabled, province, salary_min, salary_max,
       salary_shown_on_careers, status, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
    [...jobFieldValues(job), job.status, job.createdBy],
  );
  return row!.id;
}

export async function updateJob(db: Queryable, id: string, job: JobFields): Promise<void> {
  await db.query(
    `UPDATE jobs SET title = $2, department = $3, city = $4, work_mode = $5, employment_type = $6,
       description = $7, required_skills = $8, tools = $9, tests_enabled = $10, province = $11,
       salary_min = $12, salary_max = $13, salary_shown_on_careers = $14, updated_at = now()
     WHERE id = $1`,
    [id, ...jobFieldValues(job)],
  );
}

/** A job's fields as query parameters, in the column order both the insert and the update name. */
function jobFieldValues(job: JobFields): unknown[] {
  return [
    job.title,
    job.department,
    job.city,
    job.workMode,
    job.employmentType,
    job.description,
    job.requiredSkills,
    job.tools,
    job.testsEnabled,
    job.province,
    job.salaryMin,
    job.salaryMax,
    job.salaryShownOnCareers,
  ];
}

export async function updateJobStatus(db: Queryable, id: string, status: JobStatus): Promise<void> {
  await db.query('UPDATE jobs SET status = $2, updated_at = now() WHERE id = $1', [id, status]);
}

/** The hiring teams of jobs ($1, an array of ids): recruiter, hiring manager, then by name. */
export const teamMembersOf: BundleRead<TeamMemberRow> = {
  sql: `SELECT m.job_id AS "jobId", m.user_id AS "userId", m.team_role AS "teamRole", u.name, u.title
     FROM job_team_members m JOIN users u ON u.id = m.user_id
     WHERE m.job_id = ANY($1::uuid[])
     ORDER BY CASE m.team_role WHEN 'recruiter' THEN 0 WHEN 'hiring_manager' THEN 1 ELSE 2 END, u.name`,
  dates: [],
};

export async function listTeamMembers(
  db: Queryable,
  jobIds: readonly string[],
): Promise<TeamMemberRow[]> {
  return db.query<TeamMemberRow>(teamMembersOf.sql, [jobIds]);
}

/** The job's HR recruiter, who hears from candidates and signs the e-mails to them. */
export async function findJobRecruiter(
  db: Queryable,
  jobId: string,
): Promise<TeamMemberRow | undefined> {
  return (await listTeamMembers(db, [jobId])).find((member) => member.teamRole === 'recruiter');
}

export async function replaceTeam(
  db: Queryable,
  jobId: string,
  members: readonly { userId: string; teamRole: TeamRole }[],
): Promise<void> {
  await db.query('DELETE FROM job_team_members WHERE job_id = $1', [jobId]);
  for (const member of members) {
    await db.query(
      'INSERT INTO job_team_members (job_id, user_id, team_role) VALUES ($1, $2, $3)',
      [jobId, member.userId, member.teamRole],
    );
  }
}

/** Every place a user holds in a hiring team, with the job's title and status. */
export async function listTeamPlacesOf(db: Queryable, userId: string): Promise<HeldTeamPlace[]> {
  return db.query<HeldTeamPlace>(
    `SELECT j.id AS "jobId", j.title AS "jobTitle", j.status AS "jobStatus", m.team_role AS "teamRole"
     FROM job_team_members m JOIN jobs j ON j.id = m.job_id
     WHERE m.user_id = $1
     ORDER BY j.title, j.id, m.team_role`,
    [userId],
  );
}

/** Whether the user holds this place in the job's hiring team (e.g. its hiring manager). */
export async function holdsTeamPlace(
  db: Queryable,
  jobId: string,
  userId: string,
  teamRole: TeamRole,
): Promise<boolean> {
  const rows = await db.query(
    'SELECT 1 FROM job_team_members WHERE job_id = $1 AND user_id = $2 AND team_role = $3 LIMIT 1',
    [jobId, userId, teamRole],
  );
  return rows.length > 0;
}

export async function isTeamMember(db: Queryable, jobId: string, userId: string): Promise<boolean> {
  const rows = await db.query(
    'SELECT 1 FROM job_team_members WHERE job_id = $1 AND user_id = $2 LIMIT 1',
    [jobId, userId],
  );
  return rows.length > 0;
}
