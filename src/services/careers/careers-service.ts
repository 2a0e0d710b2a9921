import { announceApplicationCreated } from '../integrations/webhook-events';
import type { Database } from '../../db/database';
import { insertApplication, insertApplicationEvent } from '../../db/queries/applications';
import { updateCandidateLocale } from '../../db/queries/candidate-contacts';
import { insertCandidate } from '../../db/queries/candidates';
import { insertConsent } from '../../db/queries/consents';
import { unsharedCvHashes } from '../../db/queries/candidate-records';
import { insertCvFile } from '../../db/queries/cv-files';
import { findRetentionMonths } from '../../db/queries/retention';
import {
  findJob,
  findJobRecruiter,
  listJobs,
  listTeamMembers,
  type JobRow,
} from '../../db/queries/jobs';
import { normaliseEmail } from '../../domain/candidate';
import { outdatedNoticeProblem } from '../../domain/careers';
import { cleanCvFileName } from '../../domain/cv-file';
import { normaliseMobilePhone } from '../../domain/phone';
import type { FieldProblem } from '../../domain/result';
import { checkCvUpload } from '../candidates/cv-file-service';
import type { CvStore } from '../candidates/cv-store';
import type { MailSettings } from '../../config';
import { Invalid, NotFound } from '../errors';
import { jobRecruiterInbox } from '../email/job-recruiter-inbox';
import { queueEmail } from '../email/email-service';
import { candidateMessageValues } from '../email/candidate-message-values';
import { enqueueTask, taskQueues } from '../background/task-queue';
import {
  applyFormExpectationProblem,
  recordApplyFormExpectation,
} from '../salary-expectations/salary-expectation-service';

export interface PublicJob extends JobRow {
  /** The title (never the name) of the future boss who runs the user interview, when known. */
  userTitle: string | null;
  /** The company's retention period, which the privacy notice states. */
  retentionMonths: number;
}

/** Open jobs only: drafts and closed jobs do not exist for the public. */
export async function listOpenJobs(db: Database): Promise<PublicJob[]> {
  const jobs = await listJobs(db, { status: 'open' });
  const team = await listTeamMembers(
    db,
    jobs.map((job) => job.id),
  );
  const retentionMonths = await findRetentionMonths(db);
  return jobs.map((job) => ({ ...job, userTitle: userTitleOf(job.id, team), retentionMonths }));
}

export async function getOpenJob(db: Database, jobId: string): Promise<PublicJob> {
  const job = await findJob(db, jobId);
  if (!job || job.status !== 'open') throw new NotFound('Job');
  return {
    ...job,
    userTitle: userTitleOf(jobId, await listTeamMembers(db, [jobId])),
    retentionMonths: await findRetentionMonths(db),
  };
}

function userTitleOf(
  jobId: string,
  team: readonly { jobId: string; teamRole: string; title: string | null }[],
): string | null {
  return team.find((m) => m.jobId === jobId && m.teamRole === 'hiring_manager')?.title ?? null;
}

export interface CareersApplication {
  fullName: string;
  email: string;
  phone: string;
  city: string;
  portfolioUrl?: string | undefined;
  /** Optional: the expected monthly salary in rupiah, the candidate's first expectation. */
  expectedSalary?: number | undefined;
  consent: boolean;
  /** Optional: keep the data in the talent pool for other openings too (its own consent). */
  talentPool?: boolean | undefined;
  /** The privacy notice version the form showed; must be the current one. */
  privacyNoticeVersion: string;
  locale: 'id' | 'en';
  /** Hidden from people; only form-filling robots put something here. */
  website?: string | undefined;
  cv: { fileName: string; bytes: Uint8Array };
}

const consentsWithPool = ['recruitment', 'talent_pool'] as const;
const consentsWithoutPool = ['recruitment'] as const;

export interface CareersDependencies {
  store: CvStore;
  mail: MailSettings;
}

/**
 * A candidate applies from the careers page. Every problem is reported at once and nothing is
 * written unless all is well. The CV's text is read by a queued job that commits with the
 * application, so a slow or unreadable file never holds up or loses it, and a restart loses
 * nothing. The confirmation e-mail, with the candidate's portal link, is queued the same way.
 *
 * A careers application always creates a new candidate, even for a known e-mail address: anyone
 * can type anyone's address, and attaching files to an existing record on that basis would let
 * strangers change it. Duplicates are flagged for HR to merge instead.
 */
export async function applyFromCareersPage(
  db: Database,
  deps: CareersDependencies,
  jobId: string,
  input: CareersApplication,
): Promise<{ jobTitle: string }> {
  const job = await getOpenJob(db, jobId);
  const problems: FieldProblem[] = [];
  const phone = normaliseMobilePhone(input.phone);
  if (!phone.ok) problems.push(...phone.problems);
  // The form's schema has sniffed the type; this also inflates a Word file under the limits.
  const kind = await checkCvUpload(input.cv.bytes);
  if (!kind.ok) problems.push(...kind.problems);
  if (!input.consent) {
    problems.push({
      path: 'consent',
      code: 'consent_required',
      message: 'Agree to the processing of your data for this recruitment to apply.',
    });
  }
  const notice = outdatedNoticeProblem(input.privacyNoticeVersion);
  if (notice) problems.push(notice);
  const salary = applyFormExpectationProblem(input.expectedSalary);
  if (salary) problems.push(salary);
  if (problems.length || !phone.ok || !kind.ok) throw new Invalid(problems);
  // A robot filled the hidden field: answer as if all went well, keep nothing.
  if (input.website?.trim()) return { jobTitle: job.title };

  const sha256 = await deps.store.save(input.cv.bytes);
  const fullName = input.fullName.trim().replace(/\s+/g, ' ');
  const email = normaliseEmail(input.email);
  await db
    .transaction(async (tx) => {
      const candidateId = await insertCandidate(tx, {
        fullName,
        email,
        phone: phone.value,
        source: 'careers_page',
        tags: [],
        notes: '',
        city: input.city.trim().replace(/\s+/g, ' '),
        portfolioUrl: input.portfolioUrl?.trim() || null,
        createdBy: null,
      });
      // Later e-mails (invitations, reminders) go out in the language the candidate applied in.
      await updateCandidateLocale(tx, candidateId, input.locale);
      const applicationId = await insertApplication(tx, { candidateId, jobId, stage: 'applied' });
      await insertApplicationEvent(tx, {
        applicationId,
        actorId: null,
        fromStage: null,
        toStage: 'applied',
        rejectionReason: null,
        note: null,
        overrodeHrGate: false,
      });
      await announceApplicationCreated(tx, { id: applicationId, jobId, candidateId });
      if (input.expectedSalary !== undefined) {
        await recordApplyFormExpectation(tx, applicationId, input.expectedSalary);
      }
      for (const purpose of input.talentPool ? consentsWithPool : consentsWithoutPool) {
        await insertConsent(tx, {
          candidateId,
          applicationId,
          purpose,
          channel: 'apply_form',
          privacyNoticeVersion: input.privacyNoticeVersion,
          locale: input.locale,
        });
      }
      const cvFileId = await insertCvFile(tx, {
        candidateId,
        applicationId,
        sha256,
        kind: kind.value,
        byteSize: input.cv.bytes.length,
        fileName: cleanCvFileName(input.cv.fileName, kind.value),
      });
      await enqueueTask(tx, taskQueues.extractCvText, { cvFileId });
      const recruiter = await findJobRecruiter(tx, jobId);
      const greeting = await candidateMessageValues(tx, deps.mail, {
        candidateName: fullName,
        jobTitle: job.title,
        applicationId,
      });
      await queueEmail(tx, {
        idempotencyKey: `application:${applicationId}:received`,
        template: 'application_received',
        locale: input.locale,
        to: { name: fullName, email },
        values: { ...greeting, recruiterName: recruiter?.name ?? greeting.companyName },
        applicationId,
        candidateId,
        // No HR user caused it: a reply reaches the job's recruiter when the company set no inbox.
        actingHr: await jobRecruiterInbox(tx, jobId),
      });
    })
    .catch(async (failure: unknown) => {
      // The file was stored before the transaction; keep no bytes that no record points at.
      const [orphan] = await unsharedCvHashes(db, [sha256]);
      if (orphan) await deps.store.remove(orphan);
      throw failure;
    });
  return { jobTitle: job.title };
}
