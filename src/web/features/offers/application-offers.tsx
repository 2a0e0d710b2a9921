import { useState } from 'react';
import './offers.css';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { offerProgress } from '../../api/invalidation';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { OfferCard, type OfferRecipient } from './offer-card';
import { OfferForm } from './offer-form';
import { blankOfferForm } from './offer-form-state';
import {
  ambiguousCityNote,
  bareCityNote,
  OldMinimumWageNote,
  umpOnlyNote,
} from './minimum-wage-hint';
import { formatRupiah, regionName } from './rupiah';

/** The offer panel of an application on the candidate page: HR drafts, approvers decide, HR sends. */
export function ApplicationOffers({
  applicationId,
  candidate,
}: {
  applicationId: string;
  /** Who the offer goes to, named before HR sends it. */
  candidate: OfferRecipient;
}) {
  const { t } = useI18n();
  const { data, error, refetch } = useApiQuery('/api/applications/{applicationId}/offers', {
    path: { applicationId },
  });
  const drafting = useApiMutation('post', '/api/applications/{applicationId}/offers', {
    invalidates: offerProgress,
  });
  const [formOpen, setFormOpen] = useState(false);
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return null;
  const live = data.offers.some((o) => o.status !== 'declined' && o.status !== 'withdrawn');
  const mayDraft = data.can.draft && !live;
  if (data.offers.length === 0 && !mayDraft) return null;

  return (
    <section className="offers" aria-label={t('offers.title')}>
      <h3>{t('offers.title')}</h3>
      {(data.band.min !== null || data.band.max !== null) && (
        <p className="muted" data-testid="offer-band">
          {t('offers.band', {
            min: data.band.min === null ? '—' : formatRupiah(data.band.min),
            max: data.band.max === null ? '—' : formatRupiah(data.band.max),
          })}
          {data.minimumWage &&
            ` · ${t('offers.minimumWage', {
              kind: data.minimumWage.kind.toUpperCase(),
              region: regionName(data.minimumWage),
              year: data.minimumWage.year,
              amount: formatRupiah(data.minimumWage.monthlyAmount),
            })}`}
          {data.minimumWage && data.minimumWage.year < data.minimumWageYear && (
            // Offers are checked against the start year's figure; say when an older one stands in.
            <>
              . <OldMinimumWageNote year={data.minimumWageYear} latest={data.minimumWage.year} />
            </>
          )}
          {/* The figure (and its year's note) ends as a sentence before a note follows. */}
          {(data.minimumWage?.cityWithoutUmk ||
            data.minimumWage?.ambiguousCity ||
            data.minimumWage?.bareCity) &&
            data.minimumWage.year >= data.minimumWageYear &&
            '.'}
          {data.minimumWage?.cityWithoutUmk && (
            <strong data-testid="minimum-wage-ump-only"> {umpOnlyNote(t, data.minimumWage)}</strong>
          )}
          {data.minimumWage?.ambiguousCity && (
            <strong data-testid="minimum-wage-ambiguous-city">
              {' '}
              {ambiguousCityNote(t, data.minimumWage)}
            </strong>
          )}
          {data.minimumWage?.bareCity && (
            <span data-testid="minimum-wage-bare-city"> {bareCityNote(t, data.minimumWage)}</span>
          )}
        </p>
      )}
      {data.offers.length === 0 && !formOpen && <p className="muted">{t('offers.none')}</p>}
      {mayDraft &&
        (formOpen ? (
          <OfferForm
            initial={blankOfferForm(data.draftDefaults)}
            wages={data}
            title={t('offers.draftTitle')}
            submitLabel={t('offers.saveDraft')}
            busy={drafting.isPending}
            error={drafting.error}
            onCancel={() => (setFormOpen(false), drafting.reset())}
            onSubmit={(terms) =>
              drafting.mutate(
                { path: { applicationId }, body: terms },
                { onSuccess: () => (setFormOpen(false), drafting.reset()) },
              )
            }
          />
        ) : (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setFormOpen(true)}
          >
            {t('offers.draft')}
          </button>
        ))}
      {data.offers.map((offer) => (
        <OfferCard
          key={offer.id}
          offer={offer}
          band={data.band}
          candidate={candidate}
          wages={data}
        />
      ))}
    </section>
  );
}
