import { focusAttributes } from '../../../domain/interview';
import { useState } from 'react';
import { FieldError, TextArea, TextField } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import type { ApiSchema } from '../../api/client';

type JobInterviewPlan = ApiSchema<'JobInterviewPlan'>;
type Question = ApiSchema<'Question'>;
type Job = ApiSchema<'Job'>;

type StagePlan = JobInterviewPlan['plan']['hr'];
const allAttributes = focusAttributes;

function move<T>(items: T[], index: number, by: -1 | 1): T[] {
  const next = [...items];
  const target = index + by;
  if (target < 0 || target >= next.length) return items;
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export function StagePlanEditor({
  stage,
  value,
  team,
  bank,
  fieldError,
  onChange,
  readOnly,
}: {
  readOnly: boolean;
  stage: 'hr' | 'user';
  value: StagePlan;
  team: Job['team'];
  bank: Question[];
  fieldError(path: string): string | undefined;
  onChange(next: StagePlan): void;
}) {
  const { t, locale } = useI18n();
  const [written, setWritten] = useState('');
  const set = <K extends keyof StagePlan>(key: K, v: StagePlan[K]) =>
    onChange({ ...value, [key]: v });
  const people = [...new Map(team.map((m) => [m.userId, m])).values()];
  const questionText = (q: StagePlan['questions'][number]) =>
    'text' in q ? q.text : (bank.find((b) => b.id === q.questionId)?.text[locale] ?? q.questionId);
  const usedIds = new Set(
    value.questions.flatMap((q) => ('questionId' in q ? [q.questionId] : [])),
  );
  const available = bank.filter((q) => q.stage === stage && !usedIds.has(q.id));

  return (
    <section className="tile plan-stage" aria-labelledby={`plan-${stage}`}>
      <h3 id={`plan-${stage}`}>{t(`interview.${stage}`)}</h3>
      <fieldset className="plan-stage__body" disabled={readOnly}>
        <fieldset className="fieldset">
          <legend>{t('plan.interviewers')}</legend>
          {people.map((member) => (
            <label key={member.userId} className="checkbox">
              <input
                type="checkbox"
                checked={value.interviewerIds.includes(member.userId)}
                onChange={(e) =>
                  set(
                    'interviewerIds',
                    e.target.checked
                      ? [...value.interviewerIds, member.userId]
                      : value.interviewerIds.filter((id) => id !== member.userId),
                  )
                }
              />
              {member.name} <span className="muted">({t(`teamRole.${member.teamRole}`)})</span>
            </label>
          ))}
          <FieldError error={fieldError('interviewerIds')} />
        </fieldset>
        <div className="form__row">
          <TextField
            label={t('plan.durationMinutes')}
            name={`${stage}-duration`}
            type="number"
            inputMode="numeric"
            value={String(value.durationMinutes)}
            onChange={(e) => set('durationMinutes', Number(e.target.value))}
            error={fieldError('durationMinutes')}
          />
          <TextField
            label={t('plan.weight')}
            name={`${stage}-weight`}
            type="number"
            inputMode="numeric"
            value={String(value.weight)}
            readOnly={stage === 'user'}
            hint={stage === 'user' ? t('plan.weightFollows') : undefined}
            onChange={(e) => set('weight', Number(e.target.value))}
            error={fieldError('weight')}
          />
        </div>

        <h4>{t('plan.attributes')}</h4>
        <ol className="plan-list">
          {value.attributes.map((attribute, index) => (
            <li key={attribute}>
              <span>{t(`attribute.${attribute}`)}</span>
              <ItemButtons
                onUp={() => set('attributes', move(value.attributes, index, -1))}
                onDown={() => set('attributes', move(value.attributes, index, 1))}
                onRemove={() =>
                  set(
                    'attributes',
                    value.attributes.filter((a) => a !== attribute),
                  )
                }
              />
            </li>
          ))}
        </ol>
        <FieldError error={fieldError('attributes')} />
        <select
          aria-label={`${t('plan.addAttribute')} ${t(`interview.${stage}`)}`}
          value=""
          onChange={(e) =>
            set('attributes', [
              ...value.attributes,
              e.target.value as (typeof allAttributes)[number],
            ])
          }
        >
          <option value="">{t('plan.addAttribute')}</option>
          {allAttributes
            .filter((a) => !value.attributes.includes(a))
            .map((attribute) => (
              <option key={attribute} value={attribute}>
                {t(`attribute.${attribute}`)}
              </option>
            ))}
        </select>

        <h4>{t('plan.questions')}</h4>
        <ol className="plan-list">
          {value.questions.map((question, index) => (
            <li key={'questionId' in question ? question.questionId : `text-${index}`}>
              <span>{questionText(question)}</span>
              <FieldError
                error={fieldError(
                  `questions.${index}.${'questionId' in question ? 'questionId' : 'text'}`,
                )}
              />
              <ItemButtons
                onUp={() => set('questions', move(value.questions, index, -1))}
                onDown={() => set('questions', move(value.questions, index, 1))}
                onRemove={() =>
                  set(
                    'questions',
                    value.questions.filter((_, i) => i !== index),
                  )
                }
              />
            </li>
          ))}
        </ol>
        <select
          aria-label={`${t('plan.addFromBank')} ${t(`interview.${stage}`)}`}
          value=""
          onChange={(e) => set('questions', [...value.questions, { questionId: e.target.value }])}
        >
          <option value="">{t('plan.addFromBank')}</option>
          {available.map((q) => (
            <option key={q.id} value={q.id}>
              [{t(`attribute.${q.attribute}`)}] {q.text[locale]}
            </option>
          ))}
        </select>
        <div className="inline-add">
          <TextField
            label={t('plan.writeQuestion')}
            name={`${stage}-written`}
            value={written}
            onChange={(e) => setWritten(e.target.value)}
          />
          <button
            className="button"
            type="button"
            disabled={!written.trim()}
            onClick={() => {
              set('questions', [...value.questions, { text: written.trim() }]);
              setWritten('');
            }}
          >
            {t('plan.add')}
          </button>
        </div>
        <TextArea
          label={t('plan.brief')}
          name={`${stage}-brief`}
          value={value.brief}
          onChange={(e) => set('brief', e.target.value)}
          error={fieldError('brief')}
        />
      </fieldset>
    </section>
  );
}

function ItemButtons({
  onUp,
  onDown,
  onRemove,
}: {
  onUp(): void;
  onDown(): void;
  onRemove(): void;
}) {
  const { t } = useI18n();
  return (
    <span className="item-buttons">
      <IconButton label={t('plan.moveUp')} onClick={onUp}>
        ↑
      </IconButton>
      <IconButton label={t('plan.moveDown')} onClick={onDown}>
        ↓
      </IconButton>
      <IconButton label={t('plan.remove')} onClick={onRemove}>
        ×
      </IconButton>
    </span>
  );
}

/** A button showing only a symbol: its label is what screen readers say and the tooltip shows. */
function IconButton({
  label,
  onClick,
  children,
}: {
  label: string;
  onClick(): void;
  children: string;
}) {
  return (
    <button
      type="button"
      className="icon-button"
      aria-label={label}
      title={label}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
