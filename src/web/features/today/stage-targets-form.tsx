import { apiUrl } from '../../api/client';
import { useEffect, useState } from 'react';
import { activeStages, type ActiveStage } from '../../../domain/pipeline';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { TextField, useFieldErrors } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';

type Targets = Record<ActiveStage, number>;

/** How long a candidate may wait in each of the job's stages before "Today" flags them (HR edits). */
export function StageTargetsForm({
  jobId,
  testsEnabled,
}: {
  jobId: string;
  testsEnabled: boolean;
}) {
  const { t } = useI18n();
  const url = apiUrl('/api/jobs/{jobId}/stage-targets', { path: { jobId } });
  const { data, error, refetch } = useApiQuery('/api/jobs/{jobId}/stage-targets', {
    path: { jobId },
  });
  const saving = useApiMutation('put', '/api/jobs/{jobId}/stage-targets', {
    invalidates: [url, '/api/today'],
  });
  const fieldError = useFieldErrors(saving.error);
  const [draft, setDraft] = useState<Record<ActiveStage, string> | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (data) setDraft(asText(data.targets));
  }, [data]);
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data || !draft) return null;
  const shown = activeStages.filter((stage) => testsEnabled || stage !== 'tests');
  const save = () => {
    setStatus('');
    const targets = Object.fromEntries(
      activeStages.map((stage) => [stage, Number(draft[stage])]),
    ) as Targets;
    saving.mutate(
      { path: { jobId }, body: { targets } },
      { onSuccess: () => setStatus(t('targets.saved')) },
    );
  };
  return (
    <section className="stage-targets" aria-labelledby="stage-targets-title">
      <h2 id="stage-targets-title">{t('targets.title')}</h2>
      <p className="muted">{t('targets.lead')}</p>
      <div className="stage-targets__grid">
        {shown.map((stage) => (
          <TextField
            key={stage}
            label={t(`stage.${stage}`)}
            hint={t('targets.default', { days: data.defaults[stage] })}
            error={fieldError(`targets.${stage}`)}
            type="number"
            inputMode="numeric"
            min={1}
            max={65}
            value={draft[stage]}
            readOnly={!data.can.edit}
            onChange={(event) => setDraft({ ...draft, [stage]: event.target.value })}
          />
        ))}
      </div>
      <p role="status" className="status-line">
        {status}
      </p>
      {data.can.edit && (
        <button className="button" type="button" disabled={saving.isPending} onClick={save}>
          {t('targets.save')}
        </button>
      )}
    </section>
  );
}

function asText(targets: Targets): Record<ActiveStage, string> {
  return Object.fromEntries(activeStages.map((stage) => [stage, String(targets[stage])])) as Record<
    ActiveStage,
    string
  >;
}
