/**
 * Deflection by sentence shape rather than by word list:
 * - a question turned back on the interviewer ("And what's yours?", "Kalau Ibu sendiri?"),
 * - one's own part denied: a negation right before the candidate as owner or object ("wasn't my
 *   call", "not about me", "bukan di saya", "bukan salah aku").
 * Both feed the defensive rule and the learned model, with the words as evidence.
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, PerSentence, type SentenceView, span } from './context';
import { negationWords } from './negation';
import type { Token } from './tokens';
import { lowFact } from './word-set';

/** Words that address the interviewer. */
const secondPerson = new Set([
  'you',
  'your',
  'yours',
  'anda',
  'ibu',
  'bapak',
  'pak',
  'bu',
  'kamu',
  'kakak',
  'kak',
  'mbak',
  'mas',
]);
/** Polite requests, not a question thrown back: "Can I ask you ...?", "Boleh saya tanya?". */
const politeOpeners = new Set(['can', 'could', 'may', 'boleh', 'bolehkah', 'apakah']);

function quoted(ctx: Ctx, s: SentenceView): boolean {
  const text = ctx.doc.text.slice(s.sentence.start, s.sentence.end);
  return /["“”‘’]|(?<!\p{L})'|'(?!\p{L})/u.test(text);
}

/**
 * A sentence's finding, computed once: the defensive rule, the badmouthing rule and the model's
 * features all ask for the same sentences. Callers read the lists, never change them.
 */
function oncePerSentence(
  find: (ctx: Ctx, s: SentenceView) => Evidence[],
): (ctx: Ctx, s: SentenceView) => Evidence[] {
  const known = new PerSentence<Evidence[]>();
  return (ctx, s) => {
    let found = known.get(s);
    if (!found) {
      found = find(ctx, s);
      known.set(s, found);
    }
    return found;
  };
}

/** A question the candidate asks the interviewer instead of answering. */
export const asksInterviewerBack = oncePerSentence(findAskingBack);

function findAskingBack(ctx: Ctx, s: SentenceView): Evidence[] {
  if (!s.question || quoted(ctx, s)) return [];
  const c = s.content;
  const head = c[0];
  // Thrown-back questions are short; a long one that names "your opening" is still a story.
  if (!head || politeOpeners.has(head.low) || c.length > 12) return [];
  // "Kalau Ibu sendiri, ...?" names the interviewer as well as "you" does; the honorific as a
  // mere term of address at the end ("..., Pak?") does not turn the question around.
  const you = c.find((t, j) => secondPerson.has(t.low) && (j < c.length - 1 || t.low.length > 3));
  return you ? [span(ctx.doc, head, c[c.length - 1] as Token)] : [];
}

const negations = new Set(['not', 'never', 'bukan', 'nothing']);
/** Intensifiers between the negation and the rest: "not really on me". */
const softeners = new Set(['really', 'entirely', 'even', 'sepenuhnya', 'sebenarnya']);
/** What puts the candidate in the place of the one at fault: "on me", "di saya", "salah saya". */
const faultLinks = new Set(['on', 'di', 'salah', 'kesalahan', 'urusan', 'masalah']);
const selves = new Set(['me', 'saya', 'aku', 'gue', 'gua']);
/** "not my first job", "not my strongest area", "bukan saya saja": admissions or modesty. */
const notDenial = new Set([
  'first',
  'only',
  'own',
  'best',
  'strongest',
  'strong',
  'favourite',
  'favorite',
  'main',
  'background',
  'area',
  'thing',
  'kelebihan',
  'kekuatan',
  'bidang',
  'sendiri',
  'saja',
  'aja',
  'doang',
  'sendirian',
  'alone',
  'intention',
  'niat',
]);

/**
 * One's own part denied: a negation, then "my ..." ("wasn't my call") or a word of fault and
 * the candidate ("not on me", "bukan di saya", "bukan urusan aku"). "It wasn't about me" and
 * "not just me" give credit away and are left alone.
 */
export const deniesOwnPart = oncePerSentence(findOwnPartDenied);

function findOwnPartDenied(ctx: Ctx, s: SentenceView): Evidence[] {
  const c = s.content;
  const out: Evidence[] = [];
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    if (!negations.has(t.low)) continue;
    let k = j + 1;
    while (k < c.length && softeners.has((c[k] as Token).low)) k++;
    const linked = faultLinks.has(c[k]?.low ?? '');
    if (linked) k++;
    const owner = c[k];
    if (!owner) continue;
    const mine = owner.low === 'my' && !linked;
    if (!mine && !(linked && selves.has(owner.low))) continue;
    const next = c[k + 1];
    if (notDenial.has(next?.low ?? '')) continue;
    // "I'm not my best in the morning": speaking of oneself, not of blame.
    if (mine && c[j - 1]?.low === 'am') continue;
    // "n't" shows with its verb: "wasn't my call", not "n't my call".
    const from = t.clitic && c[j - 1] ? (c[j - 1] as Token) : t;
    out.push(span(ctx.doc, from, mine && next ? next : owner));
  }
  return out;
}

/** Words that name the interview question itself, as a noun or as the act of asking. */
const questionWords = new Set(['question', 'questions', 'pertanyaan', 'ask', 'asking', 'asked']);
/** Stance against it: negation, excess, "why". "A good question" and "to answer it" are not. */
const againstWords = new Set([
  ...negationWords,
  'too',
  'why',
  'unfair',
  'pointless',
  'kurang',
  'terlalu',
  'kenapa',
  'mengapa',
  'ngapain',
]);

const whyWords = new Set(['why', 'kenapa', 'mengapa', 'ngapain']);

/** Per distinct word: whether it names the question or the asking ("ditanyain", "nanya"). */
const isAsking = lowFact((low) => {
  const bare = low.replace(/nya$/, '');
  return questionWords.has(bare) || /^(?:di|me|n)?tanya(?:in|kan|i)?$/.test(bare);
});

/**
 * Pushback on the question itself: the sentence speaks of the question (or of being asked) and
 * takes a stand against it within a few words ("this question is too basic", "why are you
 * asking", "pertanyaan ini kurang pas", "kenapa masih ditanyain"). Indonesian "ditanya/
 * ditanyain/ditanyakan" and "nanya" are found by their stem "tanya".
 */
/**
 * In a question of one's own, "why" anywhere turns it on the asking ("Kenapa sih hal kayak gini
 * masih ditanyain?"); elsewhere the stand must be within four words of the asking at j.
 */
function nearAsking(s: SentenceView, j: number, k: number): boolean {
  return Math.abs(k - j) <= 4 || (s.question && whyWords.has(s.content[k]?.low ?? ''));
}

export function pushesBackOnQuestion(ctx: Ctx, s: SentenceView): Evidence[] {
  const c = s.content;
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    if (!isAsking(t)) continue;
    for (let k = 0; k < c.length; k++) {
      const w = c[k] as Token;
      if (k === j || !againstWords.has(w.low) || !nearAsking(s, j, k)) continue;
      // "No question about it", "not only asked": a set phrase, not a stand against asking.
      if (k === j - 1 && (w.low === 'no' || c[k + 2]?.low === 'about')) continue;
      const [a, b] = k < j ? [w, t] : [t, w];
      return [span(ctx.doc, a, b)];
    }
  }
  return [];
}

/** Words of failing: what one denies ever doing when claiming to be faultless. */
const faultWords = new Set([
  'mistake',
  'mistakes',
  'error',
  'errors',
  'wrong',
  'fail',
  'failed',
  'weakness',
  'weaknesses',
  'salah',
  'kesalahan',
  'gagal',
  'keliru',
  'kelemahan',
  'kekurangan',
]);
const neverWords = new Set(['never', 'not', 'no', 'tidak', 'nggak', 'gak', 'ga', 'bukan', 'tak']);

/**
 * Faultlessness claimed: the candidate (or nothing at all, "bukan kelemahan") and a negation,
 * then a word of failing within three words ("I never make mistakes", "saya tidak pernah salah",
 * "that isn't really a weakness"). Near misses: a fault named and then learned from ("never
 * made that mistake again", "nggak pernah salah lagi"), a fault of someone else, a question.
 */
export function claimsFaultless(ctx: Ctx, s: SentenceView): Evidence[] {
  if (s.question) return [];
  const c = s.content;
  const selfIn = c.some((t) => selves.has(t.low) || t.low === 'i');
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    if (!neverWords.has(t.low)) continue;
    for (let k = j + 1; k <= j + 3 && k < c.length; k++) {
      const w = c[k] as Token;
      if (!faultWords.has(w.low)) continue;
      const after = c.slice(k + 1, k + 3).map((x) => x.low);
      if (after.includes('again') || after.includes('lagi')) break;
      // "that mistake", "kesalahan yang sama": one fault named, so a fault admitted.
      const before = c[k - 1]?.low ?? '';
      if (['that', 'the', 'this', 'same', 'itu'].includes(before)) break;
      const weakness = w.low.startsWith('weak') || w.low.startsWith('kelemahan');
      if (!selfIn && !weakness) break;
      // "n't" shows with its verb: "don't make errors".
      const from = t.clitic && c[j - 1] ? (c[j - 1] as Token) : t;
      return [span(ctx.doc, from, w)];
    }
  }
  return [];
}

const nothingWords = new Set(['nothing', 'nobody']);
const ableWords = new Set(['could', 'can', 'bisa', 'dapat']);
const anyone = new Set(['i', 'we', 'anyone', 'anybody', 'one']);

/**
 * Helplessness: nothing the candidate could have done ("there was nothing I could do", "tidak
 * ada yang bisa saya lakukan", "nggak ada yang bisa aku lakuin"). A negative quantifier, then the
 * candidate and an ability within a few words. Not "nothing could stop us" (no candidate).
 */
export function pleadsHelpless(ctx: Ctx, s: SentenceView): Evidence[] {
  const c = s.content;
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    const english = nothingWords.has(t.low);
    const indonesian = neverWords.has(t.low) && c[j + 1]?.low === 'ada' && c[j + 2]?.low === 'yang';
    if (!english && !indonesian) continue;
    const window = c.slice(j + 1, j + 6);
    const able = window.findIndex((w) => ableWords.has(w.low));
    // "nothing anyone could have done": no one, so not the candidate either.
    const me = window.findIndex((w) => selves.has(w.low) || anyone.has(w.low));
    if (able >= 0 && me >= 0) return [span(ctx.doc, t, window[Math.max(able, me)] as Token)];
  }
  return resignedAsking(ctx, s);
}

const howWords = new Set(['gimana', 'bagaimana', 'apa', 'what']);
const elseWords = new Set(['lagi', 'else']);

/**
 * Resignation as a rhetorical question in a statement: "ya mau gimana lagi", "what else could
 * I do." (no question mark: nothing is asked). Not "apa lagi yang bisa saya bantu" (an offer).
 */
function resignedAsking(ctx: Ctx, s: SentenceView): Evidence[] {
  if (s.question) return [];
  const c = s.content;
  for (let j = 0; j + 1 < c.length; j++) {
    const t = c[j] as Token;
    const next = c[j + 1] as Token;
    if (!howWords.has(t.low) || !elseWords.has(next.low)) continue;
    if (c[j + 2]?.low === 'yang') continue;
    const tail = c[j + 2];
    const english = t.low === 'what';
    if (english && !ableWords.has(tail?.low ?? '')) continue;
    return [span(ctx.doc, t, english && tail ? tail : next)];
  }
  return [];
}
