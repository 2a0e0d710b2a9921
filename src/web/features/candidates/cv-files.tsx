import { type ApiSchema, apiUrl } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { AttachCvForm } from './attach-cv-form';
import './candidates.css';

type CandidateDetail = ApiSchema<'CandidateDetail'>;
type CvFile = ApiSchema<'CvFile'>;

/** Whether the CV's text could be read, and if not, why (a scan, a damaged file). */
export function CvStatus({ file }: { file: Pick<CvFile, 'textStatus' | 'textProblem'> }) {
  const { t, tk } = useI18n();
  const text =
    file.textStatus === 'failed'
      ? t('cv.status.failed', { reason: tk('cv.problem', file.textProblem ?? 'damaged_file') })
      : t(`cv.status.${file.textStatus}`);
  return (
    <span className={`cv-status cv-status--${file.textStatus}`} data-testid="cv-status">
      {text}
    </span>
  );
}

/** The candidate's CVs (download through the access-checked route) and their data consents. */
export function CvFiles({ candidate }: { candidate: CandidateDetail }) {
  const { t, date, dateTime } = useI18n();
  return (
    <section aria-labelledby="cv-title">
      <h2 id="cv-title">{t('cv.title')}</h2>
      {candidate.cvFiles.length === 0 && <p className="muted">{t('cv.none')}</p>}
      <ul className="cv-files">
        {candidate.cvFiles.map((file) => (
          <li key={file.id}>
            <a href={apiUrl('/api/cv-files/{cvFileId}', { path: { cvFileId: file.id } })}>
              {file.fileName}
            </a>{' '}
            <span className="muted">
              {t('cv.uploaded', { date: date(file.uploadedAt) })} ·{' '}
              {Math.max(1, Math.round(file.byteSize / 1024))} KB
              {file.attachedByHr && ` · ${t('cv.attachedByHr')}`}
            </span>{' '}
            <CvStatus file={file} />
          </li>
        ))}
      </ul>
      {candidate.can.attachCv && <AttachCvForm candidate={candidate} />}
      {candidate.consents.map((consent) => (
        <p key={`${consent.purpose}${consent.givenAt}`} className="muted" data-testid="consent">
          {/* An imported record is HR's, not the candidate's consent: it must not read as one. */}
          {t(consentKey(consent, candidate.privacyNotice), {
            date: date(consent.givenAt),
            version: consent.privacyNoticeVersion,
            sentAt: candidate.privacyNotice?.sentAt ? dateTime(candidate.privacyNotice.sentAt) : '',
          })}
          {consent.withdrawnAt &&
            ` (${t('consent.withdrawn', { date: date(consent.withdrawnAt) })})`}
        </p>
      ))}
      {/* Entered by hand with no consent on record (an applicant's or an import's says it
          above): the same words as an imported one. */}
      {candidate.addedByHr && candidate.consents.length === 0 && (
        <p className="muted" data-testid="consent">
          {t(addedKey(candidate.privacyNotice), {
            date: date(candidate.createdAt),
            sentAt: candidate.privacyNotice?.sentAt ? dateTime(candidate.privacyNotice.sentAt) : '',
          })}
        </p>
      )}
    </section>
  );
}

/** A candidate HR added by hand: whether the privacy notice went out, as for an imported one. */
function addedKey(notice: CandidateDetail['privacyNotice']) {
  if (!notice) return 'consent.added';
  return notice.sentAt ? 'consent.addedNoticeSent' : 'consent.addedNoticeQueued';
}

/** An imported record says whether the privacy notice went out, so HR need not check the outbox. */
function consentKey(
  consent: CandidateDetail['consents'][number],
  notice: CandidateDetail['privacyNotice'],
) {
  if (consent.channel !== 'hr_import') return `consent.${consent.purpose}` as const;
  if (!notice) return 'consent.imported';
  return notice.sentAt ? 'consent.importedNoticeSent' : 'consent.importedNoticeQueued';
}
