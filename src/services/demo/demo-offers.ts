import type { ReplayedOffer } from '../../db/queries/offers';
import type { OfferDeclineReason } from '../../domain/offers/offer-answer';
import type { OfferStatus } from '../../domain/offers/offer-status';
import type { OfferTerms } from '../../domain/offers/offer-terms';
import { jakartaDate } from '../../domain/today';
import type { Queryable } from '../../db/database';
import { clientHash } from '../offers/answer-offer';
import { ensurePortalToken } from '../portal/portal-link-service';
import type { HistoryJob } from './demo-history';
import { newId, type DemoRows } from './demo-rows';

const hour = 60 * 60 * 1000;
const day = 24 * hour;

/** What happened to one demo offer. */
export interface DemoOfferStory {
  /** The candidate's last answer; null while the offer waits for one (or for approval). */
  answer: 'accept' | 'decline' | 'counter' | null;
  declineReason?: OfferDeclineReason;
  /** The candidate first asked for more, and HR answered with a revised version. */
  counter?: boolean;
  /** Above the job's band: the hiring manager approves it first. */
  aboveBand?: boolean;
  /** Still waiting for the approval. */
  approval?: 'pending';
}

/**
 * An offer as the offers feature leaves it: its versions, approvals, the candidate's answers and
 * HR's reply to a counter-proposal, with times inside the application's Offer stage, added to
 * `rows`. An accepted offer gives the hired application (already in `rows`) its start date.
 */
export function seedDemoOffer(
  rows: DemoRows,
  seed: {
    applicationId: string;
    candidateName: string;
    job: HistoryJob;
    story: DemoOfferStory;
    reachedOffer: Date;
    /** When the final accept or decline came (the application's last move); null if still open. */
    answeredAt: Date | null;
    hrId: string;
    variant: number;
    now: Date;
  },
): void {
  const { story, job, hrId } = seed;
  const end = seed.answeredAt ?? new Date(seed.now.getTime() - 2 * hour);
  const span = end.getTime() - seed.reachedOffer.getTime();
  const at = (share: number) => new Date(seed.reachedOffer.getTime() + span * share);
  const approverId = job.deciders.user;
  const offer: ReplayedOffer = {
    id: newId(),
    applicationId: seed.applicationId,
    status: 'draft',
    currentVersion: 1,
    sentAt: null,
    createdBy: hrId,
    createdAt: at(0.05),
    updatedAt: at(0.05),
  };
  rows.offers.push(offer);
  const offerId = offer.id;
  /** What the offers feature's status change does to the offer row. */
  const updateOfferStatus = (change: {
    status: ReplayedOffer['status'];
    currentVersion?: number;
    sent?: boolean;
    at: Date;
  }) => {
    offer.status = change.status;
    offer.currentVersion = change.currentVersion ?? offer.currentVersion;
    if (change.sent) offer.sentAt = change.at;
    offer.updatedAt = change.at;
  };
  const salary = firstSalary(job, seed.variant, story.aboveBand === true);
  const version = (number: number, gross: number, madeAt: Date) => {
    rows.offerVersions.push({
      offerId,
      version: number,
      terms: demoTerms(job, gross, madeAt, seed.answeredAt ?? seed.now),
      offerDate: jakartaDate(madeAt),
      reason: number === 1 ? 'draft' : 'counter_revision',
      createdBy: hrId,
      at: madeAt,
    });
    if (job.salaryMax !== null && gross > job.salaryMax && story.approval !== 'pending') {
      rows.offerApprovals.push({
        offerId,
        version: number,
        approverId,
        decision: 'approved',
        reason: 'Kandidat kuat; di atas rentang masih dalam anggaran tim.',
        at: new Date(madeAt.getTime() + 3 * hour),
      });
    }
  };
  version(1, salary, at(0.05));
  if (story.approval === 'pending') {
    updateOfferStatus({ status: 'awaiting_approval', at: at(0.1) });
    return;
  }
  updateOfferStatus({ status: 'sent', sent: true, at: at(0.2) });
  let current = { number: 1, gross: salary };
  if (story.counter || story.answer === 'counter') {
    const answerId = newId();
    rows.offerAnswers.push({
      id: answerId,
      offerId,
      version: 1,
      kind: 'counter',
      counterSalary: salary + 1_500_000,
      note: 'Saya berharap gaji pokok sedikit lebih tinggi, sesuai pengalaman saya.',
      at: at(0.4),
    });
    if (story.answer === 'counter') {
      updateOfferStatus({ status: 'countered', at: at(0.4) });
      return;
    }
    current = { number: 2, gross: salary + 750_000 };
    version(2, current.gross, at(0.55));
    rows.counterReplies.push({
      answerId,
      kind: 'revised',
      note: 'Kami naikkan gaji pokok; ini penawaran terbaik kami.',
      revisedVersion: 2,
      repliedBy: hrId,
      at: at(0.55),
    });
    updateOfferStatus({
      status: 'sent',
      currentVersion: 2,
      sent: true,
      at: at(0.65),
    });
  }
  if (story.answer === null) return;
  const answeredAt = new Date(end.getTime() - 2 * hour);
  rows.offerAnswers.push({
    id: newId(),
    offerId,
    version: current.number,
    ...(story.answer === 'accept'
      ? {
          kind: 'accept' as const,
          signedName: seed.candidateName,
          clientHash: clientHash(offerId, { ip: '203.0.113.10', userAgent: 'demo' }),
        }
      : { kind: 'decline' as const, declineReason: story.declineReason ?? 'other' }),
    at: answeredAt,
  });
  const status: OfferStatus = story.answer === 'accept' ? 'accepted' : 'declined';
  updateOfferStatus({ status, at: answeredAt });
  if (story.answer === 'accept') {
    const terms = demoTerms(job, current.gross, at(0.05), end);
    const hired = rows.applications.find((row) => row.id === seed.applicationId)!;
    hired.startDate = terms.startDate;
  }
}

/** Inside the band (spread over it), or a million above it; whole hundred thousands. */
function firstSalary(job: HistoryJob, variant: number, aboveBand: boolean): number {
  const min = job.salaryMin ?? 7_000_000;
  const max = job.salaryMax ?? 12_000_000;
  if (aboveBand) return max + 1_000_000;
  return min + Math.round(((max - min) * (variant % 4)) / 4 / 100_000) * 100_000;
}

/** The demo company's usual terms; the offer expires after the answer and work starts a month on. */
function demoTerms(job: HistoryJob, gross: number, madeAt: Date, answered: Date): OfferTerms {
  const expires = new Date(Math.max(madeAt.getTime() + 7 * day, answered.getTime() + 5 * day));
  return {
    jobTitle: job.title,
    contractType: 'pkwtt',
    contractMonths: null,
    probationMonths: 3,
    grossMonthlySalary: gross,
    allowances: [
      { name: 'Transport', monthlyAmount: 500_000 },
      { name: 'Makan', monthlyAmount: 600_000 },
    ],
    benefits: ['Asuransi kesehatan swasta'],
    thr: true,
    bpjsKesehatan: true,
    bpjsKetenagakerjaan: true,
    workingDays: 'Senin–Jumat',
    workingHours: '09.00–18.00 WIB',
    workLocation: job.city,
    workMode: 'hybrid',
    startDate: mondayFrom(jakartaDate(new Date(madeAt.getTime() + 35 * day))),
    expiresOn: jakartaDate(expires),
    note: '',
  };
}

/** The Monday on or after a date (YYYY-MM-DD): a new job starts at the beginning of a week. */
export function mondayFrom(date: string): string {
  const at = new Date(`${date}T00:00:00Z`);
  const daysToMonday = (8 - at.getUTCDay()) % 7;
  return new Date(at.getTime() + daysToMonday * day).toISOString().slice(0, 10);
}

/**
 * Every demo offer that was sent has the candidate's portal link, as sending a real one makes it
 * (its e-mail carries the link): without it the candidate could not answer in the portal.
 */
export async function giveSentOffersPortalLinks(tx: Queryable, rows: DemoRows): Promise<void> {
  for (const offer of rows.offers) {
    if (offer.sentAt) await ensurePortalToken(tx, offer.applicationId);
  }
}
