import { useState } from 'react';
import { candidateProgress } from '../../api/invalidation';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorNotice } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { JobTabs } from '../jobs/job-tabs';
import { MoveDialog, type MoveTarget } from '../pipeline/move-dialog';
import { movedMessage } from '../pipeline/moved-message';
import { ScreeningCard } from './screening-card';
import type { Stage } from '../../../domain/pipeline';
import './screening.css';

type ScreenedStage = 'applied' | 'cv_screening';
const nextStage: Record<ScreenedStage, Stage> = {
  applied: 'cv_screening',
  cv_screening: 'hr_interview',
};

/**
 * CV screening for one job: each CV against the job's skills and tools, so HR can advance or
 * reject one by one or several at once. The page explains; it never ranks or decides.
 */
export function ScreeningPage({ jobId, stage: asked }: { jobId: string; stage?: string | null }) {
  const { t } = useI18n();
  // Today's "new applications" link asks for Applied; the job's tab asks for nothing, and the
  // server opens where work waits (new applications first), so none is hidden behind the other.
  const [chosen, setChosen] = useState<ScreenedStage | undefined>(
    asked === 'applied' || asked === 'cv_screening' ? asked : undefined,
  );
  const job = useApiQuery('/api/jobs/{jobId}', { path: { jobId } });
  const { data, error, refetch } = useApiQuery('/api/jobs/{jobId}/screening', {
    path: { jobId },
    query: chosen ? { stage: chosen } : {},
  });
  const single = useApiMutation('post', '/api/applications/{applicationId}/move', {
    invalidates: candidateProgress,
  });
  const many = useApiMutation('post', '/api/jobs/{jobId}/bulk-move', {
    invalidates: candidateProgress,
  });
  const [selected, setSelected] = useState<string[]>([]);
  const [moveTarget, setMoveTarget] = useState<MoveTarget | undefined>();
  const [status, setStatus] = useState('');
  const moveError = single.error ?? many.error;

  if (job.error) return <LoadError error={job.error} retry={job.refetch} />;
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data || !job.data) return <p className="muted">{t('common.loading')}</p>;
  const stage = data.stage;
  const stages = job.data.testsEnabled
    ? job.data.stages
    : job.data.stages.filter((s) => s !== 'tests');

  const done = (applicationIds: string[], toStage: Stage) => {
    setMoveTarget(undefined);
    setSelected([]);
    single.reset();
    many.reset();
    const name = data.items.find((item) => item.applicationId === applicationIds[0])?.candidateName;
    setStatus(movedMessage(t, { count: applicationIds.length, toStage, name }));
  };
  const advance = (applicationIds: string[]) => {
    const toStage = nextStage[stage];
    const moved = { onSuccess: () => done(applicationIds, toStage) };
    if (applicationIds.length === 1) {
      single.mutate({ path: { applicationId: applicationIds[0]! }, body: { toStage } }, moved);
    } else {
      many.mutate({ path: { jobId }, body: { toStage, applicationIds } }, moved);
    }
  };
  const reject = (applicationIds: string[], name?: string) =>
    setMoveTarget({ jobId, applicationIds, name, toStage: 'rejected', stages, can: job.data.can });
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => (on ? [...current, id] : current.filter((x) => x !== id)));
  const moving = single.isPending || many.isPending;
  const advanceLabel = stage === 'applied' ? t('screening.toScreening') : t('screening.advance');

  return (
    <>
      <JobTabs job={job.data} current="screening" />
      <p className="muted">{t('screening.intro')}</p>
      <div className="screening-bar">
        <label className="inline-field">
          {t('screening.stage')}{' '}
          <select
            name="stage"
            value={stage}
            onChange={(e) => {
              setChosen(e.target.value as ScreenedStage);
              setSelected([]);
            }}
          >
            {(['applied', 'cv_screening'] as const).map((option) => (
              <option key={option} value={option}>
                {t('screening.stageCount', {
                  stage: t(`stage.${option}`),
                  count: data.counts[option],
                })}
              </option>
            ))}
          </select>
        </label>
        {selected.length > 0 && (
          <span className="screening-bar__bulk">
            <span>{t('screening.selected', { count: selected.length })}</span>
            <button
              className="button button--primary button--small"
              type="button"
              onClick={() => advance(selected)}
              disabled={moving}
            >
              {stage === 'applied' ? t('screening.toScreening') : t('screening.advanceSelected')}
            </button>
            <button className="button button--small" type="button" onClick={() => reject(selected)}>
              {t('screening.rejectSelected')}
            </button>
          </span>
        )}
      </div>
      <p role="status" className="muted">
        {status}
      </p>
      <ErrorNotice error={moveError} />
      {data.items.length === 0 && <p className="muted">{t('screening.empty')}</p>}
      <ul className="screening-list">
        {data.items.map((item) => (
          <ScreeningCard
            key={item.applicationId}
            item={item}
            selected={selected.includes(item.applicationId)}
            onSelect={(on) => toggle(item.applicationId, on)}
            advanceLabel={advanceLabel}
            onAdvance={() => advance([item.applicationId])}
            busy={moving}
            onReject={() => reject([item.applicationId], item.candidateName)}
          />
        ))}
      </ul>
      {moveTarget && (
        <MoveDialog
          target={moveTarget}
          onClose={() => setMoveTarget(undefined)}
          onMoved={(_count, toStage) => done(moveTarget.applicationIds, toStage)}
        />
      )}
    </>
  );
}
