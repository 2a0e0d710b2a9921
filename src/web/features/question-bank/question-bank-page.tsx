import { QuestionGuidance } from '../interviews/question-guidance';
import { useState } from 'react';
import { focusAttributes, questionTypes } from '../../../domain/interview';
import type { ApiQueryParams, ApiSchema } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session';
import { QuestionForm } from './question-form';

type Question = ApiSchema<'Question'>;

/** The bilingual question bank: filter by stage, attribute, type and language; HR adds and edits. */
export function QuestionBankPage() {
  const { t, locale } = useI18n();
  const { user } = useSession();
  const [filter, setFilter] = useState({ stage: '', attribute: '', type: '', language: '', q: '' });
  const [editing, setEditing] = useState<Question | 'new' | null>(null);
  // The filters' values come from the domain's lists.
  const search = Object.fromEntries(
    Object.entries(filter).filter(([, value]) => value),
  ) as ApiQueryParams<'/api/questions'>;
  const { data, error, refetch } = useApiQuery('/api/questions', { query: search });
  const set = (key: keyof typeof filter, value: string) =>
    setFilter((f) => ({ ...f, [key]: value }));

  return (
    <>
      <div className="page__head">
        <h1>{t('questions.title')}</h1>
        {user.can.editQuestionBank && (
          <button
            className="button button--primary"
            type="button"
            onClick={() => setEditing('new')}
          >
            {t('questions.new')}
          </button>
        )}
      </div>
      {editing && (
        <QuestionForm
          question={editing === 'new' ? undefined : editing}
          onDone={() => setEditing(null)}
          onCancel={() => setEditing(null)}
        />
      )}
      <div className="filters">
        <input
          className="search"
          type="search"
          aria-label={t('questions.search')}
          placeholder={t('questions.search')}
          value={filter.q}
          onChange={(e) => set('q', e.target.value)}
        />
        <select
          aria-label={t('questions.stage')}
          value={filter.stage}
          onChange={(e) => set('stage', e.target.value)}
        >
          <option value="">{t('questions.allStages')}</option>
          <option value="hr">{t('interview.hr')}</option>
          <option value="user">{t('interview.user')}</option>
        </select>
        <select
          aria-label={t('questions.attribute')}
          value={filter.attribute}
          onChange={(e) => set('attribute', e.target.value)}
        >
          <option value="">{t('questions.allAttributes')}</option>
          {focusAttributes.map((attribute) => (
            <option key={attribute} value={attribute}>
              {t(`attribute.${attribute}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('questions.type')}
          value={filter.type}
          onChange={(e) => set('type', e.target.value)}
        >
          <option value="">{t('questions.allTypes')}</option>
          {questionTypes.map((type) => (
            <option key={type} value={type}>
              {t(`questionType.${type}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('nav.language')}
          value={filter.language}
          onChange={(e) => set('language', e.target.value)}
        >
          <option value="">{t('questions.allLanguages')}</option>
          <option value="id">Bahasa Indonesia</option>
          <option value="en">English</option>
        </select>
      </div>
      <LoadError error={error} retry={refetch} />
      {data && <p className="muted">{t('questions.count', { count: data.items.length })}</p>}
      <ul className="tile-list question-list">
        {data?.items.map((question) => (
          <li key={question.id} className="tile question-card">
            <p className="question-card__text">{question.text[locale]}</p>
            <p className="kit-question__tags">
              <span className="tag">{t(`interview.${question.stage}`)}</span>
              <span className="tag">{t(`attribute.${question.attribute}`)}</span>
              <span className="tag">{t(`questionType.${question.type}`)}</span>
              {question.roles.map((role) => (
                <span key={role} className="tag">
                  {t(`questionRole.${role}`)}
                </span>
              ))}
              {question.builtIn && <span className="tag tag--quiet">{t('questions.builtIn')}</span>}
            </p>
            <QuestionGuidance goodAnswer={question.goodAnswer} redFlags={question.redFlags} />
            {user.can.editQuestionBank && (
              <button
                className="button button--small"
                type="button"
                onClick={() => setEditing(question)}
              >
                {t('questions.edit')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
