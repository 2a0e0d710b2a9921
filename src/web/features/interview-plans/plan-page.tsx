import { useState } from 'react';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorNotice, useFieldErrors } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { JobTabs } from '../jobs/job-tabs';
import { StagePlanEditor } from './stage-plan-editor';
import { StageTargetsForm } from '../today/stage-targets-form';
import { ActionButton } from '../../components/action-button';
import { apiUrl, type ApiBody, type ApiSchema } from '../../api/client';

type InterviewPlanInput = ApiBody<'put', '/api/jobs/{jobId}/interview-plan'>;
type JobInterviewPlan = ApiSchema<'JobInterviewPlan'>;
type Job = ApiSchema<'Job'>;
type Question = ApiSchema<'Question'>;

export type PlanDraft = JobInterviewPlan['plan'];

/** HR and the hiring manager shape each stage: panel, duration, attributes, questions, brief, weight. */
export function PlanPage({ jobId }: { jobId: string }) {
  const { t } = useI18n();
  const path = { jobId };
  const job = useApiQuery('/api/jobs/{jobId}', { path });
  const saved = useApiQuery('/api/jobs/{jobId}/interview-plan', { path });
  const bank = useApiQuery('/api/questions', {});
  // A new editor (from the stored plan) each time the user chooses to load someone else's save.
  const [opening, setOpening] = useState(0);
  const failed = [job, saved, bank].find((query) => query.error);
  if (failed) return <LoadError error={failed.error} retry={failed.refetch} />;
  if (!job.data || !saved.data || !bank.data) return <p className="muted">{t('common.loading')}</p>;
  const reload = async () => {
    await saved.refetch();
    setOpening((count) => count + 1);
  };
  return (
    <PlanEditor
      key={opening}
      job={job.data}
      saved={saved.data}
      bank={bank.data.items}
      onReload={() => void reload()}
    />
  );
}

function PlanEditor({
  job,
  saved,
  bank,
  onReload,
}: {
  job: Job;
  saved: JobInterviewPlan;
  bank: Question[];
  onReload(): void;
}) {
  const { t } = useI18n();
  const [plan, setPlan] = useState<PlanDraft>(saved.plan);
  // The plan as this editor last knew it stored (null: not saved yet), kept from the first render
  // so a background refetch cannot make a stale editor look fresh; a save of ours moves it on.
  const [expectedUpdatedAt, setExpectedUpdatedAt] = useState(saved.updatedAt);
  const [status, setStatus] = useState('');
  // The plan decides what the kits and scorecards ask: they change with it.
  const saving = useApiMutation('put', '/api/jobs/{jobId}/interview-plan', {
    invalidates: [apiUrl('/api/jobs/{jobId}', { path: { jobId: job.id } }), '/api/applications'],
  });
  const { error } = saving;
  const fieldError = useFieldErrors(error);
  // HR shapes both interviews; the job's hiring manager the user interview; others read the plan.
  const mayEdit = job.can.editPlan;

  const save = () => {
    const body: InterviewPlanInput = {
      hr: { ...plan.hr },
      user: { ...plan.user },
      expectedUpdatedAt,
    };
    setStatus('');
    saving.mutate(
      { path: { jobId: job.id }, body },
      {
        onSuccess: (stored) => {
          setExpectedUpdatedAt(stored.updatedAt);
          setStatus(t('plan.saved'));
        },
      },
    );
  };

  return (
    <>
      <JobTabs job={job} current="plan" />
      <h2>{t('plan.title')}</h2>
      {!saved.saved && <p className="notice">{t('plan.fromTemplate')}</p>}
      <ErrorNotice error={error} onReload={onReload} />
      <div className="plan-grid">
        {(['hr', 'user'] as const).map((stage) => (
          <StagePlanEditor
            key={stage}
            stage={stage}
            value={plan[stage]}
            team={job.team}
            bank={bank}
            readOnly={!mayEdit[stage]}
            fieldError={(path) => fieldError(`${stage}.${path}`)}
            onChange={(next) =>
              // The two weights share the decision: the user interview takes what HR does not.
              setPlan(
                stage === 'hr'
                  ? { hr: next, user: { ...plan.user, weight: 100 - next.weight } }
                  : { ...plan, user: { ...next, weight: plan.user.weight } },
              )
            }
          />
        ))}
      </div>
      <p role="status" className="status-line">
        {status}
      </p>
      {mayEdit.user && (
        <ActionButton className="button button--primary" request={saving} onClick={save}>
          {t('plan.save')}
        </ActionButton>
      )}
      <StageTargetsForm jobId={job.id} testsEnabled={job.testsEnabled} />
    </>
  );
}
