import { fromApiInstant } from '../../api/dates';
import { useCallback, useEffect } from 'react';
import type { Stage } from '../../../domain/pipeline';
import { settleInterviewsOnMove, type Settlement } from '../../../domain/scheduling/stage-left';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { useInterviewTime } from '../scheduling/interview-card';

/**
 * The e-mail the candidate gets for an interview the move calls off (the server's choice in
 * interview-notifications): a rejection told by its own e-mail closes it, one untold calls it off.
 */
function candidateEmailOf(settlement: Exclude<Settlement, 'completed'>, endingTold: boolean) {
  if (settlement === 'skipped') return 'template.interview_not_needed' as const;
  if (settlement === 'cancelled') return 'template.cancellation' as const;
  if (settlement === 'rejected' && !endingTold) return 'template.interview_called_off' as const;
  return 'template.interview_closed' as const;
}

/**
 * The booked interviews a move will call off, read from the server's list of the application's
 * interviews and settled by the same domain rule the server applies to the move: HR sees before
 * confirming that the candidate and the panel will be told.
 */
export function MoveCancelsInterviews({
  applicationId,
  toStage,
  endingTold = false,
}: {
  applicationId: string;
  toStage: Stage;
  /** A rejection e-mail goes with the move. */
  endingTold?: boolean | undefined;
}) {
  const { t } = useI18n();
  const when = useInterviewTime();
  const { data } = useApiQuery('/api/applications/{applicationId}/interviews', {
    path: { applicationId },
  });
  if (!data) return null;
  const booked = data.interviews.map((i) => ({ ...i, startsAt: fromApiInstant(i.startsAt) }));
  const calledOff = settleInterviewsOnMove(toStage, booked, new Date()).flatMap(
    ({ interviewId, settlement }) =>
      settlement === 'completed'
        ? []
        : data.interviews
            .filter((i) => i.id === interviewId)
            .map((i) => ({ ...i, email: candidateEmailOf(settlement, endingTold) })),
  );
  if (calledOff.length === 0) return null;
  return (
    <div className="notice notice--warning" role="note" data-testid="move-cancels-interviews">
      <p>{t('move.cancelsInterviews')}</p>
      <ul>
        {calledOff.map((interview) => (
          <li key={interview.id}>
            {t(`interview.${interview.stage}`)}: {when(interview.startsAt, interview.timeZone)} —{' '}
            {t('move.candidateEmail', { template: t(interview.email) })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The booked interviews a bulk move or rejection will call off, each with whose it is: the server
 * settles them by the rule the move applies (nothing changes by asking), so HR sees before
 * confirming which candidates and panels are told.
 */
export function BulkMoveCancelsInterviews({
  jobId,
  applicationIds,
  names,
  toStage,
  endingTold = false,
}: {
  jobId: string;
  applicationIds: readonly string[];
  /** The chosen candidates' names, in the order of `applicationIds`. */
  names: readonly string[];
  toStage: Stage;
  /** A rejection e-mail goes with the move. */
  endingTold?: boolean | undefined;
}) {
  const { t } = useI18n();
  const when = useInterviewTime();
  const preview = useApiMutation('post', '/api/jobs/{jobId}/interviews-called-off');
  const { mutate } = preview;
  const ids = applicationIds.join(',');
  const ask = useCallback(
    () => mutate({ path: { jobId }, body: { applicationIds: ids.split(','), toStage } }),
    [mutate, jobId, ids, toStage],
  );
  useEffect(ask, [ask]);
  if (preview.error) return <LoadError error={preview.error} retry={ask} backToToday={false} />;
  if (!preview.data) return <p className="muted">{t('common.loading')}</p>;
  if (preview.data.interviews.length === 0) return null;
  const nameOf = (applicationId: string) => names[applicationIds.indexOf(applicationId)] ?? '';
  return (
    <div className="notice notice--warning" role="note" data-testid="move-cancels-interviews">
      <p>{t('move.bulkCancelsInterviews')}</p>
      <ul>
        {preview.data.interviews.map((interview) => (
          <li key={interview.interviewId}>
            <strong>{nameOf(interview.applicationId)}</strong>
            {` — ${t(`interview.${interview.stage}`)}: ${when(interview.startsAt, interview.timeZone)}`}
            {` — ${t('move.candidateEmail', { template: t(candidateEmailOf(interview.settlement, endingTold)) })}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
