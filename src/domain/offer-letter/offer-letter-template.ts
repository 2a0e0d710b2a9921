import { fillPlaceholders, placeholdersIn, unknownPlaceholders } from '../email/email-placeholders';
import type { Locale } from '../locale';
import type { FieldProblem, Result } from '../result';
import { offerLetterValues, type OfferLetterTerms } from './offer-letter-terms';

/** The letter's wording in one language: a title and the body, both with placeholders. */
export interface OfferLetterTemplate {
  title: string;
  body: string;
}

/** What the letter's text may use; each is filled from the offer in the candidate's language. */
export const offerLetterPlaceholders = [
  'companyName',
  'candidateName',
  'jobTitle',
  'contractType',
  'probation',
  'grossMonthlySalary',
  'allowances',
  'benefits',
  'thr',
  'bpjs',
  'workingDays',
  'workingHours',
  'workLocation',
  'workMode',
  'offerDate',
  'startDate',
  'expiresOn',
  'note',
] as const;

export const offerLetterTitleMaxLength = 200;
export const offerLetterBodyMaxLength = 20_000;

export const defaultOfferLetterTemplates: Record<Locale, OfferLetterTemplate> = {
  id: {
    title: 'Surat Penawaran Kerja',
    body: `Yth. {{candidateName}},

Dengan senang hati {{companyName}} menawarkan kepada Anda posisi {{jobTitle}} dengan ketentuan sebagai berikut.

Jenis perjanjian kerja: {{contractType}}
Masa percobaan: {{probation}}
Gaji bruto: {{grossMonthlySalary}}
Tunjangan tetap:
{{allowances}}
Fasilitas lain:
{{benefits}}
THR: {{thr}}
BPJS: {{bpjs}}
Hari kerja: {{workingDays}}
Jam kerja: {{workingHours}}
Lokasi kerja: {{workLocation}}, {{workMode}}
Tanggal mulai bekerja: {{startDate}}

{{note}}

Penawaran ini berlaku sampai dengan {{expiresOn}}. Mohon sampaikan jawaban Anda melalui portal kandidat sebelum tanggal tersebut.

Hormat kami,
{{companyName}}`,
  },
  en: {
    title: 'Offer Letter',
    body: `Dear {{candidateName}},

{{companyName}} is pleased to offer you the position of {{jobTitle}} on the following terms.

Employment contract: {{contractType}}
Probation period: {{probation}}
Gross salary: {{grossMonthlySalary}}
Fixed allowances:
{{allowances}}
Other benefits:
{{benefits}}
THR: {{thr}}
BPJS: {{bpjs}}
Working days: {{workingDays}}
Working hours: {{workingHours}}
Work location: {{workLocation}}, {{workMode}}
Start date: {{startDate}}

{{note}}

This offer is valid until {{expiresOn}}. Please give us your answer in the candidate portal before that date.

Yours sincerely,
{{companyName}}`,
  },
};

/** Checked like the e-mail templates: both parts required, and every placeholder known. */
export function checkOfferLetterTemplate(
  template: OfferLetterTemplate,
): Result<OfferLetterTemplate> {
  const title = template.title.trim();
  const body = template.body.trim();
  const problems: FieldProblem[] = [
    ...required('title', title, offerLetterTitleMaxLength),
    ...required('body', body, offerLetterBodyMaxLength),
    ...unknownPlaceholders('title', title, offerLetterPlaceholders),
    ...unknownPlaceholders('body', body, offerLetterPlaceholders),
  ];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { title, body } };
}

function required(path: string, text: string, max: number): FieldProblem[] {
  if (text === '') return [{ path, code: 'required', message: 'Required.' }];
  if (text.length > max) return [{ path, code: 'too_big', message: `At most ${max} characters.` }];
  return [];
}

/**
 * A line whose placeholders all fill empty (no allowances, no working hours given) is left out
 * rather than printed as "Working hours: " or a lone dash; a list that is empty takes its heading
 * (the line before, ending in ":") with it.
 */
function withoutEmptySections(
  lines: readonly string[],
  values: Readonly<Record<string, string>>,
): string[] {
  const empty = (line: string) => {
    const names = placeholdersIn(line);
    return names.length > 0 && names.every((name) => values[name] === '');
  };
  const kept: string[] = [];
  for (const line of lines) {
    if (!empty(line)) {
      kept.push(line);
      continue;
    }
    const onlyPlaceholders = line.replace(/\{\{[^{}]*\}\}/g, '').trim() === '';
    if (onlyPlaceholders && kept.at(-1)?.trimEnd().endsWith(':')) kept.pop();
  }
  return kept;
}

/** The letter as text: the title, and the body's lines with every placeholder filled. */
export function writeOfferLetter(
  template: OfferLetterTemplate,
  terms: OfferLetterTerms,
  locale: Locale,
): { title: string; lines: string[] } {
  const values = offerLetterValues(terms, locale);
  const body = withoutEmptySections(template.body.replace(/\r\n?/g, '\n').split('\n'), values)
    // "Lokasi kerja: , Hybrid" when no place was given: the mode alone reads better.
    .map((line) => fillPlaceholders(line, values).replace(/: , /g, ': '))
    .join('\n');
  // An empty value (no note) must not leave a gap of several blank lines in the letter.
  const lines = body
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line, index, all) => line !== '' || (index > 0 && all[index - 1] !== ''));
  while (lines.at(-1) === '') lines.pop();
  return { title: fillPlaceholders(template.title, values).trim(), lines };
}
