import { useState, type FormEvent } from 'react';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { FormError, TextArea, useFieldErrors } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { ResetToBuiltIn } from '../../components/template-origin';
import { useI18n } from '../../i18n/i18n';
import type { ApiData } from '../../api/client';

type Template = ApiData<'get', '/api/whatsapp-templates'>['templates'][number];

/** The WhatsApp messages, one form per purpose and language. */
export function WhatsappTemplates() {
  const { t } = useI18n();
  const { data, error, refetch } = useApiQuery('/api/whatsapp-templates', {});
  return (
    <section className="whatsapp-templates">
      <h2>{t('whatsapp.templates')}</h2>
      <p className="muted">{t('whatsapp.templatesIntro')}</p>
      <LoadError error={error} retry={refetch} />
      {data?.templates.map((template) => (
        <TemplateForm
          key={`${template.purpose}-${template.locale}-${template.updatedAt ?? ''}`}
          template={template}
        />
      ))}
    </section>
  );
}

function TemplateForm({ template }: { template: Template }) {
  const { t } = useI18n();
  const [body, setBody] = useState(template.body);
  const path = { purpose: template.purpose, locale: template.locale };
  const options = { invalidates: ['/api/whatsapp-templates'] };
  const saving = useApiMutation('put', '/api/admin/whatsapp-templates/{purpose}/{locale}', options);
  const resetting = useApiMutation(
    'delete',
    '/api/admin/whatsapp-templates/{purpose}/{locale}',
    options,
  );
  const fieldError = useFieldErrors(saving.error);
  const save = (event: FormEvent) => {
    event.preventDefault();
    saving.mutate({ path, body: { body } });
  };
  return (
    <form className="fieldset" onSubmit={save} noValidate>
      <TextArea
        label={`${t(`whatsapp.purpose.${template.purpose}`)} · ${template.locale.toUpperCase()}${template.customized ? ` · ${t('whatsapp.customized')}` : ''}`}
        name={`whatsapp-${template.purpose}-${template.locale}`}
        value={body}
        rows={3}
        hint={t('whatsapp.placeholders', {
          list: template.placeholders.map((name) => `{{${name}}}`).join(' '),
        })}
        error={fieldError('body')}
        onChange={(e) => setBody(e.target.value)}
      />
      <FormError error={saving.error} />
      <div className="form__actions">
        <button className="button" type="submit" disabled={saving.isPending}>
          {t('whatsapp.save')}
        </button>
        <ResetToBuiltIn
          template={template}
          label={t('whatsapp.reset')}
          onReset={() => resetting.mutate({ path })}
        />
        {saving.isSuccess && <small role="status">{t('common.saved')}</small>}
      </div>
    </form>
  );
}
