import { recordedAfterwards } from '../../../domain/scheduling/held-interview';
import { defaultTimeZone, formatInterviewTime } from '../../../domain/scheduling/zoned-time';
import { fromApiInstant } from '../../api/dates';
import { useI18n } from '../../i18n/i18n';
import type { ApiSchema } from '../../api/client';

type InterviewOutput = ApiSchema<'Interview'>;

/**
 * The times the candidate proposed with their latest request for another time, while that
 * request stands (HR has not moved the interview since).
 */
export function proposedTimes(interview: InterviewOutput): string[] {
  if (interview.status !== 'scheduled' || interview.candidateResponse !== 'reschedule_requested') {
    return [];
  }
  const requests = interview.events.filter((event) => event.kind === 'reschedule_requested');
  const latest = requests.reduce<(typeof requests)[number] | undefined>(
    (last, event) => (!last || event.at > last.at ? event : last),
    undefined,
  );
  return latest?.proposedTimes ?? [];
}

/**
 * "Kamis, 3 Desember 2026 · 10.00 WIB" in the interview's own zone, and for staff (who read every
 * other time in Jakarta time) also in theirs when it differs: "11.00 WITA (10.00 WIB)". The
 * candidate's portal passes `null`: the candidate goes by the place's time.
 */
export function useInterviewTime(readerZone: string | null = defaultTimeZone) {
  const { locale } = useI18n();
  return (iso: string, timeZone: string) => {
    const { date, time } = formatInterviewTime(
      fromApiInstant(iso),
      timeZone,
      locale,
      readerZone ?? undefined,
    );
    return `${date} · ${time}`;
  };
}

export function InterviewCard({
  interview,
  people,
  actions,
}: {
  interview: InterviewOutput;
  people: { id: string; name: string }[];
  actions?: React.ReactNode;
}) {
  const { t, dateTime } = useI18n();
  const when = useInterviewTime();
  const names = interview.interviewerIds
    .map((id) => people.find((person) => person.id === id)?.name)
    .filter(Boolean)
    .join(', ');
  const cancelled = interview.status === 'cancelled';
  // A held interview reads as done even before the candidate leaves its stage. One whose time is
  // over with a scorecard missing (Today's rule) and none in reads "time passed", not done: nothing
  // says it took place, and HR may still move it. Either way the candidate's answer no longer matters.
  const over = interview.held || interview.scorecardWait !== null;
  const settled = interview.status !== 'scheduled' || over;
  // A no-show is off like a cancellation; its history says why, and so does its label.
  const noShow = cancelled && interview.events.some((event) => event.kind === 'no_show');
  // Scored while its booked time still runs: "scored" until the slot ends, then done.
  const status = noShow
    ? 'no_show'
    : interview.scored
      ? 'scored'
      : interview.held
        ? 'completed'
        : over
          ? 'over'
          : interview.status;
  return (
    <article
      className={`interview-card${cancelled ? ' interview-card--cancelled' : ''}`}
      data-testid="interview-card"
    >
      <header className="interview-card__head">
        <strong>{t(`interviews.stage.${interview.stage}`)}</strong>
        <span
          className={`pill pill--${cancelled ? 'rejected' : settled ? 'hired' : 'hr_interview'}`}
        >
          {t(`interviews.status.${status}`)}
        </span>
        {!settled && (
          <span
            className={`pill pill--response-${interview.candidateResponse}`}
            data-testid="candidate-response"
          >
            {t(`interviews.response.${interview.candidateResponse}`)}
          </span>
        )}
        {interview.scorecardWait && (
          <span
            className={`pill${interview.scorecardWait === 'overdue' ? ' pill--overdue' : ''}`}
            data-testid="scorecard-wait"
          >
            {t(`interviews.scorecardWait.${interview.scorecardWait}`)}
          </span>
        )}
      </header>
      <p className="interview-card__when">
        {when(interview.startsAt, interview.timeZone)} ·{' '}
        {t('interviews.minutes', { minutes: interview.durationMinutes })}
      </p>
      <p className="muted">
        {interview.mode === 'online' ? (
          <>
            {t('interviews.online')}
            {/* A held interview may be recorded without its link: then "Online" alone. */}
            {interview.meetingUrl && (
              <>
                : <a href={interview.meetingUrl}>{interview.meetingUrl}</a>
              </>
            )}
          </>
        ) : (
          [t('interviews.onsite'), interview.address, interview.room, interview.receptionContact]
            .filter(Boolean)
            .join(' · ')
        )}
      </p>
      {names && <p className="muted">{t('interviews.with', { names })}</p>}
      {actions}
      <details className="history">
        <summary>
          {t('interviews.history')} ({interview.events.length})
        </summary>
        <ol>
          {/* Newest first, like the application's history beside it (the API sends them oldest first). */}
          {[...interview.events].reverse().map((event) => {
            const actor = event.actorName ?? t('interviews.candidate');
            return (
              <li key={event.at + event.kind}>
                <time dateTime={event.at}>{dateTime(event.at)}</time>
                <span>
                  {t(`interviews.event.${recorded(event) ? 'recorded' : event.kind}`, {
                    actor,
                    from: event.previousStartsAt
                      ? when(event.previousStartsAt, interview.timeZone)
                      : '',
                  })}
                </span>
                {event.proposedTimes.length > 0 && (
                  <span>
                    {t('interviews.proposed', {
                      times: event.proposedTimes
                        .map((at) => when(at, interview.timeZone))
                        .join('; '),
                    })}
                  </span>
                )}
                {event.reason && <q className="history__note">{event.reason}</q>}
              </li>
            );
          })}
        </ol>
      </details>
    </article>
  );
}

/** A held interview recorded afterwards (a walk-in) says so in its history, not "scheduled". */
function recorded(event: InterviewOutput['events'][number]): boolean {
  const { kind, startsAt, at } = event;
  return recordedAfterwards({
    kind,
    startsAt: startsAt ? fromApiInstant(startsAt) : null,
    at: fromApiInstant(at),
  });
}
