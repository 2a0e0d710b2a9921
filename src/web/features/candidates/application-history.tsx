type Contact = CandidateDetail['applications'][number]['contacts'][number];
type RejectionTold = CandidateDetail['applications'][number]['rejectionsTold'][number];
import { jakartaDate } from '../../../domain/today';
import { useI18n } from '../../i18n/i18n';
import type { ApiSchema } from '../../api/client';

type ApplicationEvent = ApiSchema<'CandidateDetail'>['applications'][number]['history'][number];
type CandidateDetail = ApiSchema<'CandidateDetail'>;

/**
 * The day the person applied, for an application an import wrote (the server says which event
 * that was) from a file giving an earlier day: a day with no time, by no one in Seleksi.
 */
function appliedBeforeImport(appliedAt: string | undefined, events: ApplicationEvent[]) {
  const imported = events.find((event) => event.imported);
  if (!appliedAt || !imported) return undefined;
  const day = jakartaDate(new Date(appliedAt));
  return day < jakartaDate(new Date(imported.at)) ? day : undefined;
}

/**
 * Every move of one application (who, when, from where to where, why), HR's WhatsApp chats, and
 * a rejection HR told by phone or in person (who and when: no e-mail shows it otherwise). An
 * imported application says the day the person applied and, apart, who imported it and when.
 */
export function ApplicationHistory({
  events,
  appliedAt,
  contacts = [],
  rejectionsTold = [],
}: {
  events: ApplicationEvent[];
  appliedAt?: string;
  contacts?: Contact[];
  rejectionsTold?: RejectionTold[];
}) {
  const { t, date, dateTime } = useI18n();
  const applied = appliedBeforeImport(appliedAt, events);
  const entries = [
    ...events.map((event) => ({ at: event.at, event, contact: undefined, told: undefined })),
    ...contacts.map((contact) => ({ at: contact.at, event: undefined, contact, told: undefined })),
    ...rejectionsTold.map((told) => ({ at: told.at, event: undefined, contact: undefined, told })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  const count = entries.length + (applied ? 1 : 0);
  return (
    <details className="history" open={count <= 4}>
      <summary>
        {t('candidate.history')} ({count})
      </summary>
      <ol>
        {entries.map(({ event, contact, told }) => {
          if (told) {
            return (
              <li key={told.id} data-testid="history-rejection-told">
                <time dateTime={told.at}>{dateTime(told.at)}</time>
                <span>
                  {t(`history.rejectionTold.${told.how}`, {
                    actor: told.actorName ?? t('history.system'),
                  })}
                </span>
              </li>
            );
          }
          if (contact) {
            return (
              <li key={contact.id} data-testid="history-whatsapp">
                <time dateTime={contact.at}>{dateTime(contact.at)}</time>
                <span>
                  {t('history.whatsapp', {
                    actor: contact.actorName ?? t('history.system'),
                    purpose: t(`whatsapp.purpose.${contact.purpose}`),
                  })}
                </span>
              </li>
            );
          }
          if (!event) return null;
          return (
            <li key={event.id}>
              <time dateTime={event.at}>{dateTime(event.at)}</time>
              <span>
                {event.imported
                  ? t('history.imported', { actor: event.actorName ?? t('history.system') })
                  : eventText(event, t, date)}
              </span>
              {event.rejectionReason && !event.offerAnswer && (
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
        {applied && (
          <li data-testid="history-applied-on">
            <time dateTime={applied}>{date(applied)}</time>
            <span>{t('history.appliedOn')}</span>
          </li>
        )}
      </ol>
    </details>
  );
}

type I18n = ReturnType<typeof useI18n>;

/** The candidate's own answer to the offer reads as theirs, not as a move the system made. */
function eventText(event: ApplicationEvent, t: I18n['t'], date: I18n['date']): string {
  const actor = event.actorName ?? t('history.system');
  if (event.offerAnswer === 'accepted') {
    return event.startDate
      ? t('history.offerAccepted', { date: date(event.startDate) })
      : t('history.offerAcceptedNoDate');
  }
  if (event.offerAnswer === 'declined') return t('history.offerDeclined');
  // No one on staff added it: the candidate applied on the careers page (the only such start).
  if (!event.fromStage && !event.actorName) return t('history.appliedOnCareers');
  if (!event.fromStage) return t('history.applied', { actor });
  return t('history.moved', {
    actor,
    from: t(`stage.${event.fromStage}`),
    to: t(`stage.${event.toStage}`),
  });
}
