import { applicationAbilities, candidateAbilities, offerAbilities } from '../../domain/permissions';
import type { Actor } from '../../services/actor';
import type { ApplicationEventRow, ApplicationRow } from '../../db/queries/applications';
import { matchEnd, matchStart, type CandidateSearchRow } from '../../db/queries/candidate-search';
import type { CvFileRow } from '../../db/queries/cv-files';
import type { JobStatus } from '../../domain/job';
import type { Stage } from '../../domain/pipeline';
import type { ContactShown } from '../../services/access-policy';
import type { CandidateDetail as CandidateDetailRow } from '../../services/candidates/candidate-service';
import type { Application, ApplicationEvent } from '../routes/applications.schema';
import type { CandidateDetail, CandidateList, CvFile } from '../routes/candidates.schema';

export function presentApplication(row: ApplicationRow): Application {
  return {
    id: row.id,
    candidateId: row.candidateId,
    jobId: row.jobId,
    stage: row.stage,
    hrGateCleared: row.hrGateCleared,
    testsEnabled: row.testsEnabled,
    stageEnteredAt: row.stageEnteredAt.toISOString(),
    appliedAt: row.createdAt.toISOString(),
  };
}

export function presentEvent(row: ApplicationEventRow): ApplicationEvent {
  return {
    id: row.id,
    actorName: row.actorName,
    fromStage: row.fromStage,
    toStage: row.toStage,
    rejectionReason: row.rejectionReason,
    note: row.note,
    overrodeHrGate: row.overrodeHrGate,
    verdictOverrideReason: row.verdictOverrideReason,
    offerAnswer: row.offerAnswer,
    startDate: row.startDate,
    imported: row.imported,
    at: row.createdAt.toISOString(),
  };
}

/** Who the candidate is and where they came from: the same in the list and on their page. */
function presentWhoTheyAre(row: ContactShown<CandidateSearchRow> | CandidateDetailRow) {
  return {
    id: row.id,
    fullName: row.fullName,
    anonymised: row.anonymised,
    email: row.email,
    phone: row.phone,
    source: row.source,
    sourceDetail: row.sourceDetail,
    tags: row.tags,
    city: row.city,
  };
}

export function presentCandidateList(
  result: { rows: ContactShown<CandidateSearchRow>[]; total: number; totalIsCapped: boolean },
  page: { page: number; pageSize: number },
): CandidateList {
  return {
    items: result.rows.map((row) => ({
      ...presentWhoTheyAre(row),
      createdAt: row.createdAt.toISOString(),
      applications: row.applications.map((a) => ({ ...a, stage: a.stage as Stage })),
      snippet: row.headline?.includes(matchStart) ? headlineSegments(row.headline) : null,
    })),
    total: result.total,
    totalIsCapped: result.totalIsCapped,
    ...page,
  };
}

export function presentCandidate(row: CandidateDetailRow, actor: Actor): CandidateDetail {
  return {
    ...presentWhoTheyAre(row),
    notes: row.notes,
    portfolioUrl: row.portfolioUrl,
    processingRestricted: row.processingRestricted,
    notesWithheld: row.notesWithheld,
    whatsappRefusal: row.whatsappRefusal ?? null,
    cvFiles: row.cvFiles.map(presentCvFile),
    consents: row.consents.map((consent) => ({
      purpose: consent.purpose,
      channel: consent.channel,
      privacyNoticeVersion: consent.privacyNoticeVersion,
      locale: consent.locale,
      givenAt: consent.givenAt.toISOString(),
      withdrawnAt: consent.withdrawnAt?.toISOString() ?? null,
    })),
    addedByHr: row.addedByHand,
    privacyNotice: row.privacyNotice
      ? {
          queuedAt: row.privacyNotice.queuedAt.toISOString(),
          sentAt: row.privacyNotice.sentAt?.toISOString() ?? null,
        }
      : null,
    anonymiseAt: row.anonymiseAt?.toISOString() ?? null,
    talentPool: presentTalentPool(row.talentPool),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    applications: row.applications.map((application) => ({
      ...presentApplication(application),
      jobTitle: application.jobTitle,
      jobStatus: application.jobStatus as JobStatus,
      history: application.history.map(presentEvent),
      contacts: application.contacts.map((contact) => ({
        id: contact.id,
        actorName: contact.actorName,
        channel: contact.channel,
        purpose: contact.purpose,
        locale: contact.locale,
        at: contact.createdAt.toISOString(),
      })),
      rejectionsTold: application.rejectionsTold.map((told) => ({
        id: told.id,
        actorName: told.actorName,
        how: told.how,
        at: told.createdAt.toISOString(),
      })),
      can: {
        ...applicationAbilities(application, actor.role),
        ...application.salary,
        offers: offerAbilities(application.offerStanding, application.stage),
      },
    })),
    can: candidateAbilities(actor.role, row),
  };
}

export function presentCvFile(row: CvFileRow): CvFile {
  return {
    id: row.id,
    fileName: row.fileName,
    kind: row.kind,
    byteSize: row.byteSize,
    textStatus: row.textStatus,
    textProblem: row.textProblem,
    attachedByHr: row.attachedByHr,
    uploadedAt: row.createdAt.toISOString(),
  };
}

/**
 * The database marks matches with private-use characters; the API sends plain segments, so
 * the web renders them as text (a CV cannot inject markup through its own words).
 */
export function headlineSegments(headline: string): { text: string; match: boolean }[] {
  const segments: { text: string; match: boolean }[] = [];
  for (const [index, part] of headline.split(matchStart).entries()) {
    const [matched, rest] = index === 0 ? [undefined, part] : part.split(matchEnd);
    if (matched) segments.push({ text: matched, match: true });
    if (rest) segments.push({ text: rest.replace(/\s+/g, ' '), match: false });
  }
  return segments;
}

function presentTalentPool(pool: CandidateDetailRow['talentPool']): CandidateDetail['talentPool'] {
  return {
    status: pool.status,
    since: pool.status === 'never_joined' ? null : pool.since.toISOString(),
    consentNeededForOtherJobs: pool.consentNeededForOtherJobs,
    invitationRefusal: pool.invitationRefusal ?? null,
    lastInvitation: pool.lastInvitation
      ? {
          sentAt: pool.lastInvitation.createdAt.toISOString(),
          expiresAt: pool.lastInvitation.expiresAt.toISOString(),
          answer: pool.lastInvitation.answer,
          answeredAt: pool.lastInvitation.answeredAt?.toISOString() ?? null,
        }
      : null,
    askAgainFrom: pool.askAgainFrom?.toISOString() ?? null,
  };
}
