import { interviewAtStage } from '../../../domain/scheduling/interview-schedule';
import { useEffect, useState } from 'react';
import { useApiQuery } from '../../api/queries';
import { LoadError } from '../../components/load-error';
import { useLocation } from '../../router';
import { useI18n } from '../../i18n/i18n';
import { CancelInterviewDialog } from './cancel-interview-dialog';
import { NoShowDialog } from './no-show-dialog';
import { CandidateEmails } from './candidate-emails';
import { HeldInterviewDialog } from './held-interview-dialog';
import { InterviewCard, proposedTimes, useInterviewTime } from './interview-card';
import { PortalLinkPanel } from './portal-link-panel';
import { RejectionTold } from './rejection-told';
import { ScheduleDialog } from './schedule-dialog';
import type { ApiSchema } from '../../api/client';
import type { Stage as StageName } from '../../../domain/pipeline';

type InterviewOutput = ApiSchema<'Interview'>;

type Editing =
  | { kind: 'schedule'; stage: 'hr' | 'user' }
  | { kind: 'record'; stage: 'hr' | 'user' }
  | { kind: 'correct'; interview: InterviewOutput }
  | { kind: 'reschedule'; interview: InterviewOutput; proposedAt?: string | undefined }
  | { kind: 'cancel'; interview: InterviewOutput }
  | { kind: 'noShow'; interview: InterviewOutput };

/** One application's interviews, its portal link and its e-mail, on the candidate page. */
export function ApplicationInterviews({
  applicationId,
  stage,
}: {
  applicationId: string;
  stage: StageName;
}) {
  const { t } = useI18n();
  const when = useInterviewTime();
  const { data, error, refetch } = useApiQuery('/api/applications/{applicationId}/interviews', {
    path: { applicationId },
  });
  const [editing, setEditing] = useState<Editing | undefined>();
  const stageToSchedule = interviewAtStage(stage);
  const canScheduleNow =
    data &&
    stageToSchedule &&
    data.can.schedule[stageToSchedule] &&
    !data.interviews.some((i) => i.stage === stageToSchedule && i.status === 'scheduled');
  // `?book=<application>` (the hiring manager's Today, "not booked yet") opens the booking form
  // once, when this reader may book it now; otherwise the page reads as usual.
  const bookAsked = useLocation().search.get('book') === applicationId;
  const [bookOpened, setBookOpened] = useState(false);
  useEffect(() => {
    if (!bookAsked || bookOpened || !canScheduleNow) return;
    setBookOpened(true);
    setEditing({ kind: 'schedule', stage: stageToSchedule });
  }, [bookAsked, bookOpened, canScheduleNow, stageToSchedule]);
  if (error) return <LoadError error={error} retry={refetch} />;
  if (!data) return null;
  // The change itself refreshed every view of the application (see candidateProgress).
  const done = () => setEditing(undefined);

  return (
    <section className="interviews" aria-label={t('interviews.title')}>
      <h3>{t('interviews.title')}</h3>
      {data.interviews.length === 0 && <p className="muted">{t('interviews.none')}</p>}
      {data.interviews.map((interview) => (
        <InterviewCard
          key={interview.id}
          interview={interview}
          people={data.people}
          actions={
            // A walk-in recorded afterwards is held: its record is corrected, never moved.
            data.can.correct.includes(interview.id) ? (
              <div className="form__actions">
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setEditing({ kind: 'correct', interview })}
                >
                  {t('heldInterview.correct')}
                </button>
              </div>
            ) : (
              // The server's rule (mayMoveInterview): a held interview is not moved or cancelled.
              data.can.move.includes(interview.id) && (
                <>
                  {interview.scorecardWait && <p className="muted">{t('interviews.notHeld')}</p>}
                  {proposedTimes(interview).length > 0 && (
                    <div className="proposed-times" aria-label={t('interviews.proposedTitle')}>
                      <strong>{t('interviews.proposedTitle')}</strong>
                      {proposedTimes(interview).map((at) => (
                        <button
                          key={at}
                          type="button"
                          className="button button--small button--primary"
                          onClick={() =>
                            setEditing({ kind: 'reschedule', interview, proposedAt: at })
                          }
                        >
                          {t('interviews.useProposed', { time: when(at, interview.timeZone) })}
                        </button>
                      ))}
                    </div>
                  )}
                  <div className="form__actions">
                    {/* The server's rule (mayRecordNoShow): begun, nobody scored, not a walk-in. */}
                    {data.can.noShow.includes(interview.id) && (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => setEditing({ kind: 'noShow', interview })}
                      >
                        {t('noShow.open')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => setEditing({ kind: 'reschedule', interview })}
                    >
                      {t('interviews.reschedule')}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      onClick={() => setEditing({ kind: 'cancel', interview })}
                    >
                      {t('interviews.cancel')}
                    </button>
                  </div>
                </>
              )
            )
          }
        />
      ))}
      {canScheduleNow && (
        <div className="form__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEditing({ kind: 'schedule', stage: stageToSchedule })}
          >
            {t(stageToSchedule === 'hr' ? 'interviews.scheduleHr' : 'interviews.scheduleUser')}
          </button>
          {/* A walk-in: the same people may record, at the same stage, an interview already held. */}
          <button
            type="button"
            className="button"
            onClick={() => setEditing({ kind: 'record', stage: stageToSchedule })}
          >
            {t('heldInterview.open')}
          </button>
        </div>
      )}
      {data.untoldRejection && <RejectionTold applicationId={applicationId} />}
      {data.can.sendEmail && (
        <PortalLinkPanel
          applicationId={applicationId}
          portalUrl={data.portalUrl}
          portalToken={data.portalToken}
          candidateLocale={data.candidateLocale}
        />
      )}
      {data.messages.length > 0 || data.can.sendEmail ? (
        <CandidateEmails
          applicationId={applicationId}
          stage={stage}
          messages={data.messages}
          maySend={data.can.sendEmail}
        />
      ) : null}
      {editing?.kind === 'schedule' && (
        <ScheduleDialog
          applicationId={applicationId}
          stage={editing.stage}
          overview={data}
          onClose={() => setEditing(undefined)}
          onSaved={done}
        />
      )}
      {editing?.kind === 'record' && (
        <HeldInterviewDialog
          applicationId={applicationId}
          stage={editing.stage}
          overview={data}
          onClose={() => setEditing(undefined)}
          onSaved={done}
        />
      )}
      {editing?.kind === 'correct' && (
        <HeldInterviewDialog
          applicationId={applicationId}
          stage={editing.interview.stage}
          overview={data}
          interview={editing.interview}
          onClose={() => setEditing(undefined)}
          onSaved={done}
        />
      )}
      {editing?.kind === 'reschedule' && (
        <ScheduleDialog
          applicationId={applicationId}
          stage={editing.interview.stage}
          overview={data}
          interview={editing.interview}
          proposedAt={editing.proposedAt}
          onClose={() => setEditing(undefined)}
          onSaved={done}
        />
      )}
      {editing?.kind === 'cancel' && (
        <CancelInterviewDialog
          interview={editing.interview}
          onClose={() => setEditing(undefined)}
          onCancelled={done}
        />
      )}
      {editing?.kind === 'noShow' && (
        <NoShowDialog
          interview={editing.interview}
          onClose={() => setEditing(undefined)}
          onRecorded={done}
        />
      )}
    </section>
  );
}
