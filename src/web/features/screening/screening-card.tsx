import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { CvStatus } from '../candidates/cv-files';
import { apiUrl, type ApiSchema } from '../../api/client';
import './screening.css';

type Screening = ApiSchema<'Screening'>;

type Item = Screening['items'][number];
type Snippet = { before: string; match: string; after: string };

/** One application in CV screening: what its CV shows against the job, and the two choices. */
export function ScreeningCard({
  item,
  selected,
  onSelect,
  advanceLabel,
  onAdvance,
  busy = false,
  onReject,
}: {
  item: Item;
  selected: boolean;
  onSelect(on: boolean): void;
  advanceLabel: string;
  onAdvance(): void;
  /** A move of this page is on its way: its buttons wait for the answer. */
  busy?: boolean;
  onReject(): void;
}) {
  const { t, date, number } = useI18n();
  const result = item.screening;
  return (
    <li className="screening-card" aria-label={item.candidateName}>
      <div className="screening-card__head">
        <input
          type="checkbox"
          checked={selected}
          aria-label={t('screening.select', { name: item.candidateName })}
          onChange={(e) => onSelect(e.target.checked)}
        />
        <Link href={`/candidates/${item.candidateId}`} className="screening-card__name">
          {item.candidateName}
        </Link>
        <span className="muted">
          {[item.city, date(item.appliedAt)].filter(Boolean).join(' · ')}
        </span>
      </div>
      {item.cvFile ? (
        <p className="screening-card__cv">
          <a href={apiUrl('/api/cv-files/{cvFileId}', { path: { cvFileId: item.cvFile.id } })}>
            {t('cv.open', { name: item.cvFile.fileName })}
          </a>{' '}
          {item.cvFile.textStatus !== 'extracted' && <CvStatus file={item.cvFile} />}
        </p>
      ) : (
        <p className="muted">{t('screening.noCv')}</p>
      )}
      {result && (
        <div className="screening-card__body">
          <section>
            <h3>{t('screening.found')}</h3>
            {result.found.length === 0 && <p className="muted">{t('screening.noneFound')}</p>}
            <ul className="matches">
              {result.found.map((found) => (
                <li key={`${found.kind}-${found.term}`}>
                  <span className="tag tag--found">
                    {found.term}
                    {found.mentions > 1 && ` ${t('screening.mentions', { count: found.mentions })}`}
                  </span>{' '}
                  <SnippetText snippet={found.snippet} />
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h3>{t('screening.missing')}</h3>
            {result.missing.length ? (
              <p>
                {result.missing.map((missing) => (
                  <span key={`${missing.kind}-${missing.term}`} className="tag tag--missing">
                    {missing.term}
                  </span>
                ))}
              </p>
            ) : (
              <p className="muted">{t('screening.noneMissing')}</p>
            )}
          </section>
          <section>
            <h3>{t('screening.experience')}</h3>
            {result.experience.length ? (
              <ul className="matches">
                {result.experience.map((statement, index) => (
                  <li key={index}>
                    <strong>
                      {statement.years === 1 && !statement.orMore
                        ? t('screening.oneYear')
                        : t(statement.orMore ? 'screening.yearsOrMore' : 'screening.years', {
                            // A period in months reads "2,5" in Indonesian, "2.5" in English.
                            years: number(statement.years, { decimals: 1, upTo: true }),
                          })}
                    </strong>{' '}
                    {statement.kind === 'period' && (
                      // A period is counted from its years, not said: HR reads what it was.
                      <span className="muted">{t('screening.period')} </span>
                    )}
                    <SnippetText snippet={statement.snippet} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('screening.noExperience')}</p>
            )}
          </section>
        </div>
      )}
      <div className="screening-card__actions">
        <button
          className="button button--primary button--small"
          type="button"
          onClick={onAdvance}
          disabled={busy}
        >
          {advanceLabel}
        </button>
        <button className="button button--small" type="button" onClick={onReject}>
          {t('screening.reject')}
        </button>
      </div>
    </li>
  );
}

function SnippetText({ snippet }: { snippet: Snippet }) {
  return (
    <q className="snippet">
      {snippet.before}
      <mark>{snippet.match}</mark>
      {snippet.after}
    </q>
  );
}
