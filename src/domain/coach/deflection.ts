/**
 * Deflection by sentence shape rather than by word list:
 * - a question turned back on the interviewer ("And what's yours?", "Kalau Ibu sendiri?"),
 * - one's own part denied: a negation right before the candidate as owner or object ("wasn't my
 *   call", "not about me", "bukan di saya", "bukan salah aku").
 * Both feed the defensive rule and the learned model, with the words as evidence.
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, type SentenceView, span } from './context';
import type { Token } from './tokens';

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

/** A question the candidate asks the interviewer instead of answering. */
export function asksInterviewerBack(ctx: Ctx, s: SentenceView): Evidence[] {
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
export function deniesOwnPart(ctx: Ctx, s: SentenceView): Evidence[] {
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
