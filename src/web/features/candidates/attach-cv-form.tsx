import { useState, type FormEvent } from 'react';
import { candidateRecord } from '../../api/invalidation';
import { useApiMutation } from '../../api/queries';
import { ErrorNotice, TextField, useFieldErrors } from '../../components/form-fields';
import { useI18n } from '../../i18n/i18n';
import type { ApiSchema } from '../../api/client';

type CandidateDetail = ApiSchema<'CandidateDetail'>;

const acceptedCv =
  '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** HR attaches a CV to a candidate they added by hand, or replaces the one attached before. */
export function AttachCvForm({ candidate }: { candidate: CandidateDetail }) {
  const { t } = useI18n();
  const [cv, setCv] = useState<File | null>(null);
  const attaching = useApiMutation('put', '/api/candidates/{candidateId}/cv', {
    invalidates: candidateRecord,
  });
  const fieldError = useFieldErrors(attaching.error);
  const replaces = candidate.cvFiles.some((file) => file.attachedByHr);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!cv) return;
    const body = new FormData();
    body.append('cv', cv, cv.name);
    const form = event.currentTarget;
    attaching.mutate(
      { path: { candidateId: candidate.id }, body },
      { onSuccess: () => (form.reset(), setCv(null)) },
    );
  };
  return (
    <form className="attach-cv" onSubmit={submit} noValidate>
      <ErrorNotice error={attaching.error?.field('cv') ? null : attaching.error} />
      <TextField
        label={t('cv.attachFile')}
        name="cv"
        type="file"
        accept={acceptedCv}
        onChange={(e) => setCv(e.target.files?.[0] ?? null)}
        error={fieldError('cv')}
      />
      <button className="button" type="submit" disabled={!cv || attaching.isPending}>
        {replaces ? t('cv.replace') : t('cv.attach')}
      </button>
      {attaching.isSuccess && !cv && (
        <small className="muted" role="status">
          {t('cv.attached')}
        </small>
      )}
    </form>
  );
}
