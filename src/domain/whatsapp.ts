import { fillPlaceholders, unknownPlaceholders } from './email/email-placeholders';
import type { Locale } from './locale';
import type { FieldProblem, Result } from './result';

/**
 * WhatsApp click-to-chat: HR opens a chat with the candidate (a `wa.me` link) with a message
 * written from an editable template. WhatsApp sends it from HR's own phone; Seleksi only records
 * that the chat was opened.
 */
export const whatsappPurposes = ['interview_reminder', 'portal_link', 'document_request'] as const;
export type WhatsappPurpose = (typeof whatsappPurposes)[number];

/**
 * The messages that fit where the application stands: an interview reminder only while an
 * interview is booked ahead (an imported or reopened application at an interview stage has none,
 * and a reminder without a date would reach the candidate with blanks).
 */
export function whatsappPurposesFor(application: {
  upcomingInterview: boolean;
}): WhatsappPurpose[] {
  return whatsappPurposes.filter(
    (purpose) => purpose !== 'interview_reminder' || application.upcomingInterview,
  );
}

/** A booked interview still ahead, the one an interview reminder is about. */
export function isUpcomingInterview(
  interview: { status: string; startsAt: Date | string },
  now: Date,
): boolean {
  return interview.status === 'scheduled' && new Date(interview.startsAt).getTime() > now.getTime();
}

const common = ['candidateName', 'jobTitle', 'companyName', 'recruiterName', 'portalLink'];

/** The placeholders each message may use, as in the e-mail templates. */
export const whatsappPlaceholders: Record<WhatsappPurpose, readonly string[]> = {
  interview_reminder: [...common, 'interviewDate', 'interviewTime', 'location'],
  portal_link: common,
  document_request: [...common, 'documents'],
};

/** A WhatsApp message is read on a phone: short. */
export const whatsappBodyMaxLength = 1_000;

export const defaultWhatsappTemplates: Record<WhatsappPurpose, Record<Locale, string>> = {
  interview_reminder: {
    id: `Halo {{candidateName}}, saya {{recruiterName}} dari {{companyName}}. Mengingatkan jadwal wawancara Anda untuk posisi {{jobTitle}}: {{interviewDate}} pukul {{interviewTime}} ({{location}}). Detail dan konfirmasi ada di portal kandidat: {{portalLink}}`,
    en: `Hello {{candidateName}}, this is {{recruiterName}} from {{companyName}}. A reminder of your interview for the {{jobTitle}} position: {{interviewDate}} at {{interviewTime}} ({{location}}). Details and confirmation are in your candidate portal: {{portalLink}}`,
  },
  portal_link: {
    id: `Halo {{candidateName}}, saya {{recruiterName}} dari {{companyName}}. Status lamaran Anda untuk posisi {{jobTitle}} dan persiapan tahap berikutnya bisa dilihat di portal kandidat: {{portalLink}}`,
    en: `Hello {{candidateName}}, this is {{recruiterName}} from {{companyName}}. You can follow your application for the {{jobTitle}} position and prepare for the next step in your candidate portal: {{portalLink}}`,
  },
  document_request: {
    id: `Halo {{candidateName}}, saya {{recruiterName}} dari {{companyName}}. Untuk melanjutkan lamaran Anda sebagai {{jobTitle}}, mohon kirimkan dokumen berikut: {{documents}}`,
    en: `Hello {{candidateName}}, this is {{recruiterName}} from {{companyName}}. To take your application for {{jobTitle}} further, please send us the following documents: {{documents}}`,
  },
};

/** Required, short enough, and only known placeholders (a typo would reach the candidate). */
export function checkWhatsappTemplate(purpose: WhatsappPurpose, body: string): Result<string> {
  const text = body.replace(/\r\n?/g, '\n').trim();
  const problems: FieldProblem[] = [];
  if (text === '') problems.push({ path: 'body', code: 'required', message: 'Required.' });
  else if (text.length > whatsappBodyMaxLength) {
    problems.push({
      path: 'body',
      code: 'too_big',
      message: `At most ${whatsappBodyMaxLength} characters.`,
    });
  }
  problems.push(...unknownPlaceholders('body', text, whatsappPlaceholders[purpose]));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: text };
}

/** A document request names its documents; a short list, written by HR for this candidate. */
export const documentsMaxLength = 500;

/**
 * What HR fills in for this one message: a document request must say which documents (without
 * them it stops at "the following documents:"); other messages take nothing.
 */
export function checkChatDetails(
  purpose: WhatsappPurpose,
  documents: string | undefined,
): Result<{ documents?: string }> {
  if (purpose !== 'document_request') return { ok: true, value: {} };
  const text = (documents ?? '').trim();
  if (text === '') {
    return {
      ok: false,
      problems: [
        { path: 'documents', code: 'required', message: 'Write which documents you need.' },
      ],
    };
  }
  if (text.length > documentsMaxLength) {
    return {
      ok: false,
      problems: [
        {
          path: 'documents',
          code: 'too_big',
          message: `At most ${documentsMaxLength} characters.`,
        },
      ],
    };
  }
  return { ok: true, value: { documents: text } };
}

/**
 * The template a document request is written from: one an admin saved before the documents had
 * a placeholder ends where the list should be, so the list goes at its end.
 */
export function templateWithDocuments(purpose: WhatsappPurpose, template: string): string {
  if (purpose !== 'document_request' || template.includes('{{documents}}')) return template;
  return `${template} {{documents}}`;
}

/** The message with its placeholders filled; an unknown value becomes empty, not `{{…}}`. */
export function writeWhatsappMessage(
  template: string,
  values: Readonly<Record<string, string>>,
): string {
  return fillPlaceholders(template, values)
    .replace(/\{\{[^{}]*\}\}/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}

/** `https://wa.me/62812…?text=…`: wa.me wants the number in international form without `+`. */
export function whatsappChatLink(phoneE164: string, message: string): string {
  return `https://wa.me/${phoneE164.replace(/^\+/, '')}?text=${encodeURIComponent(message)}`;
}

export const whatsappRefusals = ['no_phone', 'consent_withdrawn', 'processing_restricted'] as const;
export type WhatsappRefusal = (typeof whatsappRefusals)[number];

/**
 * Whether HR may contact the candidate on WhatsApp: they need a phone number, and a candidate
 * who withdrew their consent (every recruitment consent withdrawn) or restricted processing is
 * not contacted. A candidate HR added by hand has no consent record and may be contacted.
 */
export function whatsappRefusal(candidate: {
  phone: string | null;
  processingRestricted: boolean;
  consents: readonly { purpose: string; withdrawnAt: Date | string | null }[];
}): WhatsappRefusal | undefined {
  if (candidate.processingRestricted) return 'processing_restricted';
  const recruitment = candidate.consents.filter((consent) => consent.purpose === 'recruitment');
  if (recruitment.length > 0 && recruitment.every((consent) => consent.withdrawnAt !== null)) {
    return 'consent_withdrawn';
  }
  if (!candidate.phone) return 'no_phone';
  return undefined;
}
