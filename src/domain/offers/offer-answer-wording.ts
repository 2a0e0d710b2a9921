import type { Locale } from '../locale';
import type { OfferAnswerKind, OfferDeclineReason } from './offer-answer';

const declineReasonText: Record<OfferDeclineReason, Record<Locale, string>> = {
  accepted_other_offer: { id: 'menerima tawaran lain', en: 'accepted another offer' },
  salary: { id: 'gaji', en: 'salary' },
  benefits: { id: 'tunjangan dan fasilitas', en: 'allowances and benefits' },
  start_date: { id: 'tanggal mulai', en: 'start date' },
  location_or_work_mode: { id: 'lokasi atau pola kerja', en: 'location or work mode' },
  role_or_career: { id: 'peran atau arah karier', en: 'role or career direction' },
  personal: { id: 'alasan pribadi', en: 'personal reasons' },
  other: { id: 'alasan lain', en: 'another reason' },
};

/**
 * One line for HR and the hiring manager about the candidate's answer. No amounts: e-mail copies
 * sit in the outbox and in mailboxes; the figures are on the offer, behind access checks.
 */
export function offerAnswerText(
  answer: {
    kind: OfferAnswerKind;
    declineReason?: OfferDeclineReason | null;
    proposes?: { amount: boolean; startDate: boolean };
  },
  locale: Locale,
): string {
  const id = locale === 'id';
  if (answer.kind === 'accept')
    return id ? 'Kandidat menerima penawaran' : 'The candidate accepted the offer';
  if (answer.kind === 'decline') {
    const reason = answer.declineReason ? declineReasonText[answer.declineReason][locale] : null;
    const base = id ? 'Kandidat menolak penawaran' : 'The candidate declined the offer';
    return reason ? `${base} (${id ? 'alasan' : 'reason'}: ${reason})` : base;
  }
  const parts = [
    ...(answer.proposes?.amount ? [id ? 'gaji' : 'salary'] : []),
    ...(answer.proposes?.startDate ? [id ? 'tanggal mulai' : 'start date'] : []),
  ].join(id ? ' dan ' : ' and ');
  const base = id
    ? 'Kandidat meminta perubahan penawaran'
    : 'The candidate asked for changes to the offer';
  return parts ? `${base} (${parts})` : base;
}

/** A Jakarta date (`YYYY-MM-DD`) in words: "Jumat, 11 Desember 2026" / "Friday, 11 December 2026". */
export function offerDateText(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}
