import { useState } from 'react';
import { focusAttributes, questionTypes } from '../../../domain/interview';
import { useApiMutation, useApiQuery } from '../../api/queries';
import {
  ErrorNotice,
  FieldError,
  SelectField,
  TextArea,
  TextField,
  useFieldErrors,
} from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { ActionButton } from '../../components/action-button';
import type { ApiData } from '../../api/client';

type StageTemplates = ApiData<'get', '/api/stage-templates'>;

type Template = StageTemplates['hr'];

/** Admins adjust what each interview stage is for; new jobs' plans start from here. */
export function StageTemplatesPage() {
  const { t } = useI18n();
  const { data, error, refetch } = useApiQuery('/api/stage-templates', {});
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  return (
    <>
      <h1>{t('templates.title')}</h1>
      <p className="muted">{t('templates.help')}</p>
      <div className="plan-grid">
        <TemplateForm initial={data.hr} />
        <TemplateForm initial={data.user} />
      </div>
    </>
  );
}

function TemplateForm({ initial }: { initial: Template }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Template>(initial);
  const [status, setStatus] = useState('');
  // New jobs' plans, and plans still following the templates, change with them.
  const saving = useApiMutation('put', '/api/stage-templates/{stage}', {
    invalidates: ['/api/stage-templates', '/api/jobs', '/api/applications'],
  });
  const { error } = saving;
  const fieldError = useFieldErrors(error);
  const set = <K extends keyof Template>(key: K, value: Template[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const toggle = <T extends string>(list: T[], item: T, on: boolean) =>
    on ? [...list, item] : list.filter((x) => x !== item);
  const save = () => {
    const { stage, ...body } = draft;
    setStatus('');
    saving.mutate({ path: { stage }, body }, { onSuccess: () => setStatus(t('templates.saved')) });
  };
  return (
    <section className="tile plan-stage" aria-labelledby={`template-${draft.stage}`}>
      <h2 id={`template-${draft.stage}`}>{t(`interview.${draft.stage}`)}</h2>
      <ErrorNotice error={error} />
      <SelectField
        label={t('templates.conductedBy')}
        name="conductedBy"
        value={draft.conductedBy}
        onChange={(e) => set('conductedBy', e.target.value as Template['conductedBy'])}
      >
        <option value="recruiter">{t('role.recruiter')}</option>
        <option value="hiring_manager">{t('role.hiring_manager')}</option>
      </SelectField>
      <TextArea
        label={t('templates.purposeId')}
        lang="id"
        rows={3}
        value={draft.purpose.id}
        onChange={(e) => set('purpose', { ...draft.purpose, id: e.target.value })}
        error={fieldError('purpose.id')}
      />
      <TextArea
        label={t('templates.purposeEn')}
        lang="en"
        rows={3}
        value={draft.purpose.en}
        onChange={(e) => set('purpose', { ...draft.purpose, en: e.target.value })}
        error={fieldError('purpose.en')}
      />
      <TextArea
        label={t('templates.styleId')}
        lang="id"
        rows={2}
        value={draft.expectedStyle.id}
        onChange={(e) => set('expectedStyle', { ...draft.expectedStyle, id: e.target.value })}
        error={fieldError('expectedStyle.id')}
      />
      <TextArea
        label={t('templates.styleEn')}
        lang="en"
        rows={2}
        value={draft.expectedStyle.en}
        onChange={(e) => set('expectedStyle', { ...draft.expectedStyle, en: e.target.value })}
        error={fieldError('expectedStyle.en')}
      />
      <div className="form__row">
        <TextField
          label={t('plan.durationMinutes')}
          type="number"
          inputMode="numeric"
          value={String(draft.durationMinutes)}
          onChange={(e) => set('durationMinutes', Number(e.target.value))}
          error={fieldError('durationMinutes')}
        />
        <TextField
          label={t('plan.weight')}
          type="number"
          inputMode="numeric"
          value={String(draft.weight)}
          onChange={(e) => set('weight', Number(e.target.value))}
          error={fieldError('weight')}
        />
      </div>
      <fieldset className="fieldset">
        <legend>{t('plan.attributes')}</legend>
        <div className="checkbox-grid">
          {focusAttributes.map((attribute) => (
            <label key={attribute} className="checkbox">
              <input
                type="checkbox"
                checked={draft.attributes.includes(attribute)}
                onChange={(e) =>
                  set('attributes', toggle(draft.attributes, attribute, e.target.checked))
                }
              />
              {t(`attribute.${attribute}`)}
            </label>
          ))}
        </div>
        <FieldError error={fieldError('attributes')} />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('templates.formats')}</legend>
        <div className="checkbox-grid">
          {questionTypes.map((type) => (
            <label key={type} className="checkbox">
              <input
                type="checkbox"
                checked={draft.formats.includes(type)}
                onChange={(e) => set('formats', toggle(draft.formats, type, e.target.checked))}
              />
              {t(`questionType.${type}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <p role="status" className="status-line">
        {status}
      </p>
      <ActionButton className="button button--primary" request={saving} onClick={save}>
        {t('templates.save')}
      </ActionButton>
    </section>
  );
}
