import { activeStages, interviewingStages, type ActiveStage } from '../../../domain/pipeline';
import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate } from '../../router';
import { WaitingItem } from './today-page';

type WaitingList = 'too_long' | 'to_book';

/** One of Today's waiting lists in full, for HR, filtered by stage; the address keeps the filter. */
export function WaitingPage(props: { list: string | null; stage: string | null }) {
  const { t } = useI18n();
  const list: WaitingList = props.list === 'to_book' ? 'to_book' : 'too_long';
  const stage = activeStages.find((value) => value === props.stage);
  const { data, error, refetch } = useApiQuery('/api/today/waiting', {
    query: { list, ...(stage ? { stage } : {}) },
  });
  const stages: readonly ActiveStage[] = list === 'to_book' ? interviewingStages : activeStages;
  const show = (next: string) =>
    navigate(`/today/waiting?list=${list}${next ? `&stage=${next}` : ''}`);
  return (
    <div className="today">
      <p>
        <Link href="/">{t('waiting.back')}</Link>
      </p>
      <h1>{t(`waiting.title.${list}`)}</h1>
      <label className="inline-field">
        {t('waiting.stage')}
        <select name="stage" value={stage ?? ''} onChange={(e) => show(e.target.value)}>
          <option value="">{t('waiting.allStages')}</option>
          {stages.map((value) => (
            <option key={value} value={value}>
              {t(`stage.${value}`)}
            </option>
          ))}
        </select>
      </label>
      {error && <LoadError error={error} retry={refetch} />}
      {!data && !error && <p className="muted">{t('common.loading')}</p>}
      {data && (
        <>
          <p className="muted" role="status">
            {t('waiting.count', { count: data.items.length })}
          </p>
          <ul className="today__list">
            {data.items.map((item) => (
              <WaitingItem key={item.applicationId} item={item} list={list} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
