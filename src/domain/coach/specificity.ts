/**
 * Whether an answer tells something specific, outside its trait claims: a step the candidate
 * took in the past (the action finder's evidence) together with a detail that only a real event
 * has, namely a number, a time ("last March", "tahun lalu", "waktu itu"), or a name (a capitalised
 * word inside a sentence: a tool, a client, a city). "I'm hardworking and always give 110%" has
 * none; "I'm hardworking: last March I covered two night shifts at the Bekasi depot" has all.
 * Found by these markers, not by what the claim or the story is about.
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, type SentenceView, isEnPast, isIdAction } from './context';
import { lex } from './lexicon';
import type { NumberMention } from './quantified';
import { type Token, startsUpperCase } from './tokens';
import { wordSet } from './word-set';

/** Words that point at a moment: "last year", "tahun lalu", "once", "waktu itu", "suatu hari". */
const timeNouns = wordSet(
  'year',
  'month',
  'week',
  'quarter',
  'semester',
  'summer',
  'winter',
  'morning',
  'night',
  'tahun',
  'bulan',
  'minggu',
  'kuartal',
  'hari',
  'malam',
  'pagi',
);
const timeBefore = wordSet('last', 'that', 'one', 'previous', 'during');
const timeAfter = wordSet('lalu', 'kemarin', 'itu', 'sebelumnya', 'terakhir', 'ago');
const timeAlone = wordSet(
  'once',
  'yesterday',
  'kemarin',
  'suatu',
  'pernah',
  'ago',
  'waktu',
  'saat',
);
/** Capitalised words that name nothing specific: pronouns, days of the week, languages. */
export const notNames = wordSet(
  'i',
  'saya',
  'aku',
  'pak',
  'bu',
  'ibu',
  'bapak',
  'mas',
  'mbak',
  'kak',
  'ok',
  'oke',
);

function isTime(c: readonly Token[], j: number): boolean {
  const t = c[j] as Token;
  if (timeNouns.has(t.low)) {
    return timeBefore.has(c[j - 1]?.low ?? '') || timeAfter.has(c[j + 1]?.low ?? '');
  }
  if (t.low === 'itu' && ['waktu', 'saat', 'ketika'].includes(c[j - 1]?.low ?? '')) return true;
  if (t.low === 'hari' && c[j - 1]?.low === 'suatu') return true;
  return t.low === 'once' || t.low === 'yesterday' || t.low === 'ago';
}

function isName(c: readonly Token[], j: number): boolean {
  const t = c[j] as Token;
  if (j === 0 || t.kind !== 'word' || notNames.has(t.low)) return false;
  // After a colon or quote a capital is a new start, not a name; an all-caps word is a name too.
  return startsUpperCase(t.text) && timeAlone.has(t.low) === false;
}

export interface Specificity {
  /** The candidate's own past steps, outside the claims. */
  steps: Evidence[];
  /** Numbers, times and names outside the claims. */
  details: Evidence[];
  /** Whether a step and a detail share a sentence, or the answer places itself in time. */
  anchored: boolean;
}

const hypothetical = wordSet('would', 'will', 'should', 'could', 'akan', 'bakal', 'harus', 'ingin');

/**
 * Steps of a career, not of an event: "I graduated from ... last year", "saya lulus tahun lalu"
 * place a biography in time, they tell no story that could back a trait. ("I worked late" is
 * an event; "I worked at a bank" a career.)
 */
const careerStep =
  /\b(graduated|studied|majored|joined|worked (at|as|in|for)|lulus|kuliah|bekerja (di|sebagai)|kerja di)\b/i;
const isCareerStep = (e: { text: string }): boolean => careerStep.test(e.text);

/**
 * A step the action finder may not read as one: the candidate, then a past verb (en) or an
 * active verb (id), with no modal ("I studied for the licence", "saya mencocokkan ulang").
 */
function ownStep(ctx: Ctx, c: readonly Token[]): Token | undefined {
  if (c.some((t) => hypothetical.has(t.low))) return undefined;
  const en = ctx.input.language === 'en';
  for (let me = 0; me < c.length; me++) {
    if (!lex.firstPerson.has((c[me] as Token).low)) continue;
    const at = c.findIndex((t, k) => k > me && k < me + 5 && (en ? isEnPast(t) : isIdAction(t)));
    const verb = c[at];
    if (verb && !isCareerStep({ text: `${verb.low} ${c[at + 1]?.low ?? ''}` })) return verb;
  }
  return undefined;
}

/** "I was a recruiter", "we were a team of five": a role or a state, not a step. */
const copulas = wordSet('was', 'were');
const planMarks = wordSet('would', 'will', "'d", 'should', 'could', 'might');

/**
 * A step told as background, not as an event: a role ("I was a recruiter at ..."), a step in a
 * sentence that states a tenure ("I managed a kitchen of 12 for two years", "I've spent seven
 * years in procurement"), or one in a plan ("In month three I'd set targets").
 */
function isBackground(ctx: Ctx, e: Evidence, tenure: readonly Evidence[]): boolean {
  const s = ctx.sentences.find((v) => e.start >= v.sentence.start && e.start < v.sentence.end);
  if (!s) return false;
  const first = s.content.find((t) => t.start >= e.start);
  if (first && copulas.has(first.low) && first.end >= e.end) return true;
  if (tenure.some((n) => inSentence(n, s))) return true;
  return s.content.some((t) => planMarks.has(t.low));
}

/** Whether a span (or a word) overlaps none of the claims. */
function outsideClaims(e: { start: number; end: number }, claims: readonly Evidence[]): boolean {
  return !claims.some((c) => e.start < c.end && e.end > c.start);
}

/** Whether a span lies in a sentence. */
function inSentence(e: Evidence, s: SentenceView): boolean {
  return e.start >= s.sentence.start && e.end <= s.sentence.end;
}

export function findSpecifics(
  ctx: Ctx,
  claims: readonly Evidence[],
  actions: readonly Evidence[],
  numbers: readonly NumberMention[],
): Specificity {
  // Tenure, age and schooling describe a background, not an event: "three years in retail".
  const details: Evidence[] = numbers
    .filter((n) => n.reason !== 'years' && n.reason !== 'age' && n.reason !== 'school')
    .map((n) => n.evidence)
    .filter((e) => outsideClaims(e, claims));
  const tenure = numbers.filter((n) => n.reason === 'years').map((n) => n.evidence);
  const steps = actions.filter(
    (e) => outsideClaims(e, claims) && !isCareerStep(e) && !isBackground(ctx, e, tenure),
  );
  const measures = numbers.filter((n) => n.measure).map((n) => n.evidence);
  let anchored = false;
  let timed = false;
  for (const s of ctx.sentences) {
    // Most answers claim no trait: then every word is outside a claim, and no copy is needed.
    const c = claims.length === 0 ? s.content : s.content.filter((e) => outsideClaims(e, claims));
    const before = details.length;
    let timeHere = false;
    for (let j = 0; j < c.length; j++) {
      const t = c[j] as Token;
      if (t.kind !== 'word') continue;
      const time = isTime(c, j);
      timeHere ||= time;
      if (time || isName(c, j)) details.push({ text: t.text, start: t.start, end: t.end });
    }
    timed ||= timeHere;
    const found = steps.some((e) => inSentence(e, s));
    anchored ||= found && (details.length > before || details.some((e) => inSentence(e, s)));
    // A step the action finder missed counts only beside a time or a measure of its own: a past
    // verb alone is as often a background ("I worked in retail") as an event.
    const step = found ? undefined : ownStep(ctx, c);
    const event = step !== undefined && !isBackground(ctx, step, tenure);
    if (step && event && (timeHere || measures.some((e) => inSentence(e, s)))) {
      steps.push({ text: step.text, start: step.start, end: step.end });
      anchored = true;
    }
  }
  return { steps, details, anchored: anchored || (timed && steps.length > 0) };
}

/** A story of one's own with a detail of a real event: what backs a trait claim. */
export function tellsSpecificStory(found: Specificity): boolean {
  return found.steps.length > 0 && found.details.length > 0 && found.anchored;
}
