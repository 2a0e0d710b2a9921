/**
 * Criticism of a former employer said without a harsh word, in English, by sentence shape:
 * - a virtue denied to someone: "communication was not their strength", "planning wasn't
 *   really his thing", "my supervisor was not exactly the most organised person";
 * - a veiled frame ("let's just say", "to put it mildly") in a sentence about someone else or
 *   their doings ("let's just say their planning ...");
 * - irony: a pause before a compliment ("they were... creative with deadlines"), or a word in
 *   scare quotes after "our/their/his" ('our "agile" process');
 * - a habit pinned on someone else: "he had a habit of taking credit", "management loved
 *   changing plans", "she tended to forget what she promised".
 * Near misses: a fair account of a hard place ("demanding but fair", "the company was
 * restructuring"), a habit that helped ("had a habit of reviewing my reports with me, which
 * helped me grow"), a frame about oneself ("let's just say I learned a lot").
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, PerAnswer, type SentenceView, span, tidy } from './context';
import { faintPraise } from './faint-praise';
import { negationWords } from './negation';
import { compliments, praise } from './stance';
import { phraseAt, type Token } from './tokens';
import { wordSet } from './word-set';
import { isOutsider } from './outsiders';

const possessives = wordSet('their', 'his', 'her', 'its');
/** An outsider; "patient" here is the virtue a shape denies ("not the most patient"), not a person. */
const isOutsiderHere = (t: Token) => isOutsider(t) && t.key !== 'patient';
const selves = wordSet('i', 'we', 'me', 'my', 'our', 'us');
const negations = wordSet(negationWords);
/** What one is good at: denied to someone, it judges them ("not their strength"). */
const strengths = wordSet('strength', 'forte', 'suit', 'point', 'thing', 'talent', 'skill');
/** Hedges between a negation and the virtue: "not exactly", "not the most". */
const hedges = wordSet(
  'exactly',
  'really',
  'particularly',
  'always',
  'very',
  'that',
  'too',
  'the',
  'most',
  'best',
  'greatest',
  'a',
  'an',
  'known',
  'for',
  'big',
  'on',
  'strong',
  'strongest',
  'biggest',
);
/** Qualities a boss, colleague or company is expected to have. */
const virtues = wordSet(
  ...compliments,
  'organised',
  'organized',
  'reliable',
  'helpful',
  'supportive',
  'clear',
  'fair',
  'professional',
  'competent',
  'patient',
  'transparent',
  'honest',
  'responsive',
  'consistent',
  'communicative',
  'structured',
  'punctual',
  'realistic',
  'decisive',
  'open',
  'listener',
  'communicator',
  'planner',
);
/** Frames that promise to say less than one means. */
const veiledFrames: readonly (readonly string[])[] = [
  ['let', "'s", 'just', 'say'],
  ['let', "'s", 'say'],
  ['let', 'us', 'say'],
  ['shall', 'we', 'say'],
  ['to', 'put', 'it', 'mildly'],
  ['to', 'put', 'it', 'politely'],
  ['to', 'put', 'it', 'nicely'],
  ['to', 'put', 'it', 'kindly'],
  ['how', 'shall', 'i', 'put', 'it'],
  ['how', 'do', 'i', 'put', 'it'],
  ['leave', 'it', 'at', 'that'],
];
const frameStarts = wordSet(veiledFrames.map((f) => f[0] as string));
/** Habit frames after a subject: "had a habit of", "tended to", "loved", "kept". */
const habitHeads = wordSet(
  'habit',
  'tendency',
  'tended',
  'tends',
  'loved',
  'loves',
  'liked',
  'enjoyed',
  'kept',
  'known',
  'fond',
  'failed',
);
/** What makes a habit or a sentence fair rather than bitter: benefit, respect, balance. */
const fairWords = wordSet(
  ...praise,
  'helped',
  'taught',
  'fair',
  'kind',
  'mentored',
  'supported',
  'grow',
  'appreciated',
  'valued',
  'celebrating',
  'teaching',
  'helping',
  'mentoring',
  'coaching',
  'sharing',
);
const contrastWords = wordSet('but', 'though', 'although', 'yet', 'still');

/** The answer speaks of someone else in this sentence: a party, or "their/his/her". */
function aboutOthers(c: readonly Token[], isOther: (t: Token) => boolean): Token | undefined {
  return c.find((t) => !selves.has(t.low) && (isOther(t) || possessives.has(t.low)));
}

/** Words between a subject and its verb: "he always kept", "she was not", "they had a habit". */
const between = wordSet(
  'always',
  'really',
  'also',
  'just',
  'constantly',
  'still',
  'often',
  'usually',
  'was',
  'were',
  'is',
  'are',
  "'s",
  'had',
  'has',
  'have',
  'did',
  'does',
  'do',
);

/**
 * The subject of the word at j is someone else: walking back over auxiliaries and adverbs, the
 * first other word is a party ("my manager was not", "he always kept"), not "releases kept".
 */
function otherSubjectBefore(
  c: readonly Token[],
  j: number,
  isOther: (t: Token) => boolean,
): Token | undefined {
  let k = j - 1;
  while (k >= 0 && k >= j - 4 && between.has((c[k] as Token).low)) k--;
  const t = c[k];
  return t && !selves.has(t.low) && isOther(t) ? t : undefined;
}

/** Groups the candidate belongs to when "our/my" owns them: "our team", "my shift". */
const groups = wordSet(
  'team',
  'teams',
  'shift',
  'shifts',
  'department',
  'staff',
  'crew',
  'unit',
  'group',
);
function ownGroup(c: readonly Token[], subject: Token): boolean {
  const k = c.indexOf(subject);
  if (!groups.has(subject.key)) return false;
  return c.slice(Math.max(0, k - 3), k).some((t) => t.low === 'our' || t.low === 'my');
}

/** "but she was fair", "which helped me grow": the sentence balances what it says. */
function balanced(c: readonly Token[], from: number): boolean {
  return c.some((t, k) => k > from && (fairWords.has(t.key) || fairWords.has(t.low)));
}

/** A virtue denied: "not their strength", "wasn't exactly the most organised". */
function deniedVirtue(ctx: Ctx, s: SentenceView, isOther: (t: Token) => boolean): Evidence[] {
  const c = s.content;
  for (let j = 0; j < c.length; j++) {
    if (!negations.has((c[j] as Token).low)) continue;
    let k = j + 1;
    let owned = false;
    while (k < c.length && k <= j + 4) {
      const h = (c[k] as Token).low;
      if (possessives.has(h)) owned = true;
      else if (!hedges.has(h)) break;
      k++;
    }
    const w = c[k];
    if (!w) continue;
    const ownStrength = owned && strengths.has(w.key);
    const subject = otherSubjectBefore(c, j, isOther);
    const virtue = subject && virtues.has(w.key) && s.clause[k] === s.clause[j];
    if (ownStrength || virtue) {
      if (balancedAfterContrast(c, k)) continue;
      return [span(ctx.doc, (subject ?? c[j]) as Token, w)];
    }
  }
  return [];
}

/** "not the most patient, but fair": a contrast then a fair word softens the denial. */
function balancedAfterContrast(c: readonly Token[], from: number): boolean {
  const but = c.findIndex((t, k) => k > from && contrastWords.has(t.low));
  return but >= 0 && balanced(c, but);
}

/** "Let's just say" in a sentence that speaks of someone else. */
function veiledFrame(ctx: Ctx, s: SentenceView, isOther: (t: Token) => boolean): Evidence[] {
  const c = s.content;
  for (let j = 0; j < c.length; j++) {
    if (!frameStarts.has((c[j] as Token).low)) continue;
    const frame = veiledFrames.find((f) => phraseAt(c, j, f));
    if (!frame) continue;
    const who = aboutOthers(c, isOther);
    if (who)
      return [span(ctx.doc, c[j] as Token, c[j + frame.length - 1] as Token), span(ctx.doc, who)];
  }
  return [];
}

/** A habit of someone else that is no kindness: "he had a habit of taking credit". */
function habitOfOther(ctx: Ctx, s: SentenceView, isOther: (t: Token) => boolean): Evidence[] {
  const c = s.content;
  for (let j = 1; j < c.length; j++) {
    const t = c[j] as Token;
    if (!habitHeads.has(t.low)) continue;
    // "known for", "fond of", "never failed to", "kept" + -ing, "loved" + -ing or "to".
    const next = c[j + 1];
    const framed =
      ((t.low === 'habit' || t.low === 'tendency') && c[j - 1]?.low === 'a') ||
      t.low.startsWith('tend') ||
      (t.low === 'known' && next?.low === 'for') ||
      (t.low === 'fond' && next?.low === 'of') ||
      (t.low === 'failed' && negations.has(c[j - 1]?.low ?? '')) ||
      (next !== undefined && next.low.endsWith('ing') && next.low.length > 4) ||
      (t.low !== 'kept' && next?.low === 'to');
    if (!framed) continue;
    const subject = otherSubjectBefore(
      c,
      t.low === 'habit' || t.low === 'tendency' ? j - 2 : j,
      isOther,
    );
    // "our warehouse team kept missing the count": the candidate's own group, a problem told.
    if (subject && ownGroup(c, subject)) continue;
    if (!subject || balanced(c, j)) continue;
    const end = c[Math.min(c.length - 1, j + 3)] as Token;
    return [span(ctx.doc, subject, end)];
  }
  return [];
}

const pause = /^\s*(?:\.{3}|…)\s*$/;

/**
 * Irony: someone else, then a pause, then a compliment ("they were... creative"), or a word in
 * scare quotes right after "our/their/his" ('our "agile" process').
 */
function irony(ctx: Ctx, isOther: (t: Token) => boolean): Evidence[] {
  const out: Evidence[] = [];
  const { text } = ctx.doc;
  const sentences = ctx.sentences;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const s = sentences[i] as SentenceView;
    const last = s.content[s.content.length - 1];
    const first = (sentences[i + 1] as SentenceView).content[0];
    if (!last || !first || !virtues.has(first.key)) continue;
    if (!pause.test(text.slice(last.end, first.start))) continue;
    if (first.text[0] !== first.text[0]?.toLowerCase()) continue;
    const who = aboutOthers(s.content, isOther);
    if (who) out.push(span(ctx.doc, who, first));
  }
  const quoting = /["“]/.test(text);
  for (const m of quoting
    ? text.matchAll(/\b(our|their|his|her)\s+["“]([^"“”]{1,30})["”]/gi)
    : []) {
    const start = m.index ?? 0;
    out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}

const found = new PerAnswer<Evidence[]>();

/**
 * Someone else who is not an outsider, made once per party test (always the same one): a
 * closure made per answer costs an allocation and, in the build, a name definition.
 */
let madeFor: ((t: Token) => boolean) | undefined;
let made: (t: Token) => boolean = () => false;
function othersBesidesOutsiders(isParty: (t: Token) => boolean): (t: Token) => boolean {
  if (madeFor !== isParty) {
    madeFor = isParty;
    made = (t) => isParty(t) && !isOutsiderHere(t);
  }
  return made;
}

/** The words where an answer criticises someone at work by understatement, irony or habit. */
export function understatedCriticism(ctx: Ctx, isParty: (t: Token) => boolean): Evidence[] {
  let out = found.get(ctx);
  if (out) return out;
  const isOther = othersBesidesOutsiders(isParty);
  out = faintPraise(ctx, isOther, isOutsiderHere);
  if (ctx.input.language === 'en') {
    for (const s of ctx.sentences) {
      if (s.content.some(isOutsiderHere)) continue;
      out.push(...deniedVirtue(ctx, s, isOther), ...veiledFrame(ctx, s, isOther));
      out.push(...habitOfOther(ctx, s, isOther));
    }
    out.push(...irony(ctx, isOther));
  }
  // A pause before a compliment is irony to both faint-praise.ts and irony(): one span.
  out = tidy(out);
  found.set(ctx, out);
  return out;
}
