import {
  combineScores,
  summariseStage,
  type StageSummary,
  type SubmittedScorecard,
} from '../../src/domain/decision';
import type { FocusAttribute, InterviewStage } from '../../src/domain/interview';
import { offerDeclineReasons, type OfferDeclineReason } from '../../src/domain/offers/offer-answer';
import type { RejectionReason, Stage } from '../../src/domain/pipeline';
import { ratings, type AttributeRating, type Rating } from '../../src/domain/scorecard';
import { builtInStageTemplates } from '../../src/domain/stage-template';
import type { VolumeJob, VolumeUser } from './company';
import type { Random } from './random';

export const day = 86_400_000;
const hour = 3_600_000;

export interface VolumeEvent {
  fromStage: Stage | null;
  toStage: Stage;
  at: Date;
  /** Null: the candidate acted (applied, withdrew or answered the offer in the portal). */
  actorId: string | null;
  rejectionReason: RejectionReason | null;
}

export interface VolumeInterview {
  stage: InterviewStage;
  startsAt: Date;
  durationMinutes: number;
  mode: 'online' | 'onsite';
  interviewerIds: string[];
  status: 'scheduled' | 'completed' | 'cancelled';
  createdAt: Date;
  createdBy: string;
}

export interface VolumeScorecard {
  stage: InterviewStage;
  interviewerId: string;
  ratings: AttributeRating[];
  recommendation: Rating;
  /** Null: a draft the interviewer never submitted. */
  submittedAt: Date | null;
  createdAt: Date;
}

export interface VolumeDecision {
  stage: InterviewStage;
  outcome: 'advance' | 'reject';
  scores: { summaries: Record<InterviewStage, StageSummary>; combined: unknown };
  decidedBy: string;
  at: Date;
}

/** The reasons a candidate names; "other" comes with free text, which volume data has none of. */
export const declineReasons = offerDeclineReasons.filter(
  (reason): reason is Exclude<OfferDeclineReason, 'other'> => reason !== 'other',
);

export interface VolumeOffer {
  status: 'draft' | 'sent' | 'accepted' | 'declined' | 'withdrawn';
  createdAt: Date;
  sentAt: Date | null;
  grossMonthlySalary: number;
  startDate: Date;
  expiresOn: Date;
  answer: {
    kind: 'accept' | 'decline';
    at: Date;
    declineReason: (typeof declineReasons)[number] | null;
  } | null;
  /** When HR withdrew the offer (position filled). */
  withdrawnAt: Date | null;
}

export interface ApplicationHistory {
  stage: Stage;
  hrGateCleared: boolean;
  stageEnteredAt: Date;
  events: VolumeEvent[];
  interviews: VolumeInterview[];
  scorecards: VolumeScorecard[];
  decisions: VolumeDecision[];
  offer: VolumeOffer | null;
}

export interface HistoryContext {
  job: VolumeJob;
  appliedAt: Date;
  now: Date;
  /** The candidate's fit for this job on a standard normal scale; both interviews see it, with noise. */
  quality: number;
  staff: ReadonlyMap<string, VolumeUser>;
}

const attributes: Record<InterviewStage, FocusAttribute[]> = {
  hr: builtInStageTemplates.hr.attributes,
  user: builtInStageTemplates.user.attributes,
};
export const stageWeights = {
  hr: builtInStageTemplates.hr.weight,
  user: builtInStageTemplates.user.weight,
};
const evidence = [
  'Jawaban terstruktur dengan contoh nyata.',
  'Contoh kurang spesifik, perlu digali lagi.',
  'Menjelaskan hasil dengan angka.',
  'Ragu-ragu saat ditanya detail.',
  'Pengalaman relevan dengan kebutuhan tim.',
];

/** A rating from a hidden score: below -1 strong no, below 0 no, below 1 yes, else strong yes. */
const toRating = (score: number): Rating =>
  ratings[score < -1 ? 0 : score < 0 ? 1 : score < 1 ? 2 : 3]!;

/**
 * One application's life from applying to its end (or to now): the moves with their dates and
 * reasons, the HR and user interviews with their panels' scorecards and decisions, and the offer.
 * Each step happens only if its date is not after `now`; otherwise the application waits there.
 */
export function applicationHistory(random: Random, context: HistoryContext): ApplicationHistory {
  const { job, now } = context;
  const history: ApplicationHistory = {
    stage: 'applied',
    hrGateCleared: false,
    stageEnteredAt: context.appliedAt,
    events: [
      {
        fromStage: null,
        toStage: 'applied',
        at: context.appliedAt,
        actorId: null,
        rejectionReason: null,
      },
    ],
    interviews: [],
    scorecards: [],
    decisions: [],
    offer: null,
  };
  const later = (from: Date, minDays: number, maxDays: number) =>
    new Date(from.getTime() + random.int(minDays, maxDays) * day + random.int(0, 8) * hour);
  /** Moves the application; false (and nothing recorded) when the date is still to come. */
  const move = (
    to: Stage,
    at: Date,
    actorId: string | null,
    reason: RejectionReason | null = null,
  ) => {
    if (at > now) return false;
    history.events.push({
      fromStage: history.stage,
      toStage: to,
      at,
      actorId,
      rejectionReason: reason,
    });
    history.stage = to;
    history.stageEnteredAt = at;
    return true;
  };
  /** A screening-style step: advance, reject with one of the reasons, or the candidate withdraws. */
  const step = (
    to: Stage,
    at: Date,
    odds: { advance: number; withdraw: number; reject: Partial<Record<RejectionReason, number>> },
  ): boolean => {
    const rejectTotal = Object.values(odds.reject).reduce((sum, p) => sum + (p ?? 0), 0);
    const outcome = random.weighted({
      advance: odds.advance,
      withdraw: odds.withdraw,
      reject: rejectTotal,
    });
    if (outcome === 'advance') return move(to, at, job.recruiterId);
    if (outcome === 'withdraw') move('withdrawn', at, null);
    else
      move(
        'rejected',
        at,
        job.recruiterId,
        random.weighted(odds.reject as Record<RejectionReason, number>),
      );
    return false;
  };

  const screeningAt = later(context.appliedAt, 0, 6);
  if (
    !step('cv_screening', screeningAt, {
      advance: 0.8,
      withdraw: 0.02,
      reject: { cv_not_matching: 0.18 },
    })
  )
    return history;
  if (
    !step('hr_interview', later(screeningAt, 1, 9), {
      advance: 0.34,
      withdraw: 0.05,
      reject: { cv_not_matching: 0.5, salary_mismatch: 0.07, position_filled: 0.04 },
    })
  )
    return history;

  const hr = interview(random, context, history, 'hr', [
    job.recruiterId,
    ...(random.chance(0.15) ? [pickOtherRecruiter()] : []),
  ]);
  if (!hr) return history;
  history.hrGateCleared = hr.outcome === 'advance';
  if (hr.outcome === 'reject') {
    move(
      'rejected',
      hr.at,
      job.recruiterId,
      random.weighted({ failed_hr_interview: 0.9, salary_mismatch: 0.06, no_response: 0.04 }),
    );
    return history;
  }
  if (job.testsEnabled) {
    if (!move('tests', hr.at, job.recruiterId)) return history;
    if (
      !step('user_interview', later(hr.at, 3, 10), {
        advance: 0.65,
        withdraw: 0.05,
        reject: { failed_tests: 0.3 },
      })
    )
      return history;
  } else if (!move('user_interview', hr.at, job.recruiterId)) return history;

  const panel = [job.managerId, ...(random.chance(0.4) ? [random.pick(job.interviewerIds)] : [])];
  const user = interview(random, context, history, 'user', panel);
  if (!user) return history;
  if (user.outcome === 'reject') {
    move(
      'rejected',
      user.at,
      job.managerId,
      random.weighted({ failed_user_interview: 0.88, position_filled: 0.12 }),
    );
    return history;
  }
  if (!move('offer', user.at, job.recruiterId)) return history;
  offer(random, context, history, move);
  return history;

  function pickOtherRecruiter(): string {
    const others = [...context.staff.values()].filter(
      (person) => person.role === 'recruiter' && person.id !== job.recruiterId,
    );
    return random.pick(others).id;
  }
}

/**
 * An interview stage: scheduled on entering it, held, each panel member's scorecard (a few late,
 * some never submitted), then the decision. Null when the candidate withdrew before it or it has
 * not been decided yet (the application waits in the stage).
 */
function interview(
  random: Random,
  context: HistoryContext,
  history: ApplicationHistory,
  stage: InterviewStage,
  panelAsAsked: string[],
): { outcome: 'advance' | 'reject'; at: Date } | null {
  const { job, now } = context;
  const panel = [...new Set(panelAsAsked)];
  const entered = history.stageEnteredAt;
  const startsAt = new Date(
    Math.floor(entered.getTime() / day) * day +
      random.int(2, 8) * day +
      (2 + random.int(0, 7)) * hour, // 09:00-16:00 WIB
  );
  const record: VolumeInterview = {
    stage,
    startsAt,
    durationMinutes: stage === 'hr' ? 40 : 75,
    mode: random.chance(0.6) ? 'online' : 'onsite',
    interviewerIds: panel,
    status: 'scheduled',
    createdAt: new Date(entered.getTime() + random.int(1, 20) * hour),
    createdBy: job.recruiterId,
  };
  if (record.createdAt > now) return null;
  history.interviews.push(record);
  if (random.chance(stage === 'hr' ? 0.05 : 0.06)) {
    const at = new Date(entered.getTime() + (startsAt.getTime() - entered.getTime()) / 2);
    if (at > now) return null;
    record.status = 'cancelled';
    history.events.push({
      fromStage: history.stage,
      toStage: 'withdrawn',
      at,
      actorId: null,
      rejectionReason: null,
    });
    history.stage = 'withdrawn';
    history.stageEnteredAt = at;
    return null;
  }
  if (startsAt > now) return null;
  const heard = stage === 'hr' ? context.quality + random.normal(0, 0.7) : context.quality;
  const cards: SubmittedScorecard[] = [];
  let lastSubmitted = startsAt;
  for (const interviewerId of panel) {
    const bias = context.staff.get(interviewerId)?.leniency ?? 0;
    const seen = heard + bias + random.normal(0, 0.5);
    const cardRatings = attributes[stage].map((attribute, index) => ({
      attribute,
      rating: toRating(seen + random.normal(0, 0.6)),
      evidence: evidence[(index + Math.floor(Math.abs(seen) * 10)) % evidence.length]!,
    }));
    const recommendation = toRating(seen + random.normal(0, 0.3));
    const never = random.chance(0.03);
    const submittedAt = never
      ? null
      : new Date(
          startsAt.getTime() +
            (random.chance(0.08) ? random.int(4, 12) * day : random.int(1, 36) * hour),
        );
    const createdAt = new Date(startsAt.getTime() + record.durationMinutes * 60_000);
    if (createdAt > now) continue;
    const submitted = submittedAt && submittedAt <= now ? submittedAt : null;
    history.scorecards.push({
      stage,
      interviewerId,
      ratings: cardRatings,
      recommendation,
      submittedAt: submitted,
      createdAt,
    });
    if (submitted) {
      cards.push({ interviewerId, ratings: cardRatings, recommendation });
      if (submitted > lastSubmitted) lastSubmitted = submitted;
    }
  }
  if (cards.length === 0) return null;
  const at = new Date(lastSubmitted.getTime() + random.int(1, 40) * hour);
  if (at > now) return null;
  const summary = summariseStage(stage, attributes[stage], cards);
  const positive = (summary.recommendation ?? 0) >= 2.5;
  const strong = (summary.recommendation ?? 0) >= 3;
  const advance =
    stage === 'hr'
      ? positive
        ? random.chance(0.92)
        : random.chance(0.05)
      : strong
        ? random.chance(0.7)
        : positive
          ? random.chance(0.25)
          : random.chance(0.02);
  const outcome = advance ? 'advance' : 'reject';
  const hrDecision = history.decisions.find((d) => d.stage === 'hr');
  const summaries =
    stage === 'hr'
      ? { hr: summary, user: summariseStage('user', [], []) }
      : { hr: hrDecision?.scores.summaries.hr ?? summariseStage('hr', [], []), user: summary };
  record.status = 'completed';
  history.decisions.push({
    stage,
    outcome,
    scores: { summaries, combined: combineScores(summaries, stageWeights) },
    decidedBy: stage === 'hr' ? job.recruiterId : job.managerId,
    at,
  });
  return { outcome, at };
}

/** The offer: drafted on entering the stage, sent, then accepted (hired), declined or withdrawn. */
function offer(
  random: Random,
  context: HistoryContext,
  history: ApplicationHistory,
  move: (to: Stage, at: Date, actor: string | null, reason?: RejectionReason | null) => boolean,
): void {
  const { job, now } = context;
  const entered = history.stageEnteredAt;
  const [low, high] = job.salary;
  const salary =
    Math.round(
      (low + (high - low) * Math.min(1.15, Math.max(0, random.normal(0.5, 0.3)))) / 50_000,
    ) * 50_000;
  const sentAt = new Date(entered.getTime() + random.int(1, 3) * day);
  const record: VolumeOffer = {
    status: 'draft',
    createdAt: new Date(entered.getTime() + random.int(1, 20) * hour),
    sentAt: null,
    grossMonthlySalary: salary,
    startDate: new Date(Math.floor(sentAt.getTime() / day) * day + random.int(14, 45) * day),
    expiresOn: new Date(Math.floor(sentAt.getTime() / day) * day + 7 * day),
    answer: null,
    withdrawnAt: null,
  };
  if (record.createdAt > now) return;
  history.offer = record;
  if (sentAt > now) return;
  record.sentAt = sentAt;
  record.status = 'sent';
  const answeredAt = new Date(sentAt.getTime() + random.int(1, 7) * day - random.int(0, 20) * hour);
  const outcome = random.weighted({ accept: 0.75, decline: 0.2, withdraw: 0.05 });
  if (answeredAt > now) return;
  if (outcome === 'withdraw') {
    record.status = 'withdrawn';
    record.withdrawnAt = answeredAt;
    move('rejected', answeredAt, job.recruiterId, 'position_filled');
    return;
  }
  if (outcome === 'accept') {
    record.status = 'accepted';
    record.answer = { kind: 'accept', at: answeredAt, declineReason: null };
    move('hired', answeredAt, null);
    return;
  }
  record.status = 'declined';
  record.answer = { kind: 'decline', at: answeredAt, declineReason: random.pick(declineReasons) };
  move('rejected', answeredAt, null, 'offer_declined');
}
