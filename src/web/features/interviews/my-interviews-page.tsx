import { hasPassed } from '../../api/dates';
import { useInterviewTime } from '../scheduling/interview-card';
import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages-id';
import { Link } from '../../router';

/** An interviewer's to-do list: candidates at an interview they sit on, and their scorecard's state. */
export function MyInterviewsPage() {
  const when = useInterviewTime();
  const { t, date } = useI18n();
  const { data, error, refetch } = useApiQuery('/api/my-interviews', {});
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  return (
    <>
      <h1>{t('myInterviews.title')}</h1>
      {data.items.length === 0 && <p className="muted">{t('myInterviews.empty')}</p>}
      <ul className="candidate-list">
        {data.items.map((item) => (
          <li key={`${item.applicationId}-${item.interview}`} className="candidate-row">
            <Link
              href={`/applications/${item.applicationId}/interviews/${item.interview}`}
              className="candidate-row__name"
            >
              {item.candidateName}
            </Link>
            <span className="muted">
              {t(`interview.${item.interview}`)} · {item.jobTitle}
              {/* A booked interview shows its own time below; "since" is for time in the stage. */}
              {!item.scheduled && <> · {t('myInterviews.since', { date: date(item.since) })}</>}
            </span>
            {item.scheduled && (
              <strong className="candidate-row__when">
                {when(item.scheduled.startsAt, item.scheduled.timeZone)}
              </strong>
            )}
            <span>
              <span className={`pill pill--scorecard-${item.scorecard}`}>
                {t(scorecardLabel(item))}
              </span>
              {item.scorecardWait === 'overdue' && (
                <>
                  {' '}
                  <span className="pill pill--overdue" data-testid="scorecard-wait">
                    {t('interviews.scorecardWait.overdue')}
                  </span>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * What the scorecard pill says. Nothing to score yet reads as such: not booked, or booked ahead;
 * "not scored" only once the interview has begun, as Today counts it.
 */
function scorecardLabel(item: {
  scorecard: 'none' | 'draft' | 'submitted';
  scheduled: { startsAt: string } | null;
}): MessageKey {
  if (item.scorecard !== 'none') return `myInterviews.scorecard.${item.scorecard}`;
  if (!item.scheduled) return 'myInterviews.scorecard.notBooked';
  return !hasPassed(item.scheduled.startsAt)
    ? 'myInterviews.scorecard.afterInterview'
    : 'myInterviews.scorecard.none';
}
