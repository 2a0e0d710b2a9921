import { useState } from 'react';
import {
  documentsMaxLength,
  isUpcomingInterview,
  whatsappPurposesFor,
  type WhatsappPurpose,
} from '../../../domain/whatsapp';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { candidateRecord } from '../../api/invalidation';
import { ErrorNotice, TextField, useFieldErrors } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import type { ApiSchema } from '../../api/client';

type CandidateDetail = ApiSchema<'CandidateDetail'>;

/**
 * HR opens a WhatsApp chat about one application. The server records the contact first and
 * answers with the wa.me link; the window is opened before the request so that browsers, which
 * allow new windows only straight from a click, do not block it.
 */
export function WhatsappContact({
  candidate,
  applicationId,
}: {
  candidate: CandidateDetail;
  applicationId: string;
}) {
  const { t } = useI18n();
  if (!candidate.can.contactOnWhatsapp) return null;
  if (candidate.whatsappRefusal) {
    return (
      <p className="muted whatsapp-contact" data-testid="whatsapp-refusal">
        {t(`whatsapp.refusal.${candidate.whatsappRefusal}`)}
      </p>
    );
  }
  return <WhatsappMessages applicationId={applicationId} />;
}

/** The messages that fit: an interview reminder only while an interview is booked ahead. */
function WhatsappMessages({ applicationId }: { applicationId: string }) {
  // The same query as the interviews panel above it: served from its cache, refreshed with it.
  const { data } = useApiQuery('/api/applications/{applicationId}/interviews', {
    path: { applicationId },
  });
  if (!data) return null;
  const upcomingInterview = data.interviews.some((i) => isUpcomingInterview(i, new Date()));
  // Keyed: when an interview is booked or cancelled the default message changes with it.
  return (
    <WhatsappChooser
      key={String(upcomingInterview)}
      applicationId={applicationId}
      purposes={whatsappPurposesFor({ upcomingInterview })}
    />
  );
}

function WhatsappChooser({
  applicationId,
  purposes,
}: {
  applicationId: string;
  purposes: WhatsappPurpose[];
}) {
  const { t } = useI18n();
  const [purpose, setPurpose] = useState<WhatsappPurpose>(purposes[0]!);
  const [locale, setLocale] = useState<'' | 'id' | 'en'>('');
  const [documents, setDocuments] = useState('');
  const [blockedUrl, setBlockedUrl] = useState<string>();
  const opening = useApiMutation('post', '/api/applications/{applicationId}/whatsapp', {
    invalidates: candidateRecord,
  });
  const fieldError = useFieldErrors(opening.error);
  const asksForDocuments = purpose === 'document_request';
  const open = () => {
    const chat = window.open('', '_blank');
    setBlockedUrl(undefined);
    opening.mutate(
      {
        path: { applicationId },
        body: {
          purpose,
          ...(locale ? { locale } : {}),
          ...(asksForDocuments ? { documents } : {}),
        },
      },
      {
        onSuccess: ({ url }) => {
          if (chat) {
            chat.opener = null;
            chat.location.href = url;
          } else setBlockedUrl(url);
        },
        onError: () => chat?.close(),
      },
    );
  };
  return (
    <div className="whatsapp-contact">
      <strong>{t('whatsapp.heading')}</strong>
      <select
        className="whatsapp-contact__select"
        aria-label={t('whatsapp.message')}
        value={purpose}
        onChange={(e) => setPurpose(e.target.value as WhatsappPurpose)}
      >
        {purposes.map((value) => (
          <option key={value} value={value}>
            {t(`whatsapp.purpose.${value}`)}
          </option>
        ))}
      </select>
      <select
        className="whatsapp-contact__select"
        aria-label={t('whatsapp.language')}
        value={locale}
        onChange={(e) => setLocale(e.target.value as '' | 'id' | 'en')}
      >
        <option value="">{t('whatsapp.language')}</option>
        <option value="id">Bahasa Indonesia</option>
        <option value="en">English</option>
      </select>
      {asksForDocuments && (
        <TextField
          label={t('whatsapp.documents')}
          hint={t('whatsapp.documents.hint')}
          value={documents}
          maxLength={documentsMaxLength}
          onChange={(e) => setDocuments(e.target.value)}
          error={fieldError('documents')}
        />
      )}
      <button
        className="button button--small"
        type="button"
        disabled={opening.isPending}
        onClick={open}
      >
        {t('whatsapp.open')}
      </button>
      {opening.isSuccess && <small role="status">{t('whatsapp.recorded')}</small>}
      {blockedUrl && (
        <small>
          {t('whatsapp.popupBlocked')}{' '}
          <a href={blockedUrl} target="_blank" rel="noopener noreferrer">
            wa.me
          </a>
        </small>
      )}
      <ErrorNotice error={opening.error} />
    </div>
  );
}
