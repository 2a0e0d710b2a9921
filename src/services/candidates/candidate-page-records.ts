import type { Queryable } from '../../db/database';
import {
  applicationsOfCandidate,
  applicationsOfCandidateParams,
  eventsOfApplications,
  type ApplicationEventRow,
  type CandidateApplicationRow,
} from '../../db/queries/applications';
import { candidateById, type CandidateRow } from '../../db/queries/candidates';
import { consentsOfCandidate, type ConsentRow } from '../../db/queries/consents';
import { cvFilesOfCandidate, type CvFileRow } from '../../db/queries/cv-files';
import { privacyNoticeOf, type PrivacyNoticeRow } from '../../db/queries/email-messages';
import { teamMembersOf, type TeamMemberRow } from '../../db/queries/jobs';
import { offerSettingsOr, offerSettingsRead, type OfferSettingsRow } from '../../db/queries/offers';
import { part, readBundle } from '../../db/queries/read-bundle';
import {
  finishedCandidateById,
  retentionMonthsOr,
  retentionMonthsRead,
  type RetentionCandidateRow,
} from '../../db/queries/retention';
import {
  invitationsOfCandidate,
  type TalentPoolInvitationRow,
} from '../../db/queries/talent-pool-invitations';
import {
  rejectionsToldOfApplications,
  type RejectionToldRow,
} from '../../db/queries/untold-rejections';
import { contactsOfApplications, type ApplicationContactRow } from '../../db/queries/whatsapp';
import { panelScope, teamScope } from '../access-policy';
import type { Actor } from '../actor';
import { NotFound } from '../errors';

export interface CandidatePageRecords {
  candidate: CandidateRow;
  applications: CandidateApplicationRow[];
  consents: ConsentRow[];
  invitations: TalentPoolInvitationRow[];
  cvFiles: CvFileRow[];
  privacyNotice: PrivacyNoticeRow | undefined;
  events: ApplicationEventRow[];
  contacts: ApplicationContactRow[];
  rejectionsTold: RejectionToldRow[];
  teams: TeamMemberRow[];
  offerSettings: OfferSettingsRow;
  /** For when their data will be anonymised: the candidate if every application has ended. */
  retention: { finished: RetentionCandidateRow | undefined; months: number };
}

/**
 * What the candidate page shows, in two statements (it was ten, issue 19): what hangs on the
 * candidate, with the applications the actor reaches (by team and panel, as the list does) and
 * what its anonymisation date is worked out from, then what hangs on those applications. The caller has checked that the actor may open the candidate.
 */
export async function readCandidatePage(
  db: Queryable,
  actor: Actor,
  candidateId: string,
): Promise<CandidatePageRecords> {
  const own = [candidateId];
  const first = await readBundle(db, {
    candidate: part(candidateById, own),
    applications: part(
      applicationsOfCandidate,
      applicationsOfCandidateParams(candidateId, teamScope(actor), panelScope(actor)),
    ),
    consents: part(consentsOfCandidate, own),
    invitations: part(invitationsOfCandidate, own),
    cvFiles: part(cvFilesOfCandidate, own),
    privacyNotice: part(privacyNoticeOf, own),
    finished: part(finishedCandidateById, own),
    retentionMonths: part(retentionMonthsRead, []),
  });
  const { finished, retentionMonths, ...records } = first;
  const retention = { finished: finished[0], months: retentionMonthsOr(retentionMonths[0]) };
  const [candidate] = first.candidate;
  if (!candidate) throw new NotFound('Candidate');
  const { applications } = first;
  // A candidate with no application (the talent pool, an import without a job) has no events,
  // contacts, teams or offers to read.
  if (applications.length === 0)
    return {
      ...records,
      candidate,
      privacyNotice: first.privacyNotice[0],
      retention,
      events: [],
      contacts: [],
      rejectionsTold: [],
      teams: [],
      offerSettings: offerSettingsOr(undefined),
    };
  const ids = applications.map((application) => application.id);
  const second = await readBundle(db, {
    events: part(eventsOfApplications, [ids]),
    contacts: part(contactsOfApplications, [ids]),
    rejectionsTold: part(rejectionsToldOfApplications, [ids]),
    teams: part(teamMembersOf, [[...new Set(applications.map((a) => a.jobId))]]),
    offerSettings: part(offerSettingsRead, []),
  });
  return {
    ...records,
    ...second,
    candidate,
    privacyNotice: first.privacyNotice[0],
    retention,
    offerSettings: offerSettingsOr(second.offerSettings[0]),
  };
}
