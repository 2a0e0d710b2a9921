import { useState } from 'react';
import { formatIndonesianPhone } from '../../../domain/phone';
import { stages } from '../../../domain/pipeline';
import { candidateProgress } from '../../api/invalidation';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ErrorNotice, FieldError } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { useShownName } from '../privacy/shown-name';
import { Link } from '../../router';
import { MoveDialog, type MoveTarget } from '../pipeline/move-dialog';
import { ApplicationHistory } from './application-history';
import { WhatsappContact } from './whatsapp-contact';
import { CvFiles } from './cv-files';
import { DuplicatesPanel } from './duplicates-panel';
import { ApplicationDecision } from '../decisions/application-decision';
import { ApplicationOffers } from '../offers/application-offers';
import { ApplicationInterviews } from '../scheduling/application-interviews';
import { CandidatePrivacy } from '../privacy/candidate-privacy';
import { TalentPoolPanel } from '../privacy/talent-pool-panel';
import { SalaryExpectationsPanel } from '../salary-expectations/salary-expectations-panel';
import { JobOptions } from '../jobs/job-options';
import { JobLink } from '../jobs/job-link';

export function CandidatePage({ candidateId }: { candidateId: string }) {
  const { t, tk, date } = useI18n();
  const shownName = useShownName();
  const { data, error, refetch } = useApiQuery('/api/candidates/{candidateId}', {
    path: { candidateId },
  });
  const jobs = useApiQuery('/api/jobs', data?.can.addToJob ? {} : null);
  const applying = useApiMutation('post', '/api/applications', { invalidates: candidateProgress });
  const [jobToApply, setJobToApply] = useState('');
  const [addedTo, setAddedTo] = useState<string | undefined>();
  const [moveTarget, setMoveTarget] = useState<MoveTarget | undefined>();

  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return <p className="muted">{t('common.loading')}</p>;

  const apply = () =>
    applying.mutate(
      { body: { candidateId, jobId: jobToApply } },
      {
        onSuccess: () => {
          setAddedTo(jobs.data?.items.find((job) => job.id === jobToApply)?.title);
          setJobToApply('');
        },
      },
    );
  const applyError = applying.error;
  const appliedJobIds = new Set(data.applications.map((a) => a.jobId));
  const applicable =
    jobs.data?.items.filter((job) => job.status !== 'closed' && !appliedJobIds.has(job.id)) ?? [];
  const applyProblem = applyError?.fields[0];

  return (
    <>
      <div className="page__head">
        <div>
          <p className="breadcrumb">
            <Link href="/candidates">{t('nav.candidates')}</Link>
          </p>
          <h1>{shownName(data.fullName, data.anonymised)}</h1>
          <p className="muted">
            {t('candidate.added', { date: date(data.createdAt) })} ·{' '}
            <span data-testid="candidate-source">
              {t(`source.${data.source}`)}
              {/* The imported source's own words: "Lainnya (Instagram)". */}
              {data.sourceDetail && ` (${data.sourceDetail})`}
            </span>
          </p>
        </div>
        {data.can.edit && (
          <div className="page__actions">
            <Link className="button" href={`/candidates/${candidateId}/edit`}>
              {t('candidate.edit')}
            </Link>
          </div>
        )}
      </div>
      <dl className="facts">
        {/* The API leaves the address out for a reader who may not contact them (an interviewer):
            say so, rather than show contact fields that look empty. */}
        {data.email === null ? (
          <div>
            <dt>{t('candidate.contact')}</dt>
            <dd data-testid="contact-withheld">{t('candidate.contactWithheld')}</dd>
          </div>
        ) : (
          <>
            <div>
              <dt>{t('candidate.email')}</dt>
              <dd>
                <a href={`mailto:${data.email}`}>{data.email}</a>
              </dd>
            </div>
            <div>
              <dt>{t('candidate.phone')}</dt>
              <dd>
                {data.phone ? (
                  <a href={`tel:${data.phone}`}>{formatIndonesianPhone(data.phone)}</a>
                ) : (
                  t('common.none')
                )}
              </dd>
            </div>
          </>
        )}
        {data.city && (
          <div>
            <dt>{t('cv.city')}</dt>
            <dd>{data.city}</dd>
          </div>
        )}
        {data.portfolioUrl && (
          <div>
            <dt>{t('cv.portfolio')}</dt>
            <dd>
              <a href={data.portfolioUrl} rel="noopener noreferrer nofollow" target="_blank">
                {data.portfolioUrl}
              </a>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('candidate.tags')}</dt>
          <dd>
            {data.tags.length
              ? data.tags.map((tag) => (
                  <span key={tag} className="tag">
                    {tag}
                  </span>
                ))
              : t('common.none')}
          </dd>
        </div>
        {data.notes && (
          <div className="facts__wide">
            <dt>{t('candidate.notes')}</dt>
            <dd className="prewrap">{data.notes}</dd>
          </div>
        )}
      </dl>
      {data.notesWithheld && (
        <p className="muted" data-testid="notes-withheld">
          {t('candidate.notesWithheld')}
        </p>
      )}

      <DuplicatesPanel candidate={data} />
      <CvFiles candidate={data} />

      <h2>{t('candidate.applications')}</h2>
      {data.applications.length === 0 && <p className="muted">{t('candidate.noApplications')}</p>}
      {data.applications.map((application) => (
        <section key={application.id} className="application" aria-label={application.jobTitle}>
          <div className="application__head">
            <JobLink jobId={application.jobId} className="application__job">
              {application.jobTitle}
            </JobLink>
            <span className={`pill pill--${application.stage}`} data-testid="application-stage">
              {t(`stage.${application.stage}`)}
            </span>
            {application.can.moveTo.length > 0 && (
              <button
                className="button button--small"
                type="button"
                onClick={() =>
                  setMoveTarget({
                    jobId: application.jobId,
                    applicationIds: [application.id],
                    name: data.fullName,
                    jobTitle: application.jobTitle,
                    fromStage: application.stage,
                    stages: stages.filter((s) => application.testsEnabled || s !== 'tests'),
                    can: application.can,
                  })
                }
              >
                {t('candidate.move')}
              </button>
            )}
          </div>
          <ApplicationDecision
            applicationId={application.id}
            jobId={application.jobId}
            jobTitle={application.jobTitle}
            stage={application.stage}
          />
          {application.can.offers.read && (
            <ApplicationOffers
              applicationId={application.id}
              candidate={{ name: data.fullName, email: data.email ?? '' }}
            />
          )}
          <ApplicationInterviews applicationId={application.id} stage={application.stage} />
          <SalaryExpectationsPanel applicationId={application.id} can={application.can} />
          <WhatsappContact candidate={data} applicationId={application.id} />
          <ApplicationHistory
            events={application.history}
            appliedAt={application.appliedAt}
            contacts={application.contacts}
            rejectionsTold={application.rejectionsTold}
          />
        </section>
      ))}

      {data.can.addToJob && applicable.length > 0 && (
        <div className="apply-row">
          <select
            aria-label={t('candidate.chooseJob')}
            name="jobToApply"
            value={jobToApply}
            onChange={(e) => setJobToApply(e.target.value)}
          >
            <JobOptions jobs={applicable} />
          </select>
          <button
            className="button"
            type="button"
            disabled={!jobToApply || applying.isPending}
            onClick={apply}
          >
            {t('candidate.apply')}
          </button>
          {applyProblem && (
            <FieldError error={tk('error', applyProblem.code ?? '', applyProblem.message)} />
          )}
          {applyError && !applyProblem && <ErrorNotice error={applyError} />}
          {addedTo && !applyProblem && (
            <small className="muted" role="status">
              {t('candidate.addedTo', { job: addedTo })}
            </small>
          )}
        </div>
      )}
      {data.can.manageTalentPool && (
        <TalentPoolPanel
          candidate={data}
          openJobs={applicable.filter((job) => job.status === 'open')}
        />
      )}
      {data.can.handleDataRequests && data.anonymiseAt && (
        <p className="muted" data-testid="anonymise-at">
          {t('retention.willAnonymise', { date: date(data.anonymiseAt) })}
        </p>
      )}
      {data.can.handleDataRequests && (
        <CandidatePrivacy
          candidateId={candidateId}
          fullName={data.fullName}
          restricted={data.processingRestricted}
        />
      )}
      {moveTarget && (
        <MoveDialog
          target={moveTarget}
          onClose={() => setMoveTarget(undefined)}
          onMoved={() => setMoveTarget(undefined)}
        />
      )}
    </>
  );
}
