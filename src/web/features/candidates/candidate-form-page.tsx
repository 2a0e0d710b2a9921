import { useState, type FormEvent } from 'react';
import {
  candidateSources,
  takesSourceDetail,
  type CandidateSource,
} from '../../../domain/candidate';
import { candidateRecord } from '../../api/invalidation';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { Checkbox, CheckboxGroup } from '../../components/checkbox-group';
import { useDraft } from '../../components/draft';
import {
  ChoiceField,
  ErrorNotice,
  TextArea,
  TextField,
  FormActions,
} from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { Link, navigate } from '../../router';
import type { ApiBody, ApiSchema } from '../../api/client';

type CandidateDetail = ApiSchema<'CandidateDetail'>;
type NewCandidateInput = ApiBody<'post', '/api/candidates'>;
type CandidateInput = ApiBody<'put', '/api/candidates/{candidateId}'>;

interface Draft {
  fullName: string;
  email: string;
  phone: string;
  city: string;
  source: CandidateSource;
  /** Adding only: the words of an "Other" source, e.g. Instagram (an edit keeps the stored ones). */
  sourceDetail: string;
  tags: string;
  notes: string;
  jobIds: string[];
  /** Adding only: send the privacy notice (UU PDP 27/2022), as an import offers. */
  tellCandidate: boolean;
}

const draftOf = (c: CandidateDetail): Draft => ({
  fullName: c.fullName,
  email: c.email ?? '',
  phone: c.phone ?? '',
  city: c.city ?? '',
  source: c.source,
  sourceDetail: c.sourceDetail ?? '',
  tags: c.tags.join(', '),
  notes: c.notes,
  jobIds: [],
  tellCandidate: false,
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
  // A new form (from the stored record) each time the user chooses to load someone else's change.
  const [opening, setOpening] = useState(0);
  if (!candidateId) {
    return (
      <CandidateForm
        initial={{
          fullName: '',
          email: '',
          phone: '',
          city: '',
          source: 'manual',
          sourceDetail: '',
          tags: '',
          notes: '',
          jobIds: preselectedJobId ? [preselectedJobId] : [],
          // Ticked by default: HR entered this person's details, so the PDP law asks that they are
          // told; HR unticks it when the person already knows (e.g. they handed in their CV).
          tellCandidate: true,
        }}
      />
    );
  }
  if (existing.error) return <LoadError error={existing.error} retry={existing.refetch} />;
  if (!existing.data) return <p className="muted">{t('common.loading')}</p>;
  const reload = async () => {
    await existing.refetch();
    setOpening((count) => count + 1);
  };
  return (
    <CandidateForm
      key={opening}
      candidateId={candidateId}
      initial={draftOf(existing.data)}
      openedAt={existing.data.updatedAt}
      onReload={() => void reload()}
    />
  );
}

function CandidateForm({
  candidateId,
  initial,
  openedAt,
  onReload,
}: {
  candidateId?: string;
  initial: Draft;
  /** The record's updatedAt when the form opened: a save over a later change is refused. */
  openedAt?: string;
  onReload?: () => void;
}) {
  const { t } = useI18n();
  // Kept from the first render: a background refetch must not make a stale form look fresh.
  const [expectedUpdatedAt] = useState(openedAt);
  const jobs = useApiQuery('/api/jobs', candidateId ? null : {});
  const create = useApiMutation('post', '/api/candidates', { invalidates: candidateRecord });
  const update = useApiMutation('put', '/api/candidates/{candidateId}', {
    invalidates: candidateRecord,
  });
  const error = (candidateId ? update : create).error;
  const busy = create.isPending || update.isPending || create.isSuccess || update.isSuccess;
  const { draft, set, bind, fieldError } = useDraft(initial, error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: CandidateInput = {
      fullName: draft.fullName,
      email: draft.email,
      phone: draft.phone || null,
      city: draft.city || null,
      source: draft.source,
      // Only Other and Referral have words: any typed before choosing another source are not sent.
      sourceDetail: takesSourceDetail(draft.source) ? draft.sourceDetail || null : null,
      tags: draft.tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
      notes: draft.notes,
    };
    const show = (saved: CandidateDetail) => navigate(`/candidates/${saved.id}`);
    if (candidateId) {
      update.mutate(
        {
          path: { candidateId },
          body: { ...body, ...(expectedUpdatedAt && { expectedUpdatedAt }) },
        },
        { onSuccess: show },
      );
    } else {
      const added: NewCandidateInput = {
        ...body,
        jobIds: draft.jobIds,
        tellCandidate: draft.tellCandidate,
      };
      create.mutate({ body: added }, { onSuccess: show });
    }
  };

  const openJobs = jobs.data?.items.filter((job) => job.status !== 'closed') ?? [];
  return (
    <>
      <div className="page__head">
        <h1>{t(candidateId ? 'candidate.editTitle' : 'candidate.newTitle')}</h1>
      </div>
      <ErrorNotice error={error} onReload={onReload} />
      <LoadError error={jobs.error} retry={jobs.refetch} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField label={t('candidate.fullName')} autoComplete="off" {...bind('fullName')} />
        <div className="form__row">
          <TextField
            label={t('candidate.email')}
            type="email"
            autoComplete="off"
            {...bind('email')}
          />
          <TextField
            label={t('candidate.phone')}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            hint={t('candidate.phoneHint')}
            {...bind('phone')}
          />
        </div>
        <TextField label={t('candidate.city')} autoComplete="off" {...bind('city')} />
        <div className="form__row">
          <ChoiceField
            label={t('candidate.source')}
            choices={candidateSources.map((source) => ({
              value: source,
              label: t(`source.${source}`),
            }))}
            {...bind('source')}
          />
          {takesSourceDetail(draft.source) && (
            <TextField
              label={t(
                draft.source === 'referral' ? 'candidate.referredBy' : 'candidate.sourceDetail',
              )}
              hint={t(
                draft.source === 'referral'
                  ? 'candidate.referredByHint'
                  : 'candidate.sourceDetailHint',
              )}
              autoComplete="off"
              {...bind('sourceDetail')}
            />
          )}
        </div>
        <TextField label={t('candidate.tags')} hint={t('jobForm.listHint')} {...bind('tags')} />
        <TextArea label={t('candidate.notes')} {...bind('notes')} />
        {!candidateId && (
          <CheckboxGroup
            legend={t('candidate.applyTo')}
            name="jobIds"
            options={openJobs.map((job) => ({
              value: job.id,
              label: (
                <>
                  {job.title} <span className="muted">({t(`jobStatus.${job.status}`)})</span>
                </>
              ),
            }))}
            selected={draft.jobIds}
            onChange={(jobIds) => set('jobIds', jobIds)}
            error={fieldError('jobIds')}
          />
        )}
        {!candidateId && (
          <Checkbox
            name="tellCandidate"
            checked={draft.tellCandidate}
            onChange={(checked) => set('tellCandidate', checked)}
            label={t('candidate.tellCandidate')}
          />
        )}
        <FormActions submit={t('candidate.save')} busy={busy}>
          <Link
            className="button"
            href={candidateId ? `/candidates/${candidateId}` : '/candidates'}
          >
            {t('jobForm.cancel')}
          </Link>
        </FormActions>
      </form>
    </>
  );
}
