import type { Stage } from '../../../domain/pipeline';
import { settleInterviewsOnMove } from '../../../domain/scheduling/stage-left';
import { useApiQuery } from '../../api/queries';
import { useI18n } from '../../i18n/i18n';
import { useInterviewTime } from '../scheduling/interview-card';

/**
 * The booked interviews a move will call off, read from the server's list of the application's
 * interviews and settled by the same domain rule the server applies to the move: HR sees before
 * confirming that the candidate and the panel will be told.
 */
export function MoveCancelsInterviews({
  applicationId,
  toStage,
}: {
  applicationId: string;
  toStage: Stage;
}) {
  const { t } = useI18n();
  const when = useInterviewTime();
  const { data } = useApiQuery('/api/applications/{applicationId}/interviews', {
    path: { applicationId },
  });
  if (!data) return null;
  const booked = data.interviews.map((i) => ({ ...i, startsAt: new Date(i.startsAt) }));
  const calledOff = settleInterviewsOnMove(toStage, booked, new Date())
    .filter((settled) => settled.settlement !== 'completed')
    .flatMap((settled) => data.interviews.filter((i) => i.id === settled.interviewId));
  if (calledOff.length === 0) return null;
  return (
    <div className="notice notice--warning" role="note" data-testid="move-cancels-interviews">
      <p>{t('move.cancelsInterviews')}</p>
      <ul>
        {calledOff.map((interview) => (
          <li key={interview.id}>
            {t(`interview.${interview.stage}`)}: {when(interview.startsAt, interview.timeZone)}
          </li>
        ))}
      </ul>
    </div>
  );
}
