import {
  focusAttributes,
  interviewStages,
  questionRoles,
  questionTypes,
} from '../../../domain/interview';
import { type FormEvent } from 'react';
import { useApiMutation } from '../../api/queries';
import { CheckboxGroup } from '../../components/checkbox-group';
import { useDraft } from '../../components/draft';
import { ChoiceField, ErrorNotice, TextArea, FormActions } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import type { ApiBody, ApiSchema } from '../../api/client';

type Question = ApiSchema<'Question'>;
type QuestionInput = ApiBody<'post', '/api/questions'>;

/** The texts a question has in both languages, with the short name of their inputs. */
const bilingualTexts = [
  ['text', 'text'],
  ['goodAnswer', 'good'],
  ['redFlags', 'red'],
] as const;
const languages = [
  ['id', 'Id'],
  ['en', 'En'],
] as const;

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
  // Plans and kits suggest questions from the bank.
  const invalidates = ['/api/questions', '/api/jobs', '/api/applications'];
  const create = useApiMutation('post', '/api/questions', { invalidates });
  const update = useApiMutation('put', '/api/questions/{questionId}', { invalidates });
  const error = (question ? update : create).error;
  const { draft, setDraft, set, bind, fieldError } = useDraft<QuestionInput>(
    question ?? empty,
    error,
  );
  const setText = (
    field: (typeof bilingualTexts)[number][0],
    language: (typeof languages)[number][0],
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
        <ChoiceField
          label={t('questions.stage')}
          {...bind('stage')}
          choices={interviewStages.map((stage) => ({
            value: stage,
            label: t(`interview.${stage}`),
          }))}
        />
        <ChoiceField
          label={t('questions.attribute')}
          {...bind('attribute')}
          choices={focusAttributes.map((attribute) => ({
            value: attribute,
            label: t(`attribute.${attribute}`),
          }))}
        />
        <ChoiceField
          label={t('questions.type')}
          {...bind('type')}
          choices={questionTypes.map((type) => ({ value: type, label: t(`questionType.${type}`) }))}
        />
      </div>
      <CheckboxGroup
        legend={t('questions.roles')}
        options={questionRoles.map((role) => ({ value: role, label: t(`questionRole.${role}`) }))}
        selected={draft.roles ?? []}
        onChange={(roles) => set('roles', roles as QuestionInput['roles'])}
      />
      {bilingualTexts.map(([field, short]) =>
        languages.map(([language, suffix]) => (
          <TextArea
            key={`${field}.${language}`}
            label={t(`questions.${short}${suffix}`)}
            name={`${short}${suffix}`}
            lang={language}
            rows={2}
            value={draft[field][language]}
            onChange={(e) => setText(field, language, e.target.value)}
            error={fieldError(`${field}.${language}`)}
          />
        )),
      )}
      <FormActions submit={t('questions.save')} onCancel={onCancel} cancel={t('jobForm.cancel')} />
    </form>
  );
}
