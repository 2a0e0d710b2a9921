import { useState, type FormEvent } from 'react';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { FormError, TextArea, TextField } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session';
import type { ApiSchema } from '../../api/client';
import { Placeholders, useTemplateFieldErrors } from '../../components/placeholders';
import { ResetToBuiltIn, TemplateOrigin } from '../../components/template-origin';

type EmailTemplateOutput = ApiSchema<'EmailTemplate'>;

/** Admins reword each e-mail in both languages, with a preview on sample data. */
export function EmailTemplatesPage() {
  const { t, tk } = useI18n();
  const { data, error, refetch } = useApiQuery('/api/email-templates', {});
  const [selected, setSelected] = useState({ key: 'hr_invitation', locale: 'id' as 'id' | 'en' });
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  const keys = [...new Set(data.templates.map((template) => template.key))];
  const current = data.templates.find(
    (x) => x.key === selected.key && x.locale === selected.locale,
  );
  return (
    <>
      <h1>{t('emailTemplates.title')}</h1>
      <p className="muted">{t('emailTemplates.intro')}</p>
      <div className="templates">
        <nav className="templates__list" aria-label={t('emailTemplates.title')}>
          {keys.map((key) => (
            <button
              key={key}
              type="button"
              className={`templates__choice${key === selected.key ? ' templates__choice--current' : ''}`}
              aria-current={key === selected.key ? 'true' : undefined}
              onClick={() => setSelected({ ...selected, key })}
            >
              {tk('template', key)}
            </button>
          ))}
        </nav>
        {current && (
          <TemplateEditor
            key={`${current.key}-${current.locale}-${current.updatedAt ?? ''}`}
            template={current}
            onLocale={(locale) => setSelected({ ...selected, locale })}
          />
        )}
      </div>
    </>
  );
}

function TemplateEditor({
  template,
  onLocale,
}: {
  template: EmailTemplateOutput;
  onLocale(locale: 'id' | 'en'): void;
}) {
  const { t } = useI18n();
  const { user } = useSession();
  const [draft, setDraft] = useState({ subject: template.subject, body: template.body });
  const [preview, setPreview] = useState<{ subject: string; body: string } | undefined>();
  const path = { key: template.key, locale: template.locale };
  const invalidates = ['/api/email-templates'];
  const saving = useApiMutation('put', '/api/email-templates/{key}/{locale}', { invalidates });
  const resetting = useApiMutation('delete', '/api/email-templates/{key}/{locale}', {
    invalidates,
  });
  const previewing = useApiMutation('post', '/api/email-templates/{key}/{locale}/preview');
  const actions = [saving, resetting, previewing];
  // Only the last action's failure is shown: starting one clears the others'.
  const start = () => actions.forEach((action) => action.reset());
  const error = saving.error ?? resetting.error ?? previewing.error;
  const saved = saving.isSuccess;
  const fieldMessage = useTemplateFieldErrors(error);
  const save = (event: FormEvent) => {
    event.preventDefault();
    start();
    saving.mutate({ path, body: draft });
  };
  const admin = user.can.editEmailTemplates;
  return (
    <form className="templates__editor" onSubmit={save} noValidate>
      <div className="tabs" role="tablist">
        {(['id', 'en'] as const).map((locale) => (
          <button
            key={locale}
            type="button"
            role="tab"
            aria-selected={template.locale === locale}
            className={`button button--small${template.locale === locale ? ' button--primary' : ''}`}
            onClick={() => onLocale(locale)}
          >
            {locale === 'id' ? 'Bahasa Indonesia' : 'English'}
          </button>
        ))}
      </div>
      <TemplateOrigin
        template={template}
        changedBy={(name) => t('emailTemplates.customized', { name })}
        builtIn={t('emailTemplates.builtIn')}
      />
      <TextField
        label={t('emailTemplates.subject')}
        name="subject"
        value={draft.subject}
        readOnly={!admin}
        onChange={(e) => setDraft({ ...draft, subject: e.target.value })}
        error={fieldMessage('subject')}
      />
      <TextArea
        label={t('emailTemplates.body')}
        name="body"
        rows={14}
        value={draft.body}
        readOnly={!admin}
        onChange={(e) => setDraft({ ...draft, body: e.target.value })}
        error={fieldMessage('body')}
      />
      <Placeholders label={t('emailTemplates.placeholders')} names={template.placeholders} />
      <FormError error={error} />
      {!admin && <p className="muted">{t('emailTemplates.adminOnly')}</p>}
      <div className="form__actions">
        {admin && (
          <button className="button button--primary" type="submit">
            {t('emailTemplates.save')}
          </button>
        )}
        <button
          className="button"
          type="button"
          onClick={() => {
            start();
            previewing.mutate({ path, body: draft }, { onSuccess: setPreview });
          }}
        >
          {t('emailTemplates.preview')}
        </button>
        {admin && (
          <ResetToBuiltIn
            template={template}
            label={t('emailTemplates.reset')}
            onReset={() => {
              start();
              resetting.mutate({ path });
            }}
          />
        )}
        {saved && <small role="status">{t('common.saved')}</small>}
      </div>
      {preview && (
        <section className="email-preview" aria-label={t('emailTemplates.previewTitle')}>
          <h2>{t('emailTemplates.previewTitle')}</h2>
          <p>
            <strong>{preview.subject}</strong>
          </p>
          <pre>{preview.body}</pre>
        </section>
      )}
    </form>
  );
}
