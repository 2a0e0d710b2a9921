import { useState } from 'react';
import { offerProgress } from '../../api/invalidation';
import { useApiMutation } from '../../api/queries';
import { FormDialog } from '../../components/form-dialog';
import {
  ChoiceField,
  FormActions,
  FormError,
  TextArea,
  TextField,
} from '../../components/form-fields';
import { answerChannels, recordedAnswerKinds } from '../../../domain/offers/offer-answer-recorded';
import { offerDeclineReasons, type OfferDeclineReason } from '../../../domain/offers/offer-answer';
import { jakartaDate } from '../../../domain/today';
import { useI18n } from '../../i18n/i18n';
import { OfferActionError } from './offer-action-error';
import { useOfferFieldErrors } from './offer-field-errors';

type Kind = (typeof recordedAnswerKinds)[number];
type Channel = (typeof answerChannels)[number];

/** The fields the form shows beside them; any other refusal is said below the form. */
const fieldPaths = ['givenOn', 'givenVia', 'reason', 'note'];

/**
 * HR records the answer the candidate gave outside the portal (by phone, a signed letter, an
 * e-mail, in person): the day, how, and a note. It stands as a portal answer would, so the dialog
 * says what follows (the move, the e-mail) before HR confirms. Sent with the version HR is looking
 * at: if the offer was revised meanwhile, the server refuses and nothing is recorded.
 */
export function RecordAnswerDialog({
  offerId,
  version,
  onClose,
  onDone,
}: {
  offerId: string;
  version: number;
  onClose(): void;
  onDone(kind: Kind): void;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<Kind>('accept');
  const [givenOn, setGivenOn] = useState(() => jakartaDate(new Date()));
  const [givenVia, setGivenVia] = useState<Channel>('phone');
  const [reason, setReason] = useState<OfferDeclineReason | ''>('');
  const [note, setNote] = useState('');
  const recording = useApiMutation('post', '/api/offers/{offerId}/answer-given', {
    invalidates: offerProgress,
  });
  const fieldError = useOfferFieldErrors(recording.error);
  const error = recording.error;
  const unplaced = error?.fields.find((field) => !fieldPaths.includes(field.path));
  const submit = () =>
    recording.mutate(
      {
        path: { offerId },
        body: {
          kind,
          givenOn,
          givenVia,
          reason: kind === 'decline' && reason ? reason : null,
          note,
          expectedVersion: version,
        },
      },
      { onSuccess: () => onDone(kind) },
    );
  return (
    <FormDialog title={t('offers.recordAnswerTitle')} onClose={onClose} onSubmit={submit}>
      <p>{t('offers.recordAnswerExplained')}</p>
      <ChoiceField
        label={t('offers.recordAnswerKind')}
        name="kind"
        value={kind}
        onChange={(e) => setKind(e.target.value as Kind)}
        choices={recordedAnswerKinds.map((value) => ({
          value,
          label: t(`offers.recordAnswerKind.${value}`),
        }))}
      />
      <TextField
        label={t('offers.recordAnswerGivenOn')}
        name="givenOn"
        type="date"
        value={givenOn}
        onChange={(e) => setGivenOn(e.target.value)}
        error={fieldError('givenOn')}
      />
      <ChoiceField
        label={t('offers.recordAnswerGivenVia')}
        name="givenVia"
        value={givenVia}
        onChange={(e) => setGivenVia(e.target.value as Channel)}
        error={fieldError('givenVia')}
        choices={answerChannels.map((value) => ({
          value,
          label: t(`offers.givenVia.${value}`),
        }))}
      />
      {kind === 'decline' && (
        <ChoiceField
          label={t('offers.recordAnswerReason')}
          name="reason"
          value={reason}
          onChange={(e) => setReason(e.target.value as OfferDeclineReason | '')}
          error={fieldError('reason')}
          placeholder={t('offers.recordAnswerReasonNone')}
          choices={offerDeclineReasons.map((value) => ({
            value,
            label: t(`offerAnswer.reason.${value}`),
          }))}
        />
      )}
      <TextArea
        label={t('offers.recordAnswerNote')}
        hint={t('offers.recordAnswerNoteHint')}
        name="note"
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={fieldError('note')}
      />
      {unplaced && unplaced.code !== 'edited_elsewhere' && <OfferActionError error={error} />}
      <FormError error={error} onReload={onClose} />
      <FormActions
        submit={t(`offers.recordAnswerSubmit.${kind}`)}
        busy={recording.isPending}
        danger={kind === 'decline'}
        onCancel={onClose}
        cancel={t('offers.close')}
      />
    </FormDialog>
  );
}
