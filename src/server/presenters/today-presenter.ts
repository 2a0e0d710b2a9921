import type { Today as TodayResult } from '../../services/today/today-service';
import type { DuplicatePairApplication, DuplicatePairRow } from '../../db/queries/today';
import type { Today } from '../routes/today.schema';

const iso = (date: Date) => date.toISOString();

export function presentToday(today: TodayResult): Today {
  const agenda = <T extends { startsAt: Date }>(item: T) => ({
    ...item,
    startsAt: iso(item.startsAt),
  });
  const managed = <T extends { stageEnteredAt: Date; awaitsDecision: boolean }>({
    awaitsDecision: _decides,
    ...item
  }: T) => ({ ...item, stageEnteredAt: iso(item.stageEnteredAt) });
  return {
    ...today,
    interviews: today.interviews.map(agenda),
    otherInterviews: today.otherInterviews?.map(agenda) ?? null,
    scorecardsToSubmit: today.scorecardsToSubmit.map(agenda),
    scorecardsOverdue: today.scorecardsOverdue?.map(agenda) ?? null,
    decisionsWaiting: today.decisionsWaiting?.map(managed) ?? null,
    passedToYou: today.passedToYou?.map(managed) ?? null,
    rescheduleRequests:
      today.rescheduleRequests?.map((item) => ({ ...item, requestedAt: iso(item.requestedAt) })) ??
      null,
    newApplications:
      today.newApplications?.map((job) => ({
        ...job,
        firstArrivedAt: iso(job.firstArrivedAt),
      })) ?? null,
    duplicates: today.duplicates?.map(duplicatePair) ?? null,
    dataRequests: today.dataRequests?.map((item) => ({ ...item, dueAt: iso(item.dueAt) })) ?? null,
    userVerdicts:
      today.userVerdicts?.map((item) => ({ ...item, decidedAt: iso(item.decidedAt) })) ?? null,
    hrDecisions:
      today.hrDecisions?.map((item) => ({
        ...item,
        interviewEndsAt: item.interviewEndsAt && iso(item.interviewEndsAt),
      })) ?? null,
    startingSoon:
      today.startingSoon?.map((item) => ({
        ...item,
        acceptedAt: item.acceptedAt && iso(item.acceptedAt),
      })) ?? null,
  };
}

const applied = (list: DuplicatePairApplication[]) =>
  list.map((a) => ({ jobTitle: a.jobTitle, appliedAt: iso(new Date(a.appliedAt)) }));

function duplicatePair(pair: DuplicatePairRow) {
  return {
    ...pair,
    candidateCreatedAt: iso(pair.candidateCreatedAt),
    candidateApplications: applied(pair.candidateApplications),
    otherCreatedAt: iso(pair.otherCreatedAt),
    otherApplications: applied(pair.otherApplications),
  };
}
