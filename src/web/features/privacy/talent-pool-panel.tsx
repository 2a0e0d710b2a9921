import { useState } from 'react';
import { hasPassed } from '../../api/dates';
import { candidateRecord } from '../../api/invalidation';
import { useApiMutation } from '../../api/queries';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorNotice, SelectField } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import type { ApiSchema } from '../../api/client';
import { JobOptions } from '../jobs/job-options';

type CandidateDetail = ApiSchema<'CandidateDetail'>;

/**
 * Whether HR may consider the candidate for other openings, and the one way to ask: an e-mail
 * naming an open job, which the candidate answers through its link. HR never ticks it for them.
 */
export function TalentPoolPanel({
  candidate,
  openJobs,
}: {
  candidate: CandidateDetail;
  openJobs: readonly { id: string; title: string }[];
}) {
  const { t, tk, date } = useI18n();
  const [jobId, setJobId] = useState('');
  const inviting = useApiMutation('post', '/api/candidates/{candidateId}/talent-pool/invitations', {
    invalidates: candidateRecord,
  });
  const leaving = useApiMutation('post', '/api/candidates/{candidateId}/talent-pool/withdrawal', {
    invalidates: candidateRecord,
  });
  const error = inviting.error ?? leaving.error;
  const pool = candidate.talentPool;
  const path = { candidateId: candidate.id };
  const invite = () => inviting.mutate({ path, body: { jobId } });
  const [askingToRecordLeft, setAskingToRecordLeft] = useState(false);
  const problem = error?.fields[0];
  // Candidates HR entered carry no recorded consent: nothing to show or ask.
  if (pool.status === 'never_joined' && !pool.consentNeededForOtherJobs) return null;
  const waiting = pool.invitationRefusal === 'invitation_pending' && pool.lastInvitation;
  // Unanswered and over: expired, or ended at once because its e-mail could never reach them.
  const last = pool.lastInvitation;
  const ended = last && !last.answer && !waiting && hasPassed(last.expiresAt) ? last : null;
  return (
    <section className="talent-pool" aria-labelledby="talent-pool-title">
      <h2 id="talent-pool-title">{t('talentPool.title')}</h2>
      <p data-testid="talent-pool-status">
        {pool.status === 'member'
          ? t('talentPool.member', { date: date(pool.since!) })
          : pool.status === 'left'
            ? t('talentPool.left', { date: date(pool.since!) })
            : t('talentPool.oneRecruitment')}
      </p>
      {waiting && (
        <p className="notice" data-testid="talent-pool-invitation">
          {t('talentPool.waiting', {
            sent: date(waiting.sentAt),
            until: date(waiting.expiresAt),
          })}
        </p>
      )}
      {ended && (
        <p className="notice" data-testid="talent-pool-invitation">
          {t('talentPool.ended', { sent: date(ended.sentAt) })}
        </p>
      )}
      {pool.invitationRefusal === 'invitation_declined' && pool.askAgainFrom && (
        <p className="notice" data-testid="talent-pool-invitation">
          {t('talentPool.declined', {
            date: date(pool.lastInvitation?.answeredAt ?? pool.askAgainFrom),
            again: date(pool.askAgainFrom),
          })}
        </p>
      )}
      {!pool.invitationRefusal && (
        <div className="apply-row">
          <SelectField
            label={t('talentPool.jobToName')}
            name="talentPoolJob"
            value={jobId}
            onChange={(e) => setJobId(e.target.value)}
          >
            <JobOptions jobs={openJobs} />
          </SelectField>
          <button
            className="button"
            type="button"
            disabled={!jobId || inviting.isPending}
            onClick={invite}
          >
            {t('talentPool.invite')}
          </button>
        </div>
      )}
      {pool.status === 'member' && (
        <button
          className="button button--small"
          type="button"
          onClick={() => setAskingToRecordLeft(true)}
        >
          {t('talentPool.recordLeft')}
        </button>
      )}
      {problem && (
        <p className="notice notice--error" role="alert">
          {tk('error', problem.code ?? '', problem.message)}
        </p>
      )}
      {error && !problem && <ErrorNotice error={error} />}
      {askingToRecordLeft && (
        <ConfirmDialog
          title={t('talentPool.confirmLeftTitle')}
          confirmLabel={t('talentPool.recordLeft')}
          onConfirm={() => leaving.mutate({ path })}
          onClose={() => setAskingToRecordLeft(false)}
        >
          <p>{t('talentPool.confirmLeft')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
