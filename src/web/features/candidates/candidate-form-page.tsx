import { useState, type FormEvent } from 'react';
import { candidateSources, type CandidateSource } from '../../../domain/candidate';
import type { CandidateDetail, NewCandidateInput } from '../../../server/routes/candidates.schema';
import { candidateRecord } from '../../api/invalidation';
import { useApiMutation, useApiQuery } from '../../api/queries';
import {
  ErrorNotice,
  SelectField,
  TextArea,
  TextField,
  useFieldErrors,
} from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate } from '../../router';

interface Draft {
  fullName: string;
  email: string;
  phone: string;
  source: CandidateSource;
  tags: string;
  notes: string;
  jobIds: string[];
}

const draftOf = (c: CandidateDetail): Draft => ({
  fullName: c.fullName,
  email: c.email,
  phone: c.phone ?? '',
  source: c.source,
  tags: c.tags.join(', '),
  notes: c.notes,
  jobIds: [],
});

/** Adds a candidate by hand (applying them to jobs at once) or edits one. */
export function CandidateFormPage({
  candidateId,
  preselectedJobId,
}: {
  candidateId?: string;
  preselectedJobId?: string | null;
}) {
  const { t } = useI18n();
  const existing = useApiQuery(
    '/api/candidates/{candidateId}',
    candidateId ? { path: { candidateId } } : null,
  );
  if (!candidateId) {
    return (
      <CandidateForm
        initial={{
          fullName: '',
          email: '',
          phone: '',
          source: 'manual',
          tags: '',
          notes: '',
          jobIds: preselectedJobId ? [preselectedJobId] : [],
        }}
      />
    );
  }
  if (existing.error) return <LoadError error={existing.error} retry={existing.refetch} />;
  if (!existing.data) return <p className="muted">{t('common.loading')}</p>;
  return <CandidateForm candidateId={candidateId} initial={draftOf(existing.data)} />;
}

function CandidateForm({ candidateId, initial }: { candidateId?: string; initial: Draft }) {
  const { t } = useI18n();
  const jobs = useApiQuery('/api/jobs', candidateId ? null : {});
  const [draft, setDraft] = useState<Draft>(initial);
  const create = useApiMutation('post', '/api/candidates', { invalidates: candidateRecord });
  const update = useApiMutation('put', '/api/candidates/{candidateId}', {
    invalidates: candidateRecord,
  });
  const error = (candidateId ? update : create).error;
  const busy = create.isPending || update.isPending || create.isSuccess || update.isSuccess;
  const fieldError = useFieldErrors(error);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: NewCandidateInput = {
      fullName: draft.fullName,
      email: draft.email,
      phone: draft.phone || null,
      source: draft.source,
      tags: draft.tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
      notes: draft.notes,
      ...(candidateId ? {} : { jobIds: draft.jobIds }),
    };
    const show = (saved: CandidateDetail) => navigate(`/candidates/${saved.id}`);
    if (candidateId) update.mutate({ path: { candidateId }, body }, { onSuccess: show });
    else create.mutate({ body }, { onSuccess: show });
  };

  const openJobs = jobs.data?.items.filter((job) => job.status !== 'closed') ?? [];
  return (
    <>
      <div className="page__head">
        <h1>{t(candidateId ? 'candidate.editTitle' : 'candidate.newTitle')}</h1>
      </div>
      <ErrorNotice error={error} />
      <LoadError error={jobs.error} retry={jobs.refetch} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('candidate.fullName')}
          name="fullName"
          autoComplete="off"
          value={draft.fullName}
          onChange={(e) => set('fullName', e.target.value)}
          error={fieldError('fullName')}
        />
        <div className="form__row">
          <TextField
            label={t('candidate.email')}
            name="email"
            type="email"
            autoComplete="off"
            value={draft.email}
            onChange={(e) => set('email', e.target.value)}
            error={fieldError('email')}
          />
          <TextField
            label={t('candidate.phone')}
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="off"
            hint={t('candidate.phoneHint')}
            value={draft.phone}
            onChange={(e) => set('phone', e.target.value)}
            error={fieldError('phone')}
          />
        </div>
        <div className="form__row">
          <SelectField
            label={t('candidate.source')}
            name="source"
            value={draft.source}
            onChange={(e) => set('source', e.target.value as Draft['source'])}
          >
            {candidateSources.map((source) => (
              <option key={source} value={source}>
                {t(`source.${source}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('candidate.tags')}
            name="tags"
            hint={t('jobForm.listHint')}
            value={draft.tags}
            onChange={(e) => set('tags', e.target.value)}
            error={fieldError('tags')}
          />
        </div>
        <TextArea
          label={t('candidate.notes')}
          name="notes"
          value={draft.notes}
          onChange={(e) => set('notes', e.target.value)}
          error={fieldError('notes')}
        />
        {!candidateId && (
          <fieldset className="fieldset">
            <legend>{t('candidate.applyTo')}</legend>
            <div className="checkbox-grid">
              {openJobs.map((job) => (
                <label key={job.id} className="checkbox">
                  <input
                    type="checkbox"
                    name="jobIds"
                    value={job.id}
                    checked={draft.jobIds.includes(job.id)}
                    onChange={(e) =>
                      set(
                        'jobIds',
                        e.target.checked
                          ? [...draft.jobIds, job.id]
                          : draft.jobIds.filter((id) => id !== job.id),
                      )
                    }
                  />
                  {job.title} <span className="muted">({t(`jobStatus.${job.status}`)})</span>
                </label>
              ))}
            </div>
            {fieldError('jobIds') && (
              <small className="field__error" role="alert">
                {fieldError('jobIds')}
              </small>
            )}
          </fieldset>
        )}
        <div className="form__actions">
          <button className="button button--primary" type="submit" disabled={busy}>
            {t('candidate.save')}
          </button>
          <Link
            className="button"
            href={candidateId ? `/candidates/${candidateId}` : '/candidates'}
          >
            {t('jobForm.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
