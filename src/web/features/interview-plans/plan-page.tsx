import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client';
import type {
  InterviewPlanInput,
  JobInterviewPlan,
} from '../../../server/routes/interview-plans.schema';
import type { QuestionList } from '../../../server/routes/questions.schema';
import type { Job } from '../../../server/routes/jobs.schema';
import { ErrorNotice, useFieldErrors } from '../../components/form-fields';
import { useResource } from '../../components/use-resource';
import { useI18n } from '../../i18n/i18n';
import { JobTabs } from '../jobs/job-tabs';
import { isHr, useSession } from '../../session';
import { StagePlanEditor } from './stage-plan-editor';

export type PlanDraft = JobInterviewPlan['plan'];

/** HR and the hiring manager shape each stage: panel, duration, attributes, questions, brief, weight. */
export function PlanPage({ jobId }: { jobId: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const job = useResource<Job>(`/api/jobs/${jobId}`);
  const saved = useResource<JobInterviewPlan>(`/api/jobs/${jobId}/interview-plan`);
  const bank = useResource<QuestionList>('/api/questions');
  const [plan, setPlan] = useState<PlanDraft | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [status, setStatus] = useState('');
  const fieldError = useFieldErrors(error);
  useEffect(() => {
    if (saved.data) setPlan(saved.data.plan);
  }, [saved.data]);

  if (job.error || saved.error) return <ErrorNotice error={job.error ?? saved.error} />;
  if (!job.data || !plan || !bank.data) return <p className="muted">{t('common.loading')}</p>;
  // HR shapes both interviews; the job's hiring manager the user interview; others read the plan.
  const isManager = job.data.team.some(
    (m) => m.userId === user.id && m.teamRole === 'hiring_manager',
  );
  const mayEdit = { hr: isHr(user), user: isHr(user) || isManager };

  const save = async () => {
    const body: InterviewPlanInput = {
      hr: { ...plan.hr },
      user: { ...plan.user },
    };
    try {
      await api('PUT', `/api/jobs/${jobId}/interview-plan`, body);
      setError(undefined);
      setStatus(t('plan.saved'));
      saved.reload();
    } catch (failure) {
      setStatus('');
      setError(failure instanceof ApiError ? failure : undefined);
    }
  };

  return (
    <>
      <JobTabs job={job.data} current="plan" />
      <h2>{t('plan.title')}</h2>
      {saved.data && !saved.data.saved && <p className="notice">{t('plan.fromTemplate')}</p>}
      <ErrorNotice error={error} />
      <div className="plan-grid">
        {(['hr', 'user'] as const).map((stage) => (
          <StagePlanEditor
            key={stage}
            stage={stage}
            value={plan[stage]}
            team={job.data!.team}
            bank={bank.data!.items}
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
        <button className="button button--primary" type="button" onClick={() => void save()}>
          {t('plan.save')}
        </button>
      )}
    </>
  );
}
