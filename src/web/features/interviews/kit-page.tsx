import { useEffect } from 'react';
import { QuestionGuidance } from './question-guidance';
import { formatIndonesianPhone } from '../../../domain/phone';
import { useApiQuery } from '../../api/queries';
import { apiUrl, type ApiError } from '../../api/client';
import { useInterviewTime } from '../scheduling/interview-card';
import { TextArea } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { JobLink } from '../jobs/job-link';
import { InterviewTimer } from './interview-timer';
import { PanelScorecards, ScorecardSummary } from './panel-scorecards';
import { ScorecardForm } from './scorecard-form';
import { useScorecardDraft } from './use-scorecard-draft';
import { SalaryExpectationsPanel } from '../salary-expectations/salary-expectations-panel';
import type { InterviewKit } from './use-scorecard-draft';

/** One page per interview, built for a phone held during the conversation. */
export function KitPage({ applicationId, stage }: { applicationId: string; stage: 'hr' | 'user' }) {
  const { t } = useI18n();
  const { data, error, refetch } = useApiQuery(
    '/api/applications/{applicationId}/interviews/{stage}/kit',
    { path: { applicationId, stage } },
  );
  if (error?.code === 'interview_cancelled') return <CancelledKit error={error} />;
  if (error) return <LoadError error={error} retry={refetch} missing={t('kit.notYours')} />;
  if (!data) return <p className="muted">{t('common.loading')}</p>;
  return <Kit kit={data} />;
}

/**
 * A cancelled interview's kit, opened from its old invitation: a plain line, nothing to retry. A
 * no-show says the candidate did not come, so the panel does not think HR called it off.
 */
function CancelledKit({ error }: { error: ApiError }) {
  const { t } = useI18n();
  const when = useInterviewTime();
  const params = error.field('interview')?.params;
  const startsAt = typeof params?.startsAt === 'string' ? params.startsAt : null;
  const timeZone = typeof params?.timeZone === 'string' ? params.timeZone : 'Asia/Jakarta';
  const missed = params?.noShow === true;
  return (
    <div className="kit">
      <h1>{t(missed ? 'kit.missedTitle' : 'kit.cancelledTitle')}</h1>
      <p data-testid="kit-cancelled">
        {startsAt
          ? t(missed ? 'kit.missed' : 'kit.cancelled', { when: when(startsAt, timeZone) })
          : t(missed ? 'kit.missedUndated' : 'kit.cancelledUndated')}
      </p>
    </div>
  );
}

function Kit({ kit }: { kit: InterviewKit }) {
  const { t, locale } = useI18n();
  const draft = useScorecardDraft(kit);
  // The kit's address with #scorecard (Today's "Fill in the scorecard") opens at the scorecard.
  useEffect(() => {
    if (window.location.hash === '#scorecard')
      document.getElementById('scorecard-title')?.scrollIntoView();
  }, []);
  const { candidate } = kit;
  // The length HR booked, when booked: the plan's length is only the stage's usual one.
  const minutes = kit.bookedMinutes ?? kit.plan.durationMinutes;
  const formUrl = `/applications/${kit.application.id}/interviews/${kit.stage}/form`;
  // A closed stage (ended application, cancelled interview) offers no form unless one was submitted.
  const closed = kit.scorecardClosed && !draft.submitted ? kit.scorecardClosed : null;
  const takesNotes = kit.canScore && !closed;
  return (
    <div className="kit">
      <div className="page__head">
        <div>
          <p className="breadcrumb">
            {kit.readsCandidate ? (
              <Link href={`/candidates/${candidate.id}`}>{candidate.fullName}</Link>
            ) : (
              candidate.fullName
            )}{' '}
            · <JobLink jobId={kit.job.id}>{kit.job.title}</JobLink>
          </p>
          <h1>
            {t(`interview.${kit.stage}`)}: {candidate.fullName}
          </h1>
        </div>
        <div className="page__actions no-print">
          <Link className="button" href={formUrl}>
            {t('interview.print')}
          </Link>
          <Link className="button button--quiet" href={`${formUrl}?blank=1`}>
            {t('interview.printBlank')}
          </Link>
        </div>
      </div>
      <InterviewTimer plannedMinutes={minutes} />
      {!kit.canScore && <p className="notice">{t('interview.notOnPanel')}</p>}
      {/* Said first: a closed kit is read for reference, and the form it lacks is far below. */}
      {closed && (
        <p className="notice" data-testid="scorecard-closed">
          {t(`scorecard.closed.${closed}`)}
        </p>
      )}
      {kit.scorecardClosed === 'application_ended' && draft.submitted && (
        <p className="notice" data-testid="scorecard-closed-amend">
          {t('scorecard.closedAmendOnly')}
        </p>
      )}

      <section className="kit-section" aria-labelledby="purpose-title">
        <h2 id="purpose-title">{t('interview.purpose')}</h2>
        <p>{kit.template.purpose[locale]}</p>
        <p className="muted">
          <strong>{t('interview.expectedStyle')}:</strong> {kit.template.expectedStyle[locale]} ·{' '}
          {t('interview.duration', { minutes })}
        </p>
      </section>

      <section className="kit-section" aria-labelledby="candidate-title">
        <h2 id="candidate-title">{t('interview.candidate')}</h2>
        <dl className="facts">
          {candidate.email !== null && (
            <>
              <div>
                <dt>{t('candidate.email')}</dt>
                <dd>{candidate.email}</dd>
              </div>
              <div>
                <dt>{t('candidate.phone')}</dt>
                <dd>
                  {candidate.phone ? formatIndonesianPhone(candidate.phone) : t('common.none')}
                </dd>
              </div>
            </>
          )}
          <div>
            <dt>{t('interview.cv')}</dt>
            {kit.cv ? (
              <dd>
                <a href={apiUrl('/api/cv-files/{cvFileId}', { path: { cvFileId: kit.cv.id } })}>
                  {t('cv.open', { name: kit.cv.fileName })}
                </a>
              </dd>
            ) : (
              <dd className="muted">{t('interview.noCv')}</dd>
            )}
          </div>
          {candidate.notes && (
            <div className="facts__wide">
              <dt>{t('candidate.notes')}</dt>
              <dd className="prewrap">{candidate.notes}</dd>
            </div>
          )}
        </dl>
        {(kit.notesWithheld || (kit.hrScoresAfterSubmit && !closed)) && (
          <p className="muted" data-testid="notes-withheld">
            {kit.notesWithheld && t('candidate.notesWithheld')}{' '}
            {kit.hrScoresAfterSubmit && !closed && t('kit.hrScoresAfterSubmit')}
          </p>
        )}
      </section>

      <SalaryExpectationsPanel applicationId={kit.application.id} can={kit.can} inKit />

      {kit.hrAdvisory && (
        <section className="kit-section kit-section--advisory" aria-labelledby="advisory-title">
          <h2 id="advisory-title">{t('interview.hrAdvisory')}</h2>
          {kit.hrAdvisory.scorecards.length === 0 && (
            <p className="muted">{t('interview.hrAdvisoryEmpty')}</p>
          )}
          {kit.hrAdvisory.decisions.map((decision) => (
            <p key={decision.id}>
              <strong>
                {t('decision.entry', {
                  name: decision.decidedByName ?? '',
                  stage: t('interview.hr'),
                  outcome: t(`decision.outcome.${decision.outcome}`),
                })}
              </strong>
              {decision.rationale && (
                <>
                  {' '}
                  <q className="history__note">{decision.rationale}</q>
                </>
              )}
            </p>
          ))}
          {kit.hrAdvisory.scorecards.map((card) => (
            <ScorecardSummary key={card.id} card={card} />
          ))}
        </section>
      )}

      {kit.plan.brief && (
        <section className="kit-section" aria-labelledby="brief-title">
          <h2 id="brief-title">{t('interview.brief')}</h2>
          <p className="prewrap">{kit.plan.brief}</p>
        </section>
      )}

      <section className="kit-section" aria-labelledby="questions-title">
        <h2 id="questions-title">{t('interview.questions')}</h2>
        <ol className="kit-questions">
          {kit.questions.map((question) => (
            <li key={question.key} className="kit-question">
              <p className="kit-question__text">{question.text[locale]}</p>
              <p className="kit-question__tags">
                {question.attribute ? (
                  <span className="tag">{t(`attribute.${question.attribute}`)}</span>
                ) : (
                  <span className="tag">{t('interview.writtenForJob')}</span>
                )}
                {question.type && <span className="tag">{t(`questionType.${question.type}`)}</span>}
              </p>
              {question.goodAnswer && question.redFlags && (
                <QuestionGuidance goodAnswer={question.goodAnswer} redFlags={question.redFlags} />
              )}
              {takesNotes && (
                <TextArea
                  label={t('interview.yourNotes')}
                  name={`note-${question.key}`}
                  rows={2}
                  value={draft.content.questionNotes[question.key] ?? ''}
                  disabled={draft.submitted}
                  onChange={(e) => draft.setNote(question.key, e.target.value)}
                />
              )}
            </li>
          ))}
        </ol>
      </section>

      {!closed && <ScorecardForm kit={kit} draft={draft} />}
      {(draft.submitted || !kit.canScore || closed) && (
        <PanelScorecards applicationId={kit.application.id} stage={kit.stage} />
      )}
    </div>
  );
}
