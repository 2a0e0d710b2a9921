import { useI18n } from '../../i18n/i18n';
import type { TermsShape } from './offer-form-state';
import { useRevisedTerm, type RevisedTerm } from './term-values';

/** A version is its terms with who made it, when and why. */
export interface VersionShape extends TermsShape {
  version: number;
  reason: 'draft' | 'change' | 'counter_revision';
  createdByName: string | null;
  createdAt: string;
  /** What changed from the version before, as the server reckons it. */
  changedTerms: readonly RevisedTerm[];
}

/** Every version, newest first, with who made it, when, why, and what changed from the one before. */
export function OfferVersions({ versions }: { versions: readonly VersionShape[] }) {
  const { t, dateTime } = useI18n();
  const term = useRevisedTerm();
  const ordered = [...versions].sort((a, b) => b.version - a.version);
  return (
    <details className="offer-versions" open={versions.length > 1}>
      <summary>{t('offers.versions')}</summary>
      {/* Newest first, numbered down so each number is its "Versi N". */}
      <ol className="offer-versions__list" reversed>
        {ordered.map((version) => {
          const previous = versions.find((v) => v.version === version.version - 1);
          const changes = previous
            ? version.changedTerms.map((changed) => ({
                term: changed,
                from: term.value(changed, previous),
                to: term.value(changed, version),
              }))
            : [];
          return (
            <li key={version.version} data-testid="offer-version">
              <strong>
                {t('offers.versionEntry', {
                  n: version.version,
                  name: version.createdByName ?? '—',
                  when: dateTime(version.createdAt),
                })}
              </strong>{' '}
              <span className="muted">({t(`offers.versionReason.${version.reason}`)})</span>
              {previous && changes.length === 0 && <p className="muted">{t('offers.noChanges')}</p>}
              {changes.length > 0 && (
                <ul className="offer-versions__changes">
                  {changes.map((change) => (
                    <li key={change.term}>
                      {t('offers.changedFrom', {
                        field: term.label(change.term),
                        from: change.from,
                        to: change.to,
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
