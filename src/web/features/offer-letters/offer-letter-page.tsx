import { useState, type FormEvent } from 'react';
import { type ApiData, type ApiError, asApiError } from '../../api/client';
import { downloadFile } from '../../api/download';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { FormError, TextArea, TextField, FormActions } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { OfferSettingsTabs } from '../offer-settings/offer-settings-tabs';
import { Placeholders, useTemplateFieldErrors } from '../../components/placeholders';
import { ResetToBuiltIn, TemplateOrigin } from '../../components/template-origin';

type OfferLetterTemplateOutput = ApiData<
  'get',
  '/api/admin/offer-letter-templates'
>['templates'][number];

type Locale = 'id' | 'en';
const listPath = '/api/admin/offer-letter-templates';

/** Admins word the offer letter in both languages and download a sample PDF to check it. */
export function OfferLetterPage() {
  const { t, locale: uiLocale } = useI18n();
  const { data, error, refetch } = useApiQuery(listPath, {});
  // The letter in the admin's own language first; the other is one tab away.
  const [locale, setLocale] = useState<Locale>(uiLocale);
  const current = data?.templates.find((template) => template.locale === locale);
  return (
    <>
      <OfferSettingsTabs />
      <p className="muted">{t('offerLetter.intro')}</p>
      <LoadError error={error} retry={refetch} />
      <div className="tabs" role="tablist">
        {(['id', 'en'] as const).map((choice) => (
          <button
            key={choice}
            type="button"
            role="tab"
            aria-selected={locale === choice}
            className={`button button--small${locale === choice ? ' button--primary' : ''}`}
            onClick={() => setLocale(choice)}
          >
            {choice === 'id' ? 'Bahasa Indonesia' : 'English'}
          </button>
        ))}
      </div>
      {current && (
        <LetterEditor key={`${current.locale}-${current.updatedAt ?? ''}`} template={current} />
      )}
    </>
  );
}

function LetterEditor({ template }: { template: OfferLetterTemplateOutput }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState({ title: template.title, body: template.body });
  const [previewError, setPreviewError] = useState<ApiError | undefined>();
  const path = { locale: template.locale };
  const saving = useApiMutation('put', '/api/admin/offer-letter-templates/{locale}', {
    invalidates: [listPath],
  });
  const resetting = useApiMutation('delete', '/api/admin/offer-letter-templates/{locale}', {
    invalidates: [listPath],
  });
  const start = () => {
    saving.reset();
    resetting.reset();
    setPreviewError(undefined);
  };
  const error = saving.error ?? resetting.error ?? previewError;
  const fieldMessage = useTemplateFieldErrors(error);
  const save = (event: FormEvent) => {
    event.preventDefault();
    start();
    saving.mutate({ path, body: draft });
  };
  const preview = () => {
    start();
    const fileName = template.locale === 'id' ? 'contoh-surat-penawaran.pdf' : 'sample-offer.pdf';
    downloadFile(`${listPath}/${template.locale}/preview`, draft, fileName).catch(
      (failure: unknown) => setPreviewError(asApiError(failure)),
    );
  };
  return (
    <form className="templates__editor" onSubmit={save} noValidate>
      <TemplateOrigin
        template={template}
        changedBy={(name) => t('offerLetter.customized', { name })}
        builtIn={t('offerLetter.builtIn')}
      />
      <TextField
        label={t('offerLetter.titleField')}
        name="title"
        value={draft.title}
        onChange={(e) => setDraft({ ...draft, title: e.target.value })}
        error={fieldMessage('title')}
      />
      <TextArea
        label={t('offerLetter.body')}
        name="body"
        rows={22}
        value={draft.body}
        onChange={(e) => setDraft({ ...draft, body: e.target.value })}
        error={fieldMessage('body')}
      />
      <Placeholders label={t('offerLetter.placeholders')} names={template.placeholders} />
      <FormError error={error} />
      <FormActions
        submit={t('offerLetter.save')}
        onCancel={preview}
        cancel={t('offerLetter.preview')}
      >
        <ResetToBuiltIn
          template={template}
          label={t('offerLetter.reset')}
          onReset={() => {
            start();
            resetting.mutate({ path });
          }}
        />
        {saving.isSuccess && <small role="status">{t('common.saved')}</small>}
      </FormActions>
    </form>
  );
}
