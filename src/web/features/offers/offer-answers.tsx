import { useState } from 'react';
import type { ApiData } from '../../api/client';
import { offerProgress } from '../../api/invalidation';
import { useApiMutation, useApiQuery } from '../../api/queries';
import { ActionButton } from '../../components/action-button';
import { ErrorNotice } from '../../components/form-fields';
import { LoadError } from '../../components/load-error';
import { useI18n } from '../../i18n/i18n';
import { HoldFirmDialog } from './offer-dialogs';
import { formatRupiah } from './rupiah';

type Answer = ApiData<'get', '/api/offers/{offerId}/answers'>['answers'][number];

/**
 * The candidate's answers to a sent offer and HR's replies, newest last; HR answers an open
 * counter-proposal by revising the offer (the card's own change) or holding firm, and closes the
 * candidate's other applications after an acceptance. What is offered follows the server's flags.
 */
export function OfferAnswers({ offerId, onRevise }: { offerId: string; onRevise?: () => void }) {
  const { t, tk } = useI18n();
  const read = useApiQuery('/api/offers/{offerId}/answers', { path: { offerId } });
  const [holding, setHolding] = useState(false);
  const [confirmingClose, setConfirmingClose] = useState(false);
  const closing = useApiMutation('post', '/api/offers/{offerId}/close-other-applications', {
    invalidates: offerProgress,
  });
  if (read.error) return <LoadError error={read.error} retry={read.refetch} />;
  if (!read.data || read.data.answers.length === 0) return null;
  const { answers, can, otherApplications } = read.data;
  return (
    <div className="offer-answers" data-testid="offer-answers">
      <h4>{t('offers.answers')}</h4>
      <ul className="decision__history">
        {answers.map((answer) => (
          <AnswerEntry key={answer.id} answer={answer} />
        ))}
      </ul>
      <div className="form__actions">
        {can.holdFirm && onRevise && (
          <button type="button" className="button button--primary" onClick={onRevise}>
            {t('offers.revise')}
          </button>
        )}
        {can.holdFirm && (
          <button type="button" className="button" onClick={() => setHolding(true)}>
            {t('offers.holdFirm')}
          </button>
        )}
        {can.closeOtherApplications && !confirmingClose && (
          <button
            type="button"
            className="button"
            onClick={() => setConfirmingClose(true)}
            data-testid="close-other-applications"
          >
            {t('offers.closeOtherApplications')}
          </button>
        )}
      </div>
      {can.closeOtherApplications && confirmingClose && (
        <div className="notice" role="group" aria-label={t('offers.closeOtherApplications')}>
          <p>{t('offers.closeOtherConfirm', { n: otherApplications.length })}</p>
          <ul>
            {otherApplications.map((other) => (
              <li key={other.applicationId}>
                {other.jobTitle} · {tk('stage', other.stage, other.stage)}
              </li>
            ))}
          </ul>
          <div className="form__actions">
            <ActionButton
              request={closing}
              className="button button--danger"
              onClick={() =>
                closing.mutate(
                  { path: { offerId } },
                  { onSettled: () => setConfirmingClose(false) },
                )
              }
              data-testid="confirm-close-other-applications"
            >
              {t('offers.closeOtherConfirmSubmit', { n: otherApplications.length })}
            </ActionButton>
            <button type="button" className="button" onClick={() => setConfirmingClose(false)}>
              {t('offers.close')}
            </button>
          </div>
        </div>
      )}
      {closing.data && (
        <p className="notice notice--ok" role="status">
          {t('offers.otherApplicationsClosed', { n: closing.data.closed })}
        </p>
      )}
      <ErrorNotice error={closing.error} />
      {holding && (
        <HoldFirmDialog
          offerId={offerId}
          onClose={() => setHolding(false)}
          onDone={() => setHolding(false)}
        />
      )}
    </div>
  );
}

function AnswerEntry({ answer }: { answer: Answer }) {
  const { t, date, dateTime } = useI18n();
  // An answer given outside the portal reads from the day it was given, with who recorded it.
  const when = answer.givenOn ? date(answer.givenOn) : dateTime(answer.answeredAt);
  return (
    <li data-testid={`offer-answer-${answer.kind}`}>
      {t(`offers.answer.${answer.kind}`, { n: answer.version, when })}
      {answer.givenVia && (
        <>
          {' '}
          {t('offers.answerRecorded', {
            name: answer.recordedByName ?? '—',
            via: t(`offers.givenVia.${answer.givenVia}`),
          })}
        </>
      )}
      {answer.kind === 'accept' && answer.signedName && (
        <> {t('offers.answerSigned', { name: answer.signedName })}</>
      )}
      {answer.declineReason && <> · {t(`offerAnswer.reason.${answer.declineReason}`)}</>}
      {answer.kind === 'counter' && (
        <ul>
          {answer.counterSalary !== null && (
            <li>{t('offers.counterSalary', { amount: formatRupiah(answer.counterSalary) })}</li>
          )}
          {answer.counterStartDate !== null && (
            <li>{t('offers.counterStartDate', { date: date(answer.counterStartDate) })}</li>
          )}
        </ul>
      )}
      {answer.note && (
        <>
          {' '}
          <q className="history__note">{answer.note}</q>
        </>
      )}
      {answer.reply && (
        <p className="muted">
          {answer.reply.kind === 'revised'
            ? t('offers.replyRevised', {
                n: answer.reply.revisedVersion ?? 0,
                name: answer.reply.repliedByName ?? '—',
              })
            : t('offers.replyHeldFirm', { name: answer.reply.repliedByName ?? '—' })}
          {answer.reply.note && (
            <>
              {' '}
              <q className="history__note">{answer.reply.note}</q>
            </>
          )}
        </p>
      )}
    </li>
  );
}
