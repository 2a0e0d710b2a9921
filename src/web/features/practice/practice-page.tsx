import { useMemo, useState } from 'react';
import { analyzeAnswer } from '../../../domain/coach/analyze-answer';
import { answerLabels, type AnswerAnalysis } from '../../../domain/coach/answer-analysis';
import { buildFeedback, type AnswerFeedback } from '../../../domain/coach/feedback';
import { extractJobTerms } from '../../../domain/coach/job-terms';
import { useApiQuery } from '../../api/queries';
import { SelectField, TextArea, TextField } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { FeedbackView } from './feedback-view';
import { PracticeHistory } from './practice-history-view';
import { loadAttempts, saveAttempt, type PracticeAttempt } from './practice-history';
import { usePracticeQuestion } from './use-practice-question';
import { VoiceRecorder } from './voice-recorder';

const pasted = 'pasted';

/**
 * Public practice for job seekers: pick a stage, a language and a job, answer by typing or voice,
 * and get explained feedback computed in this browser (the same analysis the server runs).
 */
export function PracticePage({
  initialStage,
  initialJobId,
}: {
  initialStage: 'hr' | 'user' | null;
  initialJobId: string | null;
}) {
  const { t, locale } = useI18n();
  const [stage, setStage] = useState<'hr' | 'user'>(initialStage ?? 'hr');
  // The answer language follows the page's until the candidate picks one (trial 16: switching
  // the page to English left the question in Indonesian).
  const [chosenLanguage, setLanguage] = useState<'id' | 'en' | null>(null);
  const language = chosenLanguage ?? locale;
  const [jobId, setJobId] = useState(initialJobId ?? '');
  const [pastedDescription, setPastedDescription] = useState('');
  const [pastedTitle, setPastedTitle] = useState('');
  const [answer, setAnswer] = useState('');
  const [durationSeconds, setDurationSeconds] = useState<number | null>(null);
  const [result, setResult] = useState<{
    answer: string;
    analysis: AnswerAnalysis;
    feedback: AnswerFeedback;
    wpm: number | null;
  } | null>(null);
  const [attempts, setAttempts] = useState<PracticeAttempt[]>(loadAttempts);

  const jobs = useApiQuery('/api/coach/jobs', {});
  const realJobId = jobId && jobId !== pasted ? jobId : '';
  const jobTerms = useMemo(() => {
    if (jobId === pasted) return extractJobTerms(`${pastedTitle}\n${pastedDescription}`);
    return jobs.data?.items.find((job) => job.id === jobId)?.terms ?? [];
  }, [jobId, pastedTitle, pastedDescription, jobs.data]);
  const pastedJob = useMemo(
    () => (jobId === pasted ? { title: pastedTitle, terms: jobTerms } : null),
    [jobId, pastedTitle, jobTerms],
  );
  const current = usePracticeQuestion({ stage, language, jobId: realJobId, pasted: pastedJob });
  const { questions, question } = current;
  const questionText = current.text;

  const analyze = () => {
    const input = { language, stage, question: questionText, answer, jobTerms };
    const analysis = analyzeAnswer(input);
    const wpm =
      durationSeconds && durationSeconds > 5
        ? Math.round((analysis.metrics.words / durationSeconds) * 60)
        : null;
    setResult({ answer, analysis, feedback: buildFeedback(analysis, input), wpm });
    setAttempts(
      saveAttempt({
        id: crypto.randomUUID(),
        at: new Date().toISOString(),
        stage,
        language,
        question: questionText,
        answer,
        ...(realJobId ? { jobId: realJobId } : {}),
        jobTerms,
        labels: answerLabels.filter((label) => analysis.labels[label].value),
        words: analysis.metrics.words,
        fillersPer100Words: analysis.metrics.fillersPer100Words,
        wordsPerMinute: wpm,
      }),
    );
  };

  /** Back to an earlier attempt's question, in its stage, language and job, with a fresh answer box. */
  const practiseAgain = (attempt: PracticeAttempt) => {
    setStage(attempt.stage);
    setLanguage(attempt.language);
    // A job since closed, or a pasted description, is not there to pick again.
    setJobId(jobs.data?.items.find((job) => job.id === attempt.jobId)?.id ?? '');
    current.pin({ text: attempt.question, language: attempt.language });
    setAnswer('');
    setDurationSeconds(null);
    setResult(null);
    document.getElementById('practice-question')?.scrollIntoView();
  };

  return (
    <div className="practice">
      <h1>{t('practice.title')}</h1>
      <p className="muted">{t('practice.intro')}</p>
      <LoadError
        error={jobs.error ?? questions.error}
        retry={() => (jobs.refetch(), questions.refetch())}
      />
      <section className="kit-section">
        <div className="form__row">
          <SelectField
            label={t('practice.stage')}
            name="stage"
            value={stage}
            onChange={(e) => (current.pin(null), setStage(e.target.value as 'hr' | 'user'))}
          >
            <option value="hr">{t('practice.stage.hr')}</option>
            <option value="user">{t('practice.stage.user')}</option>
          </SelectField>
          <SelectField
            label={t('practice.language')}
            name="language"
            value={language}
            onChange={(e) => setLanguage(e.target.value as 'id' | 'en')}
          >
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </SelectField>
        </div>
        <SelectField
          label={t('practice.job')}
          name="job"
          value={jobId}
          onChange={(e) => (current.pin(null), setJobId(e.target.value))}
        >
          <option value="">{t('practice.noJob')}</option>
          {jobs.data?.items.map((job) => (
            <option key={job.id} value={job.id}>
              {job.title} · {job.department}
            </option>
          ))}
          <option value={pasted}>{t('practice.pasteJob')}</option>
        </SelectField>
        {jobId === pasted && (
          <>
            <TextField
              label={t('practice.pastedTitle')}
              name="pastedTitle"
              value={pastedTitle}
              onChange={(e) => setPastedTitle(e.target.value)}
            />
            <TextArea
              label={t('practice.pastedDescription')}
              name="pastedDescription"
              rows={5}
              value={pastedDescription}
              onChange={(e) => setPastedDescription(e.target.value)}
            />
          </>
        )}
        {jobTerms.length > 0 && (
          <p className="muted">{t('practice.terms', { terms: jobTerms.join(', ') })}</p>
        )}
      </section>

      <section className="kit-section" aria-labelledby="practice-question">
        <h2 id="practice-question">{t('practice.question')}</h2>
        <p className="practice__question" lang={current.textLanguage}>
          {questionText}
        </p>
        {question && question.jobTerms.length > 0 && (
          <p className="muted">
            {t('practice.question.fromJob', { terms: question.jobTerms.join(', ') })}
          </p>
        )}
        <button
          className="button button--small"
          type="button"
          onClick={current.next}
          disabled={current.count < (question ? 2 : 1)}
        >
          {t('practice.nextQuestion')}
        </button>
        <TextArea
          label={t('practice.answer')}
          hint={t('practice.answerHint')}
          name="answer"
          lang={language}
          rows={8}
          value={answer}
          onChange={(e) => setAnswer(e.target.value)}
        />
        <VoiceRecorder
          language={language}
          onTranscript={setAnswer}
          onDuration={setDurationSeconds}
        />
        <button
          className="button button--primary button--block"
          type="button"
          disabled={!answer.trim()}
          onClick={analyze}
        >
          {result ? t('practice.tryAgain') : t('practice.analyze')}
        </button>
      </section>

      {result && (
        <FeedbackView
          answer={result.answer}
          analysis={result.analysis}
          feedback={result.feedback}
          wordsPerMinute={result.wpm}
        />
      )}
      <PracticeHistory
        attempts={attempts}
        question={questionText}
        onCleared={() => setAttempts([])}
        onPractiseAgain={practiseAgain}
      />
    </div>
  );
}
