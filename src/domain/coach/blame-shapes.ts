/**
 * English shapes of running down a workplace without an insult, for the learned model:
 * - a "lesson" that still blames: "What I learned there is that effort isn't rewarded", "it
 *   taught me that nobody reads the reports" (the lesson says what is wrong with them), not a
 *   lesson about oneself ("I learned that I need to ask earlier");
 * - mistreatment told by the verb's prefix or a simile: "my bank underpays everyone", "he
 *   micromanaged every email", "they treated us like numbers", with someone at work as the doer
 *   (not "I underestimated the time");
 * - a polite frame around what follows: "I want to be respectful about it", "without naming
 *   names", "to put it politely", "I'll just leave it at that".
 * Each gives its words as evidence; the model weighs them with the rest of the answer, so a fair
 * account that happens to use one is not flagged by it alone.
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, type SentenceView, span } from './context';
import type { CueHits } from './general-method';
import { lex } from './lexicon';
import { findPhrases, phraseSet } from './phrases';
import type { Token } from './tokens';
import { wordSet } from './word-set';

export const blameCueNames = ['lessonBlames', 'mistreatedBy', 'politeFrame'] as const;

const lessonWords = wordSet('learned', 'learnt', 'lesson', 'taught');
/** The candidate, or "you" as the advice of a rule: the lesson is about oneself. */
const firstPerson = wordSet('i', 'me', 'my', 'myself', 'im', 'you', 'your');
/** The candidate as the doer ("I underestimated"); "my director" is someone else. */
const selfSubject = wordSet('i', 'im');
const denial = wordSet('not', 'never', 'nobody', 'nothing', 'no', 'none', 'neither');
/** "underpays", "mismanaged", "micromanages", "overworked": a harm in the verb's prefix. */
const harmPrefix = /^(?:under|over|mis|micro)-?(?:[a-z]{3,}(?:ed|s|es|ing)|paid|pays)$/;
/** Prefixed words that name no harm done to anyone. */
const notHarm = wordSet(
  'understanding',
  'understands',
  'understood',
  'overseas',
  'overseeing',
  'oversees',
  'overcomes',
  'overcame',
  'overtakes',
  'overcoming',
  'overlooking',
  'undergoes',
  'undergraduates',
  'missed',
  'misses',
  'missing',
  'mission',
  'missions',
  'microphones',
  'overheads',
  'understates',
);
const doerWords = wordSet('they', 'he', 'she', 'management');
const treated = phraseSet([
  'treat|treats|treated|treating us|me|people|staff|everyone|employees|workers like|as',
]);
const polite = phraseSet([
  'want|try|trying|wanted to be respectful|fair|diplomatic|professional|careful|polite|kind',
  'without naming names',
  'to put it politely|mildly|kindly|nicely|diplomatically|gently',
  'i will|would just? leave it at that',
  'how do|should|can i put|say this|it',
  'not to speak ill',
  'do|did not want to badmouth|bad-mouth|complain|trash',
]);

/** The lesson's words after "learned"/"taught me", if they judge others and not oneself. */
function lessonBlame(ctx: Ctx, s: SentenceView, out: Evidence[]): void {
  const c = s.content;
  const at = c.findIndex((t) => lessonWords.has(t.low));
  if (at < 0) return;
  // "learned to never assume", "the lesson was to check": a rule for oneself.
  let k = at + 1;
  if (c[k]?.low === 'is' || c[k]?.low === 'was') k++;
  if (c[k]?.low === 'to' || c[k]?.low === 'never') return;
  // "it taught me that ...": the lesson starts after the one taught.
  const from = c[at + 1]?.low === 'me' || c[at + 1]?.low === 'us' ? at + 2 : at + 1;
  const clause = c.slice(from, from + 15);
  if (clause.some((t) => firstPerson.has(t.low))) return;
  const no = clause.find((t) => denial.has(t.low));
  if (no) out.push(span(ctx.doc, c[at] as Token, no));
}

/** A prefixed harm verb with someone at work (or they/he/she) as its doer, not the candidate. */
function mistreatment(
  ctx: Ctx,
  s: SentenceView,
  isOther: (t: Token) => boolean,
  out: Evidence[],
): void {
  const c = s.content;
  for (let j = 1; j < c.length; j++) {
    const t = c[j] as Token;
    if (!harmPrefix.test(t.low) || notHarm.has(t.low) || t.low.startsWith('mista')) continue;
    const before = c.slice(Math.max(0, j - 4), j);
    if (before.some((w) => selfSubject.has(w.low) || lex.negation.has(w.low))) continue;
    const doer = before.find((w) => isOther(w) || doerWords.has(w.low));
    if (doer) out.push(span(ctx.doc, doer, t));
  }
  for (const m of findPhrases(treated, c)) {
    out.push(span(ctx.doc, c[m.first] as Token, c[m.last - 1] as Token));
  }
}

export function blameCues(ctx: Ctx, isOther: (t: Token) => boolean, hits: CueHits): void {
  if (ctx.input.language !== 'en') return;
  const lessons: Evidence[] = [];
  const harms: Evidence[] = [];
  const frames: Evidence[] = [];
  for (const s of ctx.sentences) {
    lessonBlame(ctx, s, lessons);
    mistreatment(ctx, s, isOther, harms);
    for (const m of findPhrases(polite, s.content)) {
      frames.push(span(ctx.doc, s.content[m.first] as Token, s.content[m.last - 1] as Token));
    }
  }
  if (lessons.length > 0) hits.set('lessonBlames', lessons.slice(0, 4));
  if (harms.length > 0) hits.set('mistreatedBy', harms.slice(0, 4));
  if (frames.length > 0) hits.set('politeFrame', frames.slice(0, 4));
}
