/**
 * Self-descriptions found by their frame, not by a list of traits: "I'm a very <anything> person",
 * "I am firm but fair person", "my strength is ...", "saya ini orangnya <anything>", "aku tipe
 * orang yang ...", "kelebihan saya ...". Whatever the adjective, the candidate is describing
 * themselves rather than telling what they did; genericClaim then asks whether a story backs it.
 * Also the frames of a self-portrait told through others or through pride ("people tell me I'm
 * ...", "I pride myself on ...", "I consider myself ...", "as someone who is ..."), "a <good>
 * <doer>" ("a strong closer"), and chat spelling ("im ...", "sy org nya ...").
 * Near misses: a job title ("I am a project manager"), an origin ("saya orang Medan"), a negated
 * frame ("I don't consider myself a leader"), someone else's portrait ("people say he's ...").
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, span } from './context';
import { lex } from './lexicon';
import { findPhrases } from './phrases';
import type { Token } from './tokens';

/** Nouns that close an English self-description ("a reliable person", "a quick learner"). */
export const personNouns = new Set([
  'person',
  'worker',
  'learner',
  'player',
  'individual',
  'guy',
  'communicator',
  'listener',
  'self-starter',
  'perfectionist',
  'type',
  'kind',
]);
/** Words allowed between "I am" and that noun: articles, intensifiers, adjectives, "but". */
const enSkip = new Set(['a', 'an', 'the', 'very', 'really', 'quite', 'pretty', 'highly', 'so']);
const enStops = new Set([
  'not',
  'no',
  'never',
  'in',
  'at',
  'on',
  'for',
  'with',
  'to',
  'from',
  'of',
]);

const idSelf = new Set(['saya', 'sy', 'aku', 'gue', 'gua', 'gw', 'ane']);
/** Chat spelling of the frame's words: "org nya" is "orangnya", "yg" is "yang". */
const idSpelling: Record<string, string> = { org: 'orang', yg: 'yang', tipenya: 'tipe' };
const idLow = (t: Token | undefined): string => {
  const w = t?.low ?? '';
  return idSpelling[w] ?? w;
};
/** Words that may sit between "saya" and the frame ("saya ini orangnya", "aku memang tipe"). */
const idBetween = new Set([
  'ini',
  'itu',
  'tuh',
  'sih',
  'memang',
  'emang',
  'sebenarnya',
  'termasuk',
  'adalah',
  'merupakan',
  'juga',
  'kan',
]);
/** The frame itself: "orangnya", "(tipe|tipikal) orang yang", "pribadi yang", "seorang yang". */
const idFrames = new Set(['orangnya', 'tipe', 'tipikal', 'pribadi', 'sosok', 'seorang', 'orang']);
/** "(orangnya) yang penting ...", "pokoknya ...": an attitude follows, not a trait. */
const attitudeWords = new Set(['penting', 'pokoknya', 'pokok']);
/** "kelebihan saya", "my strength": naming one's strength is a claim as well. */
const strengthNouns = new Set(['kelebihan', 'kekuatan', 'strength', 'strengths']);

/** Good words before a doer that make "a <good> <doer>" a claim ("a strong closer"). */
const doerPraise = new Set([
  'strong',
  'great',
  'good',
  'excellent',
  'fast',
  'quick',
  'natural',
  'born',
  'reliable',
  'effective',
  'efficient',
  'dependable',
  'skilled',
  'proactive',
]);
/** A doer: "closer", "negotiator", "organizer", "perfectionist" (a job title needs no praise). */
const isDoer = (w: string) => w.length >= 5 && /(er|or|ist)$/.test(w);

const knownTrait = (c: readonly Token[], from: number, to: number): boolean =>
  findPhrases(lex.traits, c.slice(from, to + 1)).length > 0;

/** Where the words after "I am" start: "i am ...", "i'm ..." (two tokens), chat "im ...". */
function afterIAm(c: readonly Token[], j: number): number {
  const w = c[j]?.low;
  if (w === 'im') return j + 1;
  return w === 'i' && c[j + 1]?.low === 'am' ? j + 2 : -1;
}

function english(c: readonly Token[], j: number): number {
  const first = afterIAm(c, j);
  if (first >= 0) {
    // "I'm someone who always ...": a portrait, whatever follows.
    if (c[first]?.low === 'someone' && c[first + 1]?.low === 'who') return first + 1;
    let praised = false;
    for (let k = first; k < c.length && k <= first + 5; k++) {
      const w = (c[k] as Token).low;
      if (enStops.has(w)) return -1;
      if (personNouns.has(w)) return k > first ? k : -1;
      // A doer the trait lexicon knows ("a natural leader") is claimed there, with its family.
      if (praised && isDoer(w)) return knownTrait(c, first, k) ? -1 : k;
      praised ||= doerPraise.has(w);
      if (!enSkip.has(w) && (c[k] as Token).kind !== 'word') return -1;
    }
    return portrait(c, j);
  }
  return portrait(c, j);
}

/** Verbs through which others portray the candidate: "people say I'm", "my boss told me I'm". */
const portrayVerbs = new Set(['say', 'says', 'said', 'tell', 'tells', 'told', 'call', 'calls']);
const fortune = new Set(['lucky', 'fortunate', 'blessed', 'grateful']);
/** Frames of pride or self-view: "I pride myself on", "I consider myself", "I see myself as". */
const selfViewVerbs = new Set(['pride', 'consider', 'see', 'describe', 'regard', 'call']);

/**
 * A self-portrait in a frame: "(people|my friends) (say|tell me) I'm X", "I pride myself on
 * (being) X", "I consider myself X", "as someone who is X", "I'm known for/as X". Returns the
 * index of the first word of the portrait, or -1.
 */
function portrait(c: readonly Token[], j: number): number {
  const at = portraitStart(c, j);
  if (at < 0) return -1;
  // The evidence ends on the portrait's first content word, past "a", "very", "the".
  let k = at;
  while (k + 1 < c.length && enSkip.has(c[k]?.low ?? '')) k++;
  return k;
}

/** Words that make "As a <...> <role>," a portrait: a quality, not a rank or a licence. */
// Not -ive or -ic: "a creative director", "a graphic designer" are roles.
const qualitySuffix = /(?:ful|ous|-oriented|-minded|-driven|-focused|-centred|-centered)$/;
const qualityIntensifiers = new Set(['very', 'highly', 'extremely', 'truly', 'really']);

/**
 * "As a disciplined and patient cook, I ...": the answer opens by portraying the candidate with
 * qualities before the role. "As a junior analyst, I ..." names a rank, "As a nurse" a role.
 */
function asQualifiedRole(c: readonly Token[], j: number): number {
  if (j !== 0 || c[0]?.low !== 'as' || (c[1]?.low !== 'a' && c[1]?.low !== 'an')) return -1;
  for (let k = 2; k < c.length && k <= 8; k++) {
    const w = (c[k] as Token).low;
    if (w === 'i' || w === 'im') return -1;
    const quality =
      qualitySuffix.test(w) ||
      qualityIntensifiers.has(w) ||
      doerPraise.has(w) ||
      knownTrait(c, k, k);
    if (quality) return k;
  }
  return -1;
}

function portraitStart(c: readonly Token[], j: number): number {
  const w = c[j]?.low ?? '';
  const role = asQualifiedRole(c, j);
  if (role >= 0) return role;
  // "as someone who is very analytical"
  if (w === 'as' && c[j + 1]?.low === 'someone' && c[j + 2]?.low === 'who') {
    return c[j + 3]?.low === 'is' && c[j + 4] ? j + 4 : -1;
  }
  if (w === 'i' && selfViewVerbs.has(c[j + 1]?.low ?? '')) {
    const reflexive = c[j + 2]?.low === 'myself';
    let end = c[j + 3]?.low === 'on' || c[j + 3]?.low === 'as' ? j + 4 : j + 3;
    if (c[end]?.low === 'being') end++;
    // "I consider myself lucky": fortune, not a trait.
    return reflexive && c[end] && !fortune.has(c[end]?.low ?? '') ? end : -1;
  }
  if (portrayVerbs.has(w) && j > 0 && c[j - 1]?.low !== 'i') {
    // "people say I'm", "they tell me I'm": the portrait after the quoted "I am".
    let k = j + 1;
    if (c[k]?.low === 'me') k++;
    if (c[k]?.low === 'that') k++;
    const after = afterIAm(c, k);
    // "they told me I'm too slow": a fault, not a portrait of strengths.
    const word = c[after]?.low ?? '';
    return after >= 0 && word !== '' && !enStops.has(word) && word !== 'too' ? after : -1;
  }
  return -1;
}

function indonesian(c: readonly Token[], j: number): number {
  if (!idSelf.has(c[j]?.low ?? '')) return -1;
  let k = j + 1;
  while (k < c.length && k <= j + 3 && idBetween.has((c[k] as Token).low)) k++;
  const frame = idLow(c[k]);
  if (!idFrames.has(frame)) return -1;
  // Chat spelling splits "orangnya": "org nya teliti" is the same frame.
  const split = frame === 'orang' && c[k + 1]?.low === 'nya';
  // "saya orang Medan" is where one is from; "orang yang", "orangnya", "tipe ..." describe.
  if (frame === 'orang' && !split && idLow(c[k + 1]) !== 'yang') return -1;
  if (frame === 'seorang' && idLow(c[k + 1]) !== 'yang') return -1;
  if (split) k++;
  const next = c[k + 1];
  if (!next) return -1;
  // "saya orangnya yang penting kerja": a flat attitude to work, no trait claimed.
  let a = k + 1;
  while (a < c.length && a <= k + 3 && (idLow(c[a]) === 'yang' || idLow(c[a]) === 'orang')) a++;
  if (attitudeWords.has(c[a]?.low ?? '')) return -1;
  const end = idLow(next) === 'yang' || idLow(next) === 'orang' ? k + 2 : k + 1;
  return end < c.length ? end : -1;
}

function strength(c: readonly Token[], j: number): number {
  const t = c[j];
  if (!t) return -1;
  // "kelebihan saya (adalah) X", "my strength is X"
  if (strengthNouns.has(t.low) && idSelf.has(c[j + 1]?.low ?? '') && c[j + 2]) return j + 2;
  const be = c[j + 2]?.low;
  if (t.low === 'my' && strengthNouns.has(c[j + 1]?.low ?? '') && (be === 'is' || be === 'are'))
    return c[j + 3] ? j + 3 : -1;
  return -1;
}

export function findSelfDescriptions(ctx: Ctx): Evidence[] {
  const out: Evidence[] = [];
  const en = ctx.input.language === 'en';
  for (const s of ctx.sentences) {
    const c = s.content;
    for (let j = 0; j < c.length; j++) {
      const end = Math.max(en ? english(c, j) : indonesian(c, j), strength(c, j));
      if (end < 0) continue;
      out.push(span(ctx.doc, c[j] as Token, c[end] as Token));
      j = end;
    }
  }
  return out;
}
