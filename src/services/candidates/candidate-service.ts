import { findUserById } from '../../db/queries/users';
import type { MailSettings } from '../../config';
import type { OfferStanding } from '../../domain/permissions';
import { offerStandingsFrom } from '../offers/offer-context';
import { readCandidatePage } from './candidate-page-records';
import type { Database } from '../../db/database';
import { type ApplicationEventRow, type ApplicationRow } from '../../db/queries/applications';
import {
  findCandidate,
  insertCandidate,
  updateCandidate as writeCandidate,
  type CandidateFields,
  type CandidateRow,
} from '../../db/queries/candidates';
import {
  searchCandidates,
  type CandidateSearch,
  type CandidateSearchRow,
} from '../../db/queries/candidate-search';
import {
  askAgainFrom,
  invitationRefusal,
  needsTalentPoolConsent,
  talentPoolStanding,
  type InvitationRefusal,
  type TalentPoolStanding,
} from '../../domain/privacy/talent-pool';
import { type TalentPoolInvitationRow } from '../../db/queries/talent-pool-invitations';
import type { ConsentRow } from '../../db/queries/consents';
import type { ApplicationContactRow } from '../../db/queries/whatsapp';
import type { RejectionToldRow } from '../../db/queries/untold-rejections';
import { whatsappRefusal, type WhatsappRefusal } from '../../domain/whatsapp';
import type { CvFileRow } from '../../db/queries/cv-files';
import {
  normaliseEmail,
  normaliseTags,
  sourceDetailOf,
  type CandidateSource,
} from '../../domain/candidate';
import { normaliseMobilePhone, readTypedPhone } from '../../domain/phone';
import type { Actor } from '../actor';
import {
  hasSubmittedOwn,
  mayReadHrNotes,
  panelScope,
  requireCandidateAccess,
  requireHr,
  shownContact,
  standingIn,
  teamScope,
  type ContactShown,
} from '../access-policy';
import { salaryAbilities, type SalaryAbilities } from '../../domain/permissions';
import { isHr } from '../../domain/roles';
import { loadInterviewContext } from '../interviews/interview-context';
import { applyToJob } from '../pipeline/apply-to-job';
import { recordAudit } from '../audit-log/audit-service';
import { companyNameOf } from '../brand/brand-service';
import { tellAddedCandidate } from '../privacy/added-by-hr-notice';
import { anonymisationDateFrom } from '../privacy/retention-service';
import { NotFound, valueOrInvalid } from '../errors';
import { refuseStaleEdit } from '../stale-edit';

export interface CandidateInput {
  fullName: string;
  email: string;
  phone?: string | null | undefined;
  source: CandidateSource;
  tags: string[];
  notes: string;
  /** Left as it is when not given (the form for adding by hand may not ask). */
  city?: string | null | undefined;
  /** Which 'other' source, or who referred a 'referral'; left out of an edit: kept. */
  sourceDetail?: string | null | undefined;
}

export interface CandidateDetail extends ContactShown<CandidateRow> {
  cvFiles: CvFileRow[];
  consents: ConsentRow[];
  /** The privacy notice e-mailed when HR entered or imported them: queued, and sent when. */
  privacyNotice: { queuedAt: Date; sentAt: Date | null } | undefined;
  /** When their data will be anonymised (every application ended), if it is due at all. */
  anonymiseAt: Date | undefined;
  talentPool: TalentPoolStanding & {
    consentNeededForOtherJobs: boolean;
    /** Why HR may not send an invitation now, if anything. */
    invitationRefusal: InvitationRefusal | undefined;
    /** HR's latest invitation, with the candidate's answer. */
    lastInvitation: TalentPoolInvitationRow | undefined;
    askAgainFrom: Date | undefined;
  };
  applications: (ApplicationRow & {
    jobTitle: string;
    jobStatus: string;
    history: ApplicationEventRow[];
    /** HR's WhatsApp chats about this application, newest first. */
    contacts: ApplicationContactRow[];
    /** HR told the candidate of a rejection by phone or in person (no e-mail), newest first. */
    rejectionsTold: RejectionToldRow[];
    /** Whether the reader sees and records the salary expectation of this application. */
    salary: SalaryAbilities;
    /** The reader as this application's offers see them (the `can.offers` flags). */
    offerStanding: OfferStanding;
  })[];
  /** HR's free-text notes are left out for this reader (see mayReadHrNotes). */
  notesWithheld: boolean;
  /** Why HR may not open a WhatsApp chat with the candidate, if anything. */
  whatsappRefusal: WhatsappRefusal | undefined;
}

export type CandidateQuery = Omit<CandidateSearch, 'memberId' | 'limit' | 'offset'> & {
  page: number;
  pageSize: number;
};

/** Finds candidates by words (ranked, with the matching CV passage) and filters. */
export async function listCandidates(
  db: Database,
  actor: Actor,
  query: CandidateQuery,
  /** An export reads far more than a page, without the matched passages. */
  reach: Pick<CandidateSearch, 'window' | 'withoutHeadlines'> = {},
): Promise<{
  rows: ContactShown<CandidateSearchRow>[];
  total: number;
  totalIsCapped: boolean;
}> {
  const { page, pageSize, text, ...filters } = query;
  // People type numbers as 0812…: search the number itself, in the form the index holds.
  const phone = text ? readTypedPhone(text)?.whole : undefined;
  const words = text?.trim() || undefined;
  const panelOnly = panelScope(actor);
  const found = await searchCandidates(db, {
    ...filters,
    memberId: teamScope(actor),
    panelOnly,
    text: phone ? phone.replace(/^\+62/, '0') : words,
    // An interviewer may not read contact details, so may not probe them by parts either.
    contactFragment: words && !panelOnly ? contactFragment(words) : undefined,
    tag: filters.tag?.trim().toLowerCase() || undefined,
    limit: pageSize,
    offset: (page - 1) * pageSize,
    ...reach,
    // The matched passage may come from HR's notes, which interviewers do not read.
    ...(panelOnly ? { withoutHeadlines: true } : {}),
  });
  return { ...found, rows: found.rows.map((row) => shownContact(actor, row)) };
}

export async function getCandidate(
  db: Database,
  actor: Actor,
  candidateId: string,
): Promise<CandidateDetail> {
  await requireCandidateAccess(db, actor, candidateId);
  const { candidate, applications, consents, invitations, events, contacts, teams, ...page } =
    await readCandidatePage(db, actor, candidateId);
  const ofApplication = <T extends { applicationId: string }>(rows: T[], id: string) =>
    rows.filter((row) => row.applicationId === id);
  const readsNotes = await readsHrNotesOf(db, actor, applications);
  const offerStandings = offerStandingsFrom(actor, applications, teams, page.offerSettings);
  return {
    ...shownContact(actor, candidate),
    notes: readsNotes ? candidate.notes : '',
    notesWithheld: !readsNotes,
    whatsappRefusal: whatsappRefusal({ ...candidate, consents }),
    cvFiles: page.cvFiles,
    consents,
    privacyNotice: page.privacyNotice,
    anonymiseAt: anonymisationDateFrom(page.retention.finished, page.retention.months),
    talentPool: {
      ...talentPoolStanding(consents),
      consentNeededForOtherJobs: needsTalentPoolConsent(consents),
      invitationRefusal: invitationRefusal(consents, invitations, new Date()),
      lastInvitation: invitations[0],
      askAgainFrom: askAgainFrom(invitations),
    },
    applications: applications.map((application) => ({
      ...application,
      salary: salaryAbilities(
        standingIn(
          actor,
          teams.filter((member) => member.jobId === application.jobId),
        ),
        application.stage,
      ),
      offerStanding: offerStandings.get(application.id)!,
      contacts: ofApplication(contacts, application.id),
      rejectionsTold: ofApplication(page.rejectionsTold, application.id),
      history: events
        .filter((event) => event.applicationId === application.id)
        .map((event) =>
          readsNotes ? event : { ...event, note: null, verdictOverrideReason: null },
        ),
    })),
  };
}

/** HR, or the hiring manager of one of the candidate's jobs once free of the blind rule. */
async function readsHrNotesOf(
  db: Database,
  actor: Actor,
  applications: readonly ApplicationRow[],
): Promise<boolean> {
  if (isHr(actor.role)) return true;
  for (const application of applications) {
    const context = await loadInterviewContext(db, actor, application.id);
    // The context has read the application's scorecards already: no second read for one stage.
    const userCards = context.cards.filter((card) => card.stage === 'user');
    const submittedOwnUser = hasSubmittedOwn(actor, userCards);
    const reads = mayReadHrNotes(actor, {
      isJobHiringManager: context.isJobHiringManager,
      onUserPanel: context.onPanel.user,
      submittedOwnUser,
    });
    if (reads) return true;
  }
  return false;
}

/** Adds a candidate by hand and, in the same transaction, applies them to the chosen jobs. */
export async function createCandidate(
  db: Database,
  mail: MailSettings,
  actor: Actor,
  input: CandidateInput & {
    jobIds: string[];
    tellCandidate: boolean;
  },
): Promise<CandidateDetail> {
  requireHr(actor);
  const fields = cleanFields(input);
  const id = await db.transaction(async (tx) => {
    const candidateId = await insertCandidate(tx, { ...fields, createdBy: actor.id });
    // Told as imported candidates are (HR entered their details), in this transaction.
    if (input.tellCandidate) {
      await tellAddedCandidate(
        tx,
        await companyNameOf(tx, mail),
        { id: candidateId, ...fields },
        await findUserById(tx, actor.id),
      );
    }
    await recordAudit(tx, {
      actor,
      action: 'candidate.created',
      entityId: candidateId,
      candidateId,
    });
    for (const [index, jobId] of input.jobIds.entries()) {
      // A repeated job is applied once; problems name the position the user gave.
      if (input.jobIds.indexOf(jobId) !== index) continue;
      await applyToJob(tx, mail, actor, { candidateId, jobId }, `jobIds.${index}`);
    }
    return candidateId;
  });
  return getCandidate(db, actor, id);
}

export async function updateCandidate(
  db: Database,
  actor: Actor,
  candidateId: string,
  input: CandidateInput & { expectedUpdatedAt?: string | undefined },
): Promise<CandidateDetail> {
  requireHr(actor);
  const fields = cleanFields(input);
  await db.transaction(async (tx) => {
    // Locked: a second save waits here and then finds this one's change.
    const before = await findCandidate(tx, candidateId, { forUpdate: true });
    if (!before) throw new NotFound('Candidate');
    await refuseStaleEdit(tx, {
      path: 'expectedUpdatedAt',
      expected: input.expectedUpdatedAt,
      current: before.updatedAt,
      entityId: candidateId,
      actions: ['candidate.updated'],
    });
    await writeCandidate(tx, candidateId, fields);
    // Which fields changed, never their values: the log must not copy personal data.
    const changed = (Object.keys(fields) as (keyof CandidateFields)[]).filter(
      (field) => JSON.stringify(fields[field]) !== JSON.stringify(before[field]),
    );
    await recordAudit(tx, {
      actor,
      action: 'candidate.updated',
      entityId: candidateId,
      candidateId,
      detail: { fields: changed },
    });
  });
  return getCandidate(db, actor, candidateId);
}

function cleanFields(input: CandidateInput): CandidateFields {
  const phone = input.phone?.trim() ? valueOrInvalid(normaliseMobilePhone(input.phone)) : null;
  return {
    fullName: input.fullName.trim().replace(/\s+/g, ' '),
    email: normaliseEmail(input.email),
    phone,
    source: input.source,
    tags: normaliseTags(input.tags),
    notes: input.notes.trim(),
    city: input.city === undefined ? undefined : input.city?.trim().replace(/\s+/g, ' ') || null,
    // Left out (an edit from an older client): the stored words stay while the source does.
    sourceDetail:
      input.sourceDetail === undefined
        ? undefined
        : valueOrInvalid(sourceDetailOf(input.source, input.sourceDetail)),
  };
}

/**
 * What of an e-mail address, phone number or referrer's name the search may be part of: e-mail
 * searches and the placeholder invite "gmail", "budi.santoso", "0812", which words in the
 * full-text index cannot find. One word of three characters or more may be part of an address
 * (trigrams need three); digits, typed with or without 0, 62 or +62 in front, may be part of the
 * number's digits after its +62 ("0812", "812" and "+62 812" all find +62812…); typed with 0, 62
 * or +62 they are the number's start, bare they may be anywhere in it. Text of three characters
 * or more may be part of the name of who referred a candidate ("Budi" finds Budi's referrals).
 */
export function contactFragment(
  text: string,
):
  | { email?: string; phoneDigits?: string; phoneFromStart?: boolean; referrer?: string }
  | undefined {
  const typed = text.trim();
  const phone = readTypedPhone(typed);
  if (phone) {
    // "0812" or "+62 812" is how a number begins: it must not match "…878 1234…" mid-number.
    return phone.digits.length >= 3
      ? { phoneDigits: phone.digits, phoneFromStart: phone.fromStart }
      : undefined;
  }
  if (typed.length < 3) return undefined;
  const referrer = typed.toLowerCase().replace(/\s+/g, ' ');
  return /\s/.test(typed) ? { referrer } : { email: typed.toLowerCase(), referrer };
}
