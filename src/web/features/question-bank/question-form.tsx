import { focusAttributes, questionRoles, questionTypes } from '../../../domain/interview';
import { useState, type FormEvent } from 'react';
import { useApiMutation } from '../../api/queries';
import type { Question, QuestionInput } from '../../../server/routes/questions.schema';
import { ErrorNotice, SelectField, TextArea, useFieldErrors } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';

const roles = questionRoles;

const empty: QuestionInput = {
  stage: 'hr',
  attribute: 'motivation',
  type: 'behavioural',
  roles: [],
  text: { id: '', en: '' },
  goodAnswer: { id: '', en: '' },
  redFlags: { id: '', en: '' },
};

export function QuestionForm({
  question,
  onDone,
  onCancel,
}: {
  question?: Question | undefined;
  onDone(): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<QuestionInput>(question ?? empty);
  // Plans and kits suggest questions from the bank.
  const invalidates = ['/api/questions', '/api/jobs', '/api/applications'];
  const create = useApiMutation('post', '/api/questions', { invalidates });
  const update = useApiMutation('put', '/api/questions/{questionId}', { invalidates });
  const error = (question ? update : create).error;
  const fieldError = useFieldErrors(error);
  const setText = (
    field: 'text' | 'goodAnswer' | 'redFlags',
    language: 'id' | 'en',
    value: string,
  ) => setDraft((d) => ({ ...d, [field]: { ...d[field], [language]: value } }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: QuestionInput = {
      stage: draft.stage,
      attribute: draft.attribute,
      type: draft.type,
      roles: draft.roles,
      text: draft.text,
      goodAnswer: draft.goodAnswer,
      redFlags: draft.redFlags,
    };
    if (question) update.mutate({ path: { questionId: question.id }, body }, { onSuccess: onDone });
    else create.mutate({ body }, { onSuccess: onDone });
  };
  return (
    <form className="form question-form" onSubmit={submit} noValidate>
      <ErrorNotice error={error} />
      <div className="form__row">
        <SelectField
          label={t('questions.stage')}
          name="stage"
          value={draft.stage}
          onChange={(e) => setDraft({ ...draft, stage: e.target.value as 'hr' | 'user' })}
        >
          <option value="hr">{t('interview.hr')}</option>
          <option value="user">{t('interview.user')}</option>
        </SelectField>
        <SelectField
          label={t('questions.attribute')}
          name="attribute"
          value={draft.attribute}
          onChange={(e) =>
            setDraft({ ...draft, attribute: e.target.value as QuestionInput['attribute'] })
          }
          error={fieldError('attribute')}
        >
          {focusAttributes.map((attribute) => (
            <option key={attribute} value={attribute}>
              {t(`attribute.${attribute}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('questions.type')}
          name="type"
          value={draft.type}
          onChange={(e) => setDraft({ ...draft, type: e.target.value as QuestionInput['type'] })}
        >
          {questionTypes.map((type) => (
            <option key={type} value={type}>
              {t(`questionType.${type}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="fieldset">
        <legend>{t('questions.roles')}</legend>
        <div className="checkbox-grid">
          {roles.map((role) => (
            <label key={role} className="checkbox">
              <input
                type="checkbox"
                checked={draft.roles?.includes(role) ?? false}
                onChange={(e) =>
                  setDraft({
                    ...draft,
                    roles: e.target.checked
                      ? [...(draft.roles ?? []), role]
                      : (draft.roles ?? []).filter((r) => r !== role),
                  })
                }
              />
              {t(`questionRole.${role}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <TextArea
        label={t('questions.textId')}
        name="textId"
        lang="id"
        rows={2}
        value={draft.text.id}
        onChange={(e) => setText('text', 'id', e.target.value)}
        error={fieldError('text.id')}
      />
      <TextArea
        label={t('questions.textEn')}
        name="textEn"
        lang="en"
        rows={2}
        value={draft.text.en}
        onChange={(e) => setText('text', 'en', e.target.value)}
        error={fieldError('text.en')}
      />
      <TextArea
        label={t('questions.goodId')}
        name="goodId"
        lang="id"
        rows={2}
        value={draft.goodAnswer.id}
        onChange={(e) => setText('goodAnswer', 'id', e.target.value)}
        error={fieldError('goodAnswer.id')}
      />
      <TextArea
        label={t('questions.goodEn')}
        name="goodEn"
        lang="en"
        rows={2}
        value={draft.goodAnswer.en}
        onChange={(e) => setText('goodAnswer', 'en', e.target.value)}
        error={fieldError('goodAnswer.en')}
      />
      <TextArea
        label={t('questions.redId')}
        name="redId"
        lang="id"
        rows={2}
        value={draft.redFlags.id}
        onChange={(e) => setText('redFlags', 'id', e.target.value)}
        error={fieldError('redFlags.id')}
      />
      <TextArea
        label={t('questions.redEn')}
        name="redEn"
        lang="en"
        rows={2}
        value={draft.redFlags.en}
        onChange={(e) => setText('redFlags', 'en', e.target.value)}
        error={fieldError('redFlags.en')}
      />
      <div className="form__actions">
        <button className="button button--primary" type="submit">
          {t('questions.save')}
        </button>
        <button className="button" type="button" onClick={onCancel}>
          {t('jobForm.cancel')}
        </button>
      </div>
    </form>
  );
}
