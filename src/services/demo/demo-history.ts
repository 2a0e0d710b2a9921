import type { InterviewStage } from '../../domain/interview';
import { normaliseIndonesianPhone } from '../../domain/phone';
import type { RejectionReason } from '../../domain/pipeline';
import { valueOrInvalid } from '../errors';
import { seedApplication } from './demo-application';
import type { DemoBooking } from './demo-bookings';
import { firstNames, lastNames, type DemoCandidate } from './demo-company';
import { demoCities, type CvFacts } from './demo-cvs';
import { seedDemoOffer, type DemoOfferStory } from './demo-offers';
import { newId, type DemoRows } from './demo-rows';

const day = 24 * 60 * 60 * 1000;

/** An open job as the history needs it: who runs it, its band, whether it has tests. */
export interface HistoryJob {
  id: string;
  /** The demo job's key (which CV wording fits it). */
  key: string;
  title: string;
  city: string;
  testsEnabled: boolean;
  salaryMin: number | null;
  salaryMax: number | null;
  panel: Record<InterviewStage, string[]>;
  deciders: Record<InterviewStage, string>;
}

/**
 * How one past application ended. `offer` stories go through the Offer stage with an offer in the
 * offer tables: accepted (Hired), declined (Rejected "offer declined"), or still open today.
 */
type Ending =
  | { target: string; rejectionReason?: RejectionReason; withdrawalNote?: string }
  | { target: 'hired' | 'rejected@offer' | 'offer'; offer: DemoOfferStory };

/**
 * The endings, in the order they are dealt to past applicants: most are screened out or leave at
 * an interview, a few reach the offer. The HR interview passes some whom the user then rejects
 * (what the HR-vs-user agreement report is about).
 */
const endings: Ending[] = [
  { target: 'rejected@cv_screening', rejectionReason: 'cv_not_matching' },
  { target: 'rejected@hr_interview' },
  { target: 'hired', offer: { answer: 'accept' } },
  { target: 'rejected@user_interview' },
  { target: 'rejected@cv_screening', rejectionReason: 'cv_not_matching' },
  { target: 'withdrawn@hr_interview', withdrawalNote: 'Memilih melanjutkan studi S2.' },
  { target: 'rejected@hr_interview', rejectionReason: 'salary_mismatch' },
  { target: 'rejected@offer', offer: { answer: 'decline', declineReason: 'salary' } },
  { target: 'rejected@user_interview' },
  { target: 'rejected@tests', rejectionReason: 'failed_tests' },
  { target: 'hired', offer: { answer: 'accept', counter: true } },
  { target: 'rejected@cv_screening', rejectionReason: 'no_response' },
  { target: 'withdrawn@cv_screening', withdrawalNote: 'Sudah diterima di perusahaan lain.' },
  { target: 'rejected@user_interview' },
  { target: 'hired', offer: { answer: 'accept', aboveBand: true } },
  { target: 'rejected@hr_interview' },
  {
    target: 'rejected@offer',
    offer: { answer: 'decline', declineReason: 'accepted_other_offer', counter: true },
  },
  { target: 'withdrawn@user_interview', withdrawalNote: 'Lokasi kantor terlalu jauh.' },
  { target: 'rejected@cv_screening', rejectionReason: 'position_filled' },
  { target: 'hired', offer: { answer: 'accept' } },
];

/** Offers still under way today, on applicants who reached the offer in the last weeks. */
const openOffers: DemoOfferStory[] = [
  { answer: null },
  { answer: 'counter' },
  { answer: null, aboveBand: true, approval: 'pending' },
];

const historyCandidates = 44;
const historyMonths = 6;

/**
 * Six months of past hiring at the demo company, so the reports show something real: applicants
 * from every source arriving month by month, screened, interviewed (scorecards and decisions),
 * rejected with reasons, withdrawing, and offers sent, countered, accepted and declined. Written
 * as rows of the same tables the pipeline, the interviews and the offers write (added to `rows`);
 * deterministic (no randomness but the ids) and relative to `now`, so it never goes stale.
 */
export function seedDemoHistory(
  rows: DemoRows,
  history: { jobs: HistoryJob[]; hrId: string; now: Date; bookings: DemoBooking[] },
): HistoryApplicant[] {
  const { jobs, hrId, now, bookings } = history;
  const applicants: HistoryApplicant[] = [];
  const total = historyCandidates + openOffers.length;
  for (let index = 0; index < total; index++) {
    const opening = index >= historyCandidates ? openOffers[index - historyCandidates]! : null;
    const job = opening
      ? jobs.find((candidate) => candidate.salaryMax !== null)!
      : jobs[index % jobs.length]!;
    const candidate = historyCandidate(index);
    const candidateId = newId();
    rows.candidates.push({ id: candidateId, ...candidate });
    applicants.push({ candidateId, ...candidate, jobKey: job.key, variant: index });
    // Spread over the months, oldest first; the offers still open started three to four weeks ago.
    const startedDaysAgo = opening
      ? 24 + index - historyCandidates
      : 30 + Math.round(((historyCandidates - 1 - index) * (historyMonths * 30 - 35)) / total);
    const ending: Ending = opening
      ? { target: 'offer', offer: opening }
      : endings[index % endings.length]!;
    const { id, steps } = seedApplication(rows, {
      candidateId,
      jobId: job.id,
      testsEnabled: job.testsEnabled,
      target:
        ending.target === 'rejected@tests' && !job.testsEnabled
          ? 'rejected@user_interview'
          : ending.target,
      actorId: hrId,
      startedAt: new Date(now.getTime() - startedDaysAgo * day),
      now,
      panel: job.panel,
      deciders: job.deciders,
      variant: index,
      bookings,
      // Screening takes days, interviews a week or two to arrange, an offer a few days.
      stepDays: (step) => 2 + ((index * 3 + step * 5) % 8),
      ...reasonsOf(ending, job),
    });
    if (!('offer' in ending)) continue;
    const reachedOffer = steps.find((step) => step.to === 'offer')!.at;
    const answeredAt = steps.at(-1)!.to === 'offer' ? null : steps.at(-1)!.at;
    seedDemoOffer(rows, {
      applicationId: id,
      candidateName: candidate.fullName,
      job,
      story: ending.offer,
      reachedOffer,
      answeredAt,
      hrId,
      variant: index,
      now,
    });
  }
  return applicants;
}

/** A past applicant, for their CV: who, where, and the job they applied to. */
export interface HistoryApplicant extends CvFacts {
  candidateId: string;
}

/** Why the application ended as it did: the seed's reason, or "offer declined" after a decline. */
function reasonsOf(
  ending: Ending,
  job: HistoryJob,
): { rejectionReason?: RejectionReason; withdrawalNote?: string } {
  if ('offer' in ending) {
    return ending.offer.answer === 'decline' ? { rejectionReason: 'offer_declined' } : {};
  }
  // A job without tests rejects at the user interview instead, for failing it.
  if (ending.rejectionReason === 'failed_tests' && !job.testsEnabled) return {};
  return {
    ...(ending.rejectionReason ? { rejectionReason: ending.rejectionReason } : {}),
    ...(ending.withdrawalNote ? { withdrawalNote: ending.withdrawalNote } : {}),
  };
}

const historySources: DemoCandidate['source'][] = [
  'jobstreet',
  'linkedin',
  'careers_page',
  'referral',
  'glints',
  'jobstreet',
  'kalibrr',
  'linkedin',
  'campus',
  'careers_page',
];

/** Invented past applicants: names recombined from the demo's lists, never one already used. */
function historyCandidate(index: number) {
  // (7i + 3) and (13i + 5) never meet mod 48, so no name equals a current demo candidate's.
  const first = firstNames[(index * 7 + 3) % firstNames.length]!;
  const last = lastNames[(index * 13 + 5) % lastNames.length]!;
  const phone = `08${String(57_100_000_00 + index * 3_137_771).slice(0, 10)}`;
  return {
    fullName: `${first} ${last}`,
    email: `${first}.${last}.${index + 1}@example.net`.toLowerCase(),
    phone: valueOrInvalid(normaliseIndonesianPhone(phone)),
    source: historySources[index % historySources.length]!,
    tags: [],
    notes: '',
    city: demoCities[(index * 5) % demoCities.length]!,
    createdBy: null,
  };
}
