import { interviewAtStage } from '../../../domain/scheduling/interview-schedule';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { decisionOutcomes, type DecisionOutcome } from '../../../domain/decision';
import { candidateProgress } from '../../api/invalidation';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { useDraft } from '../../components/draft';
import { FieldError, FormError, TextArea } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import { useSession } from '../../session';
import { Checkbox } from '../../components/checkbox-group';
import { RejectionPreview } from '../pipeline/rejection-preview';
import { StageScore } from './stage-score';
import { needsVerdictOverride, VerdictOverrideDialog } from './verdict-override-dialog';
import type { ApiBody } from '../../api/client';
import type { Stage as StageName } from '../../../domain/pipeline';

type DecisionInput = ApiBody<'post', '/api/applications/{applicationId}/decisions'>;

/**
 * Who of the user panel has not scored, said beside the score before the verdict is given (the
 * override dialog says it again only after the click); the viewer reads "you".
 */
function AwaitedScorers({ scorers }: { scorers: { interviewerId: string; name: string }[] }) {
  const { t } = useI18n();
  const { user } = useSession();
  if (!scorers.length) return null;
  const names = scorers.map((scorer) =>
    scorer.interviewerId === user.id ? t('verdict.you') : scorer.name,
  );
  return (
    <p className="muted decision__awaited" role="note">
      {t('decision.awaitedScorers', { names: names.join(', ') })}
    </p>
  );
}

/** The candidate page's address fragment for an application's decision panel (Today links it). */
export const decisionAnchor = (applicationId: string) => `decision-${applicationId}`;

/**
 * Opened from a link to this application's decision (HR's Today): once the panel has loaded,
 * scroll it into view and move the focus to its heading, so HR starts where they decide.
 */
function useOpenedAtDecision(applicationId: string, loaded: boolean) {
  const title = useRef<HTMLHeadingElement>(null);
  const done = useRef(false);
  useEffect(() => {
    if (!loaded || done.current) return;
    if (window.location.hash !== `#${decisionAnchor(applicationId)}`) return;
    done.current = true;
    title.current?.scrollIntoView({ block: 'start' });
    title.current?.focus({ preventScroll: true });
  }, [applicationId, loaded]);
  return title;
}

/** Per application: both interviews' scores, the explained combined score, and the decision. */
export function ApplicationDecision({
  applicationId,
  jobId,
  jobTitle,
  stage,
}: {
  applicationId: string;
  /** The application's job: the rejection e-mail's preview is written for it. */
  jobId: string;
  /** Said in the heading: a candidate's applications to several jobs sit one under another. */
  jobTitle: string;
  stage: StageName;
}) {
  const { t, dateTime, number } = useI18n();
  const { data, error, refetch } = useApiQuery('/api/applications/{applicationId}/decisions', {
    path: { applicationId },
  });
  const title = useOpenedAtDecision(applicationId, Boolean(data));
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return null;
  const deciding = interviewAtStage(stage);
  return (
    <div className="decision" id={decisionAnchor(applicationId)}>
      <h3 ref={title} tabIndex={-1}>
        {t('decision.title', { job: jobTitle })}
      </h3>
      <p className="decision__kits">
        {(['hr', 'user'] as const)
          .filter((interview) => data.can.openKit[interview])
          .map((interview) => (
            <Link
              key={interview}
              className="button button--small"
              href={`/applications/${applicationId}/interviews/${interview}`}
            >
              {t('interview.openKit', { stage: t(`interview.${interview}`) })}
            </Link>
          ))}
      </p>
      <dl className="decision__scores">
        <StageScore
          label={t('decision.hrScore')}
          summary={data.summaries.hr}
          hiddenBecause={data.hiddenBecause.hr}
        />
        <StageScore
          label={t('decision.userScore')}
          summary={data.summaries.user}
          hiddenBecause={data.hiddenBecause.user}
        />
        {data.combined?.score != null && (
          <div className="stage-score">
            <dt>{t('decision.combined')}</dt>
            <dd>
              <strong className="stage-score__value">{number(data.combined.score, 2)}</strong>{' '}
              <span className="muted">{t('decision.scale')}</span>
              <ul className="decision__parts">
                {data.combined.parts.map((part) => (
                  <li key={part.stage}>
                    {t('decision.combinedExplained', {
                      stage: t(`interview.${part.stage}`),
                      average: part.average != null ? number(part.average, 2) : '—',
                      weight: part.weight,
                      contribution: part.contribution != null ? number(part.contribution, 2) : '—',
                    })}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {deciding && (
        <AwaitedScorers
          scorers={deciding === 'hr' ? data.awaitedHrScorers : data.awaitedUserScorers}
        />
      )}
      {data.conflict && (
        <p className="notice notice--warning" role="note">
          {t('decision.conflict')}
        </p>
      )}
      {deciding && data.can.decide[deciding] && (
        <DecisionForm
          applicationId={applicationId}
          jobId={jobId}
          jobTitle={jobTitle}
          stage={deciding}
          upcomingInterview={data.upcomingInterview[deciding]}
          advancesTo={data.advancesTo[deciding]}
          // No scorecard at all: no override helps (the server refuses), so it says so before the
          // click at either stage. A missing interview or panel member goes to the override dialog.
          unscored={data.summaries[deciding]?.scorecards === 0}
          writeScorecard={
            data.can.openKit[deciding]
              ? `/applications/${applicationId}/interviews/${deciding}`
              : null
          }
        />
      )}
      {data.decisions.length > 0 && (
        <>
          <h4>{t('decision.history')}</h4>
          <ul className="decision__history">
            {data.decisions.map((decision) => (
              <li key={decision.id}>
                <time dateTime={decision.at}>{dateTime(decision.at)}</time>{' '}
                {t('decision.entry', {
                  name: decision.decidedByName ?? '',
                  stage: t(`interview.${decision.stage}`),
                  outcome: t(`decision.outcome.${decision.outcome}`),
                })}
                {decision.conflict && (
                  <span className="history__override"> {t('decision.conflictFlag')}</span>
                )}
                {decision.againstPanel && (
                  <span className="history__override"> {t('decision.againstPanel')}</span>
                )}
                {decision.panelSplit && (
                  <span className="history__override"> {t('decision.panelSplit')}</span>
                )}
                {decision.rationale && (
                  <>
                    {' '}
                    <q className="history__note">{decision.rationale}</q>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function DecisionForm({
  applicationId,
  jobId,
  jobTitle,
  stage,
  upcomingInterview,
  advancesTo,
  unscored,
  writeScorecard,
}: {
  applicationId: string;
  jobId: string;
  jobTitle: string;
  stage: 'hr' | 'user';
  /** A booked interview of this stage still ahead: the decision would call it off. */
  upcomingInterview: string | null;
  /** The stage "advance" moves the candidate to. */
  advancesTo: StageName;
  /** No scorecard of this stage is submitted: only "hold" can be recorded yet. */
  unscored: boolean;
  /** The viewer's own interview kit, where they can write the missing scorecard; null if not theirs. */
  writeScorecard: string | null;
}) {
  const { t, dateTime } = useI18n();
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
  // A decision can move the candidate on (or out), which settles interviews: every view changes.
  const deciding = useApiMutation('post', '/api/applications/{applicationId}/decisions', {
    invalidates: candidateProgress,
  });
  const { error } = deciding;
  const { draft, set, bind, fieldError } = useDraft({ rationale: '' }, error);
  const [overriding, setOverriding] = useState(false);
  // Once confirmed, the override's reason goes with every later try (e.g. after adding a rationale).
  const [overrideReason, setOverrideReason] = useState('');
  // HR's gate rejects as a board move does: HR may e-mail the candidate the rejection with it.
  const [emailCandidate, setEmailCandidate] = useState(false);
  const emailsRejection = stage === 'hr' && outcome === 'reject' && emailCandidate;
  const send = (reason = overrideReason) => {
    if (!outcome) return;
    setOverrideReason(reason);
    const body: DecisionInput = {
      stage,
      outcome,
      rationale: draft.rationale,
      ...(reason && { overrideReason: reason }),
      ...(emailsRejection && { emailCandidate: true }),
    };
    deciding.mutate(
      { path: { applicationId }, body },
      {
        onSuccess: () => (
          set('rationale', ''),
          setOverrideReason(''),
          setEmailCandidate(false),
          setOverriding(false),
          deciding.reset()
        ),
        onError: (failure) =>
          setOverriding(
            needsVerdictOverride(failure) ||
              failure.fields.some((f) => f.code === 'override_reason_too_short'),
          ),
      },
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };
  // The override dialog has a form of its own, so it sits beside the decision form, not in it.
  return (
    <>
      <form className="decision__form" onSubmit={submit} noValidate>
        <fieldset className="fieldset">
          <legend>
            {t(stage === 'hr' ? 'decision.decideHr' : 'decision.decideUser', {
              job: jobTitle,
            })}
          </legend>
          <div className="segmented">
            {decisionOutcomes.map((option) => (
              <label key={option} className="segmented__option">
                <input
                  type="radio"
                  name="outcome"
                  value={option}
                  checked={outcome === option}
                  disabled={unscored && option !== 'hold'}
                  onChange={() => setOutcome(option)}
                />
                <span>
                  {/* Advancing names the stage it moves to (the server knows the job's next). */}
                  {option === 'advance'
                    ? t('decision.outcome.advanceTo', { stage: t(`stage.${advancesTo}`) })
                    : t(`decision.outcome.${option}`)}
                </span>
              </label>
            ))}
          </div>
          {unscored && (
            <p className="notice" role="note" data-testid="decision-unscored">
              {t('decision.needsScorecard')}{' '}
              {writeScorecard && (
                <Link className="button button--small" href={writeScorecard}>
                  {t('decision.writeScorecard')}
                </Link>
              )}
            </p>
          )}
          {outcome === 'advance' && (
            <p className="muted" data-testid="decision-advances-to">
              {t('decision.advancesTo', { stage: t(`stage.${advancesTo}`) })}
            </p>
          )}
          {upcomingInterview && (outcome === 'advance' || outcome === 'reject') && (
            <p className="notice notice--warning" role="note">
              {t(`decision.skipsInterview.${outcome}`, { when: dateTime(upcomingInterview) })}
            </p>
          )}
          <TextArea
            label={t('decision.rationale')}
            hint={t('decision.rationaleHint')}
            rows={3}
            {...bind('rationale')}
          />
          {stage === 'hr' && outcome === 'reject' && (
            <Checkbox
              name="emailCandidate"
              checked={emailCandidate}
              onChange={setEmailCandidate}
              label={t('move.emailRejection')}
            />
          )}
          {emailsRejection && <RejectionPreview jobId={jobId} applicationIds={[applicationId]} />}
          {error &&
            !overriding &&
            (fieldError('stage') ? (
              <FieldError error={fieldError('stage')} />
            ) : (
              <FormError error={error} />
            ))}
          <button
            className="button button--primary"
            type="submit"
            disabled={!outcome || deciding.isPending}
          >
            {t('decision.submit')}
          </button>
        </fieldset>
      </form>
      {overriding && error && (
        <VerdictOverrideDialog
          error={error}
          busy={deciding.isPending}
          onConfirm={send}
          onClose={() => (setOverriding(false), deciding.reset())}
        />
      )}
    </>
  );
}
