import type { ApplicationEvent } from '../../../server/routes/applications.schema';
import { useI18n } from '../../i18n/i18n';

/** Every move of one application: who, when, from where to where, and why. */
export function ApplicationHistory({ events }: { events: ApplicationEvent[] }) {
  const { t, dateTime } = useI18n();
  return (
    <details className="history" open={events.length <= 4}>
      <summary>
        {t('candidate.history')} ({events.length})
      </summary>
      <ol>
        {events.map((event) => {
          const actor = event.actorName ?? t('history.system');
          return (
            <li key={event.id}>
              <time dateTime={event.at}>{dateTime(event.at)}</time>
              <span>
                {event.fromStage
                  ? t('history.moved', {
                      actor,
                      from: t(`stage.${event.fromStage}`),
                      to: t(`stage.${event.toStage}`),
                    })
                  : t('history.applied', { actor })}
              </span>
              {event.rejectionReason && (
                <span className="history__reason">{t(`rejection.${event.rejectionReason}`)}</span>
              )}
              {event.overrodeHrGate && (
                <span className="history__override">{t('history.override')}</span>
              )}
              {event.verdictOverrideReason && (
                <span className="history__override">
                  {t('history.verdictOverride', { reason: event.verdictOverrideReason })}
                </span>
              )}
              {event.note && <q className="history__note">{event.note}</q>}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
