import type { MailSettings } from '../../config';
import type { Database } from '../../db/database';
import { findCandidateContact } from '../../db/queries/candidate-contacts';
import {
  findSentOfferOfApplication,
  listOfferAnswers,
  type AnsweredOfferRow,
  type OfferAnswerRow,
} from '../../db/queries/offer-answers';
import type { Locale } from '../../domain/locale';
import { offerExpired, type PortalOfferState } from '../../domain/offers/offer-answer';
import { NotFound } from '../errors';
import { applicationOfToken } from '../portal/portal-link-service';
import { offerLetterOfVersion, type OfferLetterFile } from './offer-letter-of-version';

export type OfferTermsForCandidate = Omit<
  AnsweredOfferRow,
  | 'id'
  | 'applicationId'
  | 'status'
  | 'sentAt'
  | 'remindedForExpiry'
  | 'otherApplicationsClosedAt'
  | 'offerDate'
>;

export interface PortalOffer {
  id: string;
  state: PortalOfferState;
  /** The terms as sent; null while HR prepares a revised version (not yet the candidate's). */
  terms: OfferTermsForCandidate | null;
  /** The candidate's last answer and HR's reply to it, if any. */
  lastAnswer: OfferAnswerRow | null;
}

/** The offer behind the candidate's link, or null before one is sent. */
export async function openPortalOffer(db: Database, token: string): Promise<PortalOffer | null> {
  const application = await applicationOfToken(db, token);
  const offer = await findSentOfferOfApplication(db, application.id);
  if (!offer) return null;
  const answers = await listOfferAnswers(db, offer.id);
  const state = portalOfferState(offer, new Date());
  return {
    id: offer.id,
    state,
    terms: state === 'revising' ? null : termsOf(offer),
    lastAnswer: exchangeAboutVersion(answers, offer.version),
  };
}

/**
 * The candidate's last answer and HR's reply, only while they are about the version shown: once
 * HR has sent a newer version, "HR keeps the offer as it is" (a reply to the older one) would sit
 * above terms that did change.
 */
function exchangeAboutVersion(answers: OfferAnswerRow[], version: number): OfferAnswerRow | null {
  const last = answers.at(-1);
  return last && last.version === version ? last : null;
}

/**
 * The letter of the offer the portal shows, in the language the portal is read in (the candidate's
 * saved one by default): the terms of the version they are answering. None while HR prepares a
 * revision (that version is not yet theirs).
 */
export async function portalOfferLetter(
  db: Database,
  mail: MailSettings,
  token: string,
  locale?: Locale,
): Promise<OfferLetterFile> {
  const application = await applicationOfToken(db, token);
  const offer = await findSentOfferOfApplication(db, application.id);
  if (!offer || portalOfferState(offer, new Date()) === 'revising') {
    throw new NotFound('Offer letter');
  }
  const candidate = (await findCandidateContact(db, application.candidateId))!;
  return offerLetterOfVersion(db, mail, offer, {
    ...candidate,
    locale: locale ?? candidate.locale,
  });
}

function termsOf(offer: AnsweredOfferRow): OfferTermsForCandidate {
  return {
    version: offer.version,
    jobTitle: offer.jobTitle,
    contractType: offer.contractType,
    contractMonths: offer.contractMonths,
    probationMonths: offer.probationMonths,
    grossMonthlySalary: offer.grossMonthlySalary,
    allowances: offer.allowances,
    benefits: offer.benefits,
    thr: offer.thr,
    bpjsKesehatan: offer.bpjsKesehatan,
    bpjsKetenagakerjaan: offer.bpjsKetenagakerjaan,
    workingDays: offer.workingDays,
    workingHours: offer.workingHours,
    workLocation: offer.workLocation,
    workMode: offer.workMode,
    startDate: offer.startDate,
    expiresOn: offer.expiresOn,
    note: offer.note,
  };
}

function portalOfferState(offer: AnsweredOfferRow, now: Date): PortalOfferState {
  switch (offer.status) {
    case 'sent':
      return offerExpired(offer.expiresOn, now) ? 'expired' : 'open';
    case 'countered':
      return 'awaiting_reply';
    case 'accepted':
    case 'declined':
    case 'withdrawn':
      return offer.status;
    default:
      return 'revising';
  }
}
