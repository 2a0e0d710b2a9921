import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api/client';
import type { CandidateDetail, NewCandidateInput } from '../../../server/routes/candidates.schema';
import type { JobList } from '../../../server/routes/jobs.schema';
import {
  ErrorNotice,
  SelectField,
  TextArea,
  TextField,
  useFieldErrors,
} from '../../components/form-fields';
import { useResource } from '../../components/use-resource';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate } from '../../router';

const sources = [
  'manual',
  'careers_page',
  'referral',
  'jobstreet',
  'linkedin',
  'glints',
  'kalibrr',
  'campus',
  'other',
] as const;

interface Draft {
  fullName: string;
  email: string;
  phone: string;
  source: (typeof sources)[number];
  tags: string;
  notes: string;
  jobIds: string[];
}

/** Adds a candidate by hand (applying them to jobs at once) or edits one. */
export function CandidateFormPage({
  candidateId,
  preselectedJobId,
}: {
  candidateId?: string;
  preselectedJobId?: string | null;
}) {
  const { t } = useI18n();
  const jobs = useResource<JobList>(candidateId ? null : '/api/jobs');
  const existing = useResource<CandidateDetail>(
    candidateId ? `/api/candidates/${candidateId}` : null,
  );
  const [draft, setDraft] = useState<Draft>({
    fullName: '',
    email: '',
    phone: '',
    source: 'manual',
    tags: '',
    notes: '',
    jobIds: preselectedJobId ? [preselectedJobId] : [],
  });
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const fieldError = useFieldErrors(error);
  useEffect(() => {
    const c = existing.data;
    if (c)
      setDraft({
        fullName: c.fullName,
        email: c.email,
        phone: c.phone ?? '',
        source: c.source,
        tags: c.tags.join(', '),
        notes: c.notes,
        jobIds: [],
      });
  }, [existing.data]);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
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
    try {
      const saved = await api<CandidateDetail>(
        candidateId ? 'PUT' : 'POST',
        candidateId ? `/api/candidates/${candidateId}` : '/api/candidates',
        body,
      );
      navigate(`/candidates/${saved.id}`);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : undefined);
      setBusy(false);
    }
  };

  const openJobs = jobs.data?.items.filter((job) => job.status !== 'closed') ?? [];
  return (
    <>
      <div className="page__head">
        <h1>{t(candidateId ? 'candidate.editTitle' : 'candidate.newTitle')}</h1>
      </div>
      <ErrorNotice error={error ?? existing.error} />
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
            {sources.map((source) => (
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
