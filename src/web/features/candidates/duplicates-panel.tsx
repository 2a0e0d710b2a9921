import { fromApiInstant } from '../../api/dates';
import { useState } from 'react';
import { candidateRecord } from '../../api/invalidation';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorNotice, FieldError } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { applicationToKeep, mergedContact } from '../../../domain/duplicates';
import { formatIndonesianPhone } from '../../../domain/phone';
import type { Stage } from '../../../domain/pipeline';
import { describeRecord } from './duplicate-record';
import { useI18n } from '../../i18n/i18n';
import { Link } from '../../router';
import type { ApiData, ApiSchema } from '../../api/client';
import './candidates.css';

type CandidateDetail = ApiSchema<'CandidateDetail'>;
type Duplicate = ApiData<'get', '/api/candidates/{candidateId}/duplicates'>['items'][number];

/** Flags candidates that look like the same person; HR merges them into this one. */
export function DuplicatesPanel({ candidate }: { candidate: CandidateDetail }) {
  const i18n = useI18n();
  const { t, tk, locale } = i18n;
  const path = { candidateId: candidate.id };
  const {
    data,
    error: loadError,
    refetch,
  } = useApiQuery('/api/candidates/{candidateId}/duplicates', { path });
  // A merge moves applications, notes and CVs between candidates: every view of them changes.
  const merging = useApiMutation('post', '/api/candidates/{candidateId}/merge', {
    invalidates: candidateRecord,
  });
  const separating = useApiMutation('post', '/api/candidates/{candidateId}/not-duplicates', {
    invalidates: ['/api/candidates'],
  });
  const [status, setStatus] = useState('');
  const [askingToMerge, setAskingToMerge] = useState<Duplicate>();
  if (loadError) return <LoadError error={loadError} retry={refetch} />;
  if (!data || data.items.length === 0) {
    return status ? <p role="status">{status}</p> : null;
  }
  const merge = (duplicateId: string) =>
    merging.mutate(
      { path, body: { duplicateId, locale } },
      { onSuccess: () => setStatus(t('duplicates.merged')) },
    );
  const notTheSame = (duplicateId: string) =>
    separating.mutate(
      { path, body: { duplicateId, locale } },
      { onSuccess: () => setStatus(t('duplicates.markedDistinct')) },
    );
  const error = merging.error ?? separating.error;
  const problem = error?.fields[0];
  return (
    <section className="duplicates" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title">{t('duplicates.title')}</h2>
      <p className="muted">{t('duplicates.intro')}</p>
      <ul>
        {data.items.map((duplicate) => (
          <li key={duplicate.id} className="duplicates__item">
            <Link href={`/candidates/${duplicate.id}`}>{duplicate.fullName}</Link>
            <span className="muted">
              {[
                duplicate.email,
                duplicate.phone && formatIndonesianPhone(duplicate.phone),
                duplicate.city,
                describeRecord(i18n, duplicate),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
            <span>
              {duplicate.reasons.map((reason) => (
                <span key={reason} className="tag tag--warning">
                  {t(`duplicates.reason.${reason}`)}
                </span>
              ))}
            </span>
            {candidate.can.merge && (
              <span className="duplicates__actions">
                <button
                  className="button button--small"
                  type="button"
                  onClick={() => setAskingToMerge(duplicate)}
                >
                  {t('duplicates.merge')}
                </button>
                <button
                  className="button button--small"
                  type="button"
                  onClick={() => notTheSame(duplicate.id)}
                >
                  {t('duplicates.notTheSame')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {problem && <FieldError error={tk('error', problem.code ?? '', problem.message)} />}
      {error && !problem && <ErrorNotice error={error} />}
      {status && <p role="status">{status}</p>}
      {askingToMerge && (
        <ConfirmDialog
          title={t('duplicates.confirmTitle')}
          confirmLabel={t('duplicates.merge')}
          onConfirm={() => merge(askingToMerge.id)}
          onClose={() => setAskingToMerge(undefined)}
        >
          <p>
            {t('duplicates.confirm', { name: askingToMerge.fullName, into: candidate.fullName })}
          </p>
          <MergePreview candidate={candidate} duplicate={askingToMerge} />
        </ConfirmDialog>
      )}
    </section>
  );
}

/**
 * What the merge will do, record by record: both records usually read "Dewi Lestari Wibowo", so
 * each is told by its jobs and dates, and an application to a job both applied to is said to
 * become one (the one further along stays) before HR confirms.
 */
function MergePreview({
  candidate,
  duplicate,
}: {
  candidate: CandidateDetail;
  duplicate: Duplicate;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  // The same rule the server merges by: the application further along stays.
  const ranked = (a: { stage: Stage; appliedAt: string }) => ({
    stage: a.stage,
    createdAt: fromApiInstant(a.appliedAt),
  });
  const folded = duplicate.applications.flatMap((theirs) => {
    const mine = candidate.applications.find((a) => a.jobId === theirs.jobId);
    if (!mine) return [];
    const stays = applicationToKeep(ranked(mine), ranked(theirs));
    return [{ job: theirs.jobTitle, stage: t(`stage.${stays.stage}`) }];
  });
  return (
    <ul className="merge-preview">
      <li>{t('duplicates.confirmFrom', { record: describeRecord(i18n, duplicate) })}</li>
      <li>
        {t('duplicates.confirmInto', {
          record: describeRecord(i18n, {
            applications: candidate.applications.map((a) => ({
              jobTitle: a.jobTitle,
              appliedAt: a.appliedAt,
            })),
            createdAt: candidate.createdAt,
          }),
        })}
      </li>
      {folded.map((fold) => (
        <li key={fold.job}>
          <strong>{t('duplicates.confirmFolded', fold)}</strong>
        </li>
      ))}
      <MergedContactLines candidate={candidate} duplicate={duplicate} />
    </ul>
  );
}

/**
 * Whose name, e-mail and phone the merged candidate has, and where the other e-mail and phone go
 * (the notes): by the same rule the server merges by, so the dialog says what the merge does.
 */
function MergedContactLines({
  candidate,
  duplicate,
}: {
  candidate: CandidateDetail;
  duplicate: Duplicate;
}) {
  const { t } = useI18n();
  // HR merges, and HR may contact every candidate: the detail carries the e-mail.
  const kept = {
    fullName: candidate.fullName,
    email: candidate.email ?? '',
    phone: candidate.phone,
  };
  const contact = mergedContact(kept, duplicate);
  const phone = contact.phone && formatIndonesianPhone(contact.phone);
  const { email: otherEmail, phone: otherPhone } = contact.intoNotes;
  const intoNotes = {
    email: otherEmail ?? '',
    phone: otherPhone ? formatIndonesianPhone(otherPhone) : '',
  };
  return (
    <>
      <li data-testid="merge-keeps">
        {t('duplicates.keepsNameEmail', { name: contact.fullName, email: contact.email })}
        {phone && contact.phoneFrom === 'kept' && <> {t('duplicates.keepsPhone', { phone })}</>}
        {phone && contact.phoneFrom === 'duplicate' && (
          <> {t('duplicates.takesPhone', { phone })}</>
        )}
      </li>
      {(otherEmail || otherPhone) && (
        <li data-testid="merge-into-notes">
          {otherEmail && otherPhone
            ? t('duplicates.notesEmailPhone', intoNotes)
            : otherEmail
              ? t('duplicates.notesEmail', intoNotes)
              : t('duplicates.notesPhone', intoNotes)}
        </li>
      )}
    </>
  );
}
