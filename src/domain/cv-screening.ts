/**
 * CV screening support: how a CV's text covers the job's required skills and tools, and what it
 * says about years of experience. It explains (found where, missing, stated years); it never
 * scores or ranks: HR reads it and decides.
 */
import { termCoverage } from './coach/term-coverage';
import { tokenize } from './coach/tokens';
import type { Stage } from './pipeline';
import { jakartaDate } from './today';

/** The stages whose applications HR screens by CV: new ones and those already in screening. */
export const screeningStages = ['applied', 'cv_screening'] as const satisfies readonly Stage[];
export type ScreeningStage = (typeof screeningStages)[number];

/** What the job asks for that a CV can mention: its required skills and its tools. */
export const termKinds = ['skill', 'tool'] as const;
export type TermKind = (typeof termKinds)[number];

export interface CvSnippet {
  before: string;
  match: string;
  after: string;
}

export interface TermFinding {
  term: string;
  kind: TermKind;
  /** Where the CV mentions it first, with some words around; the number of mentions. */
  snippet: CvSnippet;
  mentions: number;
}

export interface ExperienceStatement {
  years: number;
  /** "at least" for "5+ years" / "lebih dari 5 tahun". */
  orMore: boolean;
  /** Said in words ("5 years of experience"), or read from a period ("2019 - sekarang"). */
  kind: 'stated' | 'period';
  snippet: CvSnippet;
}

export interface CvScreening {
  found: TermFinding[];
  missing: { term: string; kind: TermKind }[];
  experience: ExperienceStatement[];
}

const contextChars = 60;

/** Some words either side of [start, end), cut at word boundaries and on one line. */
export function snippetAt(text: string, start: number, end: number): CvSnippet {
  let from = Math.max(0, start - contextChars);
  let to = Math.min(text.length, end + contextChars);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: `${from > 0 ? '… ' : ''}${flat(text.slice(from, start)).trimStart()}`,
    match: flat(text.slice(start, end)),
    after: `${flat(text.slice(end, to)).trimEnd()}${to < text.length ? ' …' : ''}`,
  };
}

export function screenCv(
  cvText: string,
  job: { requiredSkills: readonly string[]; tools: readonly string[] },
  /** What "sekarang" / "present" in a period means. */
  now: Date = new Date(),
): CvScreening {
  const doc = tokenize(cvText);
  const found: TermFinding[] = [];
  const missing: CvScreening['missing'] = [];
  for (const kind of termKinds) {
    const terms = kind === 'skill' ? job.requiredSkills : job.tools;
    const coverage = termCoverage(doc, terms);
    for (const used of coverage.used) {
      const first = used.evidence[0]!;
      found.push({
        term: used.term,
        kind,
        snippet: snippetAt(cvText, first.start, first.end),
        mentions: used.evidence.length,
      });
    }
    for (const term of coverage.missed) missing.push({ term, kind });
  }
  return { found, missing, experience: statedExperience(cvText, now) };
}

const number =
  '(\\d{1,2}(?:[.,]5)?|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|one|two|three|four|five|six|seven|eight|nine|ten)';
const spelled: Record<string, number> = {
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/**
 * Ways CVs state experience, in Indonesian and English: "5 tahun pengalaman", "pengalaman 3
 * tahun", "berpengalaman lebih dari 2 tahun", "4+ years of experience", "over 6 years in QA".
 */
const experiencePatterns: RegExp[] = [
  new RegExp(
    `(lebih dari |over |more than |at least |minimal |sekitar )?${number}(\\+)?\\s*(?:tahun|thn)\\s+(?:ber)?pengalaman`,
    'giu',
  ),
  new RegExp(
    `(?:ber)?pengalaman(?:\\s+kerja)?(?:\\s+(?:sebagai|di bidang|di|dalam)\\s+[\\p{L}\\s./+#-]{1,40}?)?\\s+(?:selama\\s+)?(lebih dari |lebih dari\\s+|sekitar |minimal )?${number}(\\+)?\\s*(?:tahun|thn)`,
    'giu',
  ),
  new RegExp(
    `(over |more than |at least |nearly |almost )?${number}(\\+)?\\s*(?:years?|yrs?)(?:'|’)?\\s+(?:of\\s+)?(?:professional\\s+|hands-on\\s+|working\\s+|work\\s+|industry\\s+)?(?:experience|exp\\b|in\\b|as\\b|with\\b|building\\b|working\\b)`,
    'giu',
  ),
];

export function statedExperience(text: string, now: Date = new Date()): ExperienceStatement[] {
  const statements: (ExperienceStatement & { start: number })[] = [...workPeriods(text, now)];
  for (const pattern of experiencePatterns) {
    for (const match of text.matchAll(pattern)) {
      const [phrase, qualifier, amount, plus] = match;
      if (!amount) continue;
      const key = amount.toLowerCase();
      const years = spelled[key] ?? Number(key.replace(',', '.'));
      if (!Number.isFinite(years) || years <= 0 || years > 50) continue;
      const start = match.index;
      // The same words can satisfy two patterns; keep one statement per place in the CV.
      if (statements.some((s) => Math.abs(s.start - start) < phrase.length)) continue;
      statements.push({
        years,
        orMore: Boolean(plus) || Boolean(qualifier && !/sekitar|nearly|almost/i.test(qualifier)),
        kind: 'stated',
        snippet: snippetAt(text, start, start + phrase.length),
        start,
      });
    }
  }
  return statements.sort((a, b) => a.start - b.start).map(({ start: _start, ...s }) => s);
}

const monthNumbers: [RegExp, number][] = [
  [/^jan/i, 1],
  [/^feb|^peb/i, 2],
  [/^mar/i, 3],
  [/^apr/i, 4],
  [/^me[iy]|^may/i, 5],
  [/^jun/i, 6],
  [/^jul/i, 7],
  [/^ag|^aug/i, 8],
  [/^sep/i, 9],
  [/^o[ck]t/i, 10],
  [/^nov/i, 11],
  [/^de[sc]/i, 12],
];
const month =
  '(jan(?:uari|uary)?|feb(?:ruari|ruary)?|peb(?:ruari)?|mar(?:et|ch)?|apr(?:il)?|mei|may|jun(?:i|e)?|jul(?:i|y)?|agu(?:stus)?|agt|aug(?:ust)?|sept?(?:ember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|des(?:ember)?|dec(?:ember)?)\\.?\\s+';
const year = '((?:19[89]|20[0-9])\\d)';
const ongoing = '(sekarang|saat ini|kini|present|now|current|today)';
/** "2021-2025", "2019 - sekarang", "Jan 2020 – present", "Maret 2018 s.d. Juni 2021". */
const periodPattern = new RegExp(
  `(?<![\\p{L}\\d/.-])(?:${month})?${year}\\s*(?:-|–|—|s\\.?\\s?d\\.?|sampai|hingga|to|until)\\s*(?:(?:${month})?${year}|${ongoing})(?![\\p{L}\\d/-])`,
  'giu',
);
/** A period on a line about schooling is study, not work. */
const educationWords =
  /universit|institut|politeknik|sekolah|\b(?:sma|smk|smu|s1|s2|d3|ipk|gpa)\b|sarjana|pendidikan|education|bachelor|magister|kuliah|college|academy|akademi/i;

const monthOf = (name: string | undefined): number | null =>
  name ? (monthNumbers.find(([pattern]) => pattern.test(name))?.[1] ?? null) : null;

/** The line around a match (at most 80 characters each side): where a CV says what it was. */
function lineAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 80);
  const next = text.indexOf('\n', end);
  return text.slice(from, Math.min(next === -1 ? text.length : next, end + 80));
}

/**
 * Periods of work written as year ranges, each as its length: whole years between the years, or
 * to the half year when both ends name a month ("Jan 2020 – present" counts to `now`, a Jakarta
 * date). Ranges on a line about school or university are left out.
 */
function workPeriods(text: string, now: Date): (ExperienceStatement & { start: number })[] {
  const today = jakartaDate(now);
  const periods: (ExperienceStatement & { start: number })[] = [];
  for (const match of text.matchAll(periodPattern)) {
    const [phrase, fromMonth, fromYear, toMonth, toYear, current] = match;
    const start = match.index;
    if (educationWords.test(lineAround(text, start, start + phrase.length))) continue;
    const endYear = current ? Number(today.slice(0, 4)) : Number(toYear);
    const endMonth = current ? Number(today.slice(5, 7)) : monthOf(toMonth);
    const startMonth = monthOf(fromMonth);
    const months =
      startMonth && endMonth
        ? (endYear - Number(fromYear)) * 12 + endMonth - startMonth
        : (endYear - Number(fromYear)) * 12;
    const years = Math.round(months / 6) / 2;
    if (years <= 0 || years > 50) continue;
    periods.push({
      years,
      orMore: false,
      kind: 'period',
      snippet: snippetAt(text, start, start + phrase.length),
      start,
    });
  }
  return periods;
}
