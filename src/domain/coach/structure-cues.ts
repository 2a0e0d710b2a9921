/**
 * Sentence-shape cues for the learned model, beyond single words:
 * - a habit pinned on someone else ("he always took the credit", "atasannya hobi lempar
 *   kerjaan"): a third party as the one who does it, a habit marker after it, no praise;
 * - understatement that judges by leaving it unsaid ("not their strong suit", "left a lot to be
 *   desired", "ya gitu deh, manajemennya"), apart when it is about no one;
 * - the shape of a theoretical answer: what "I/you/one would or should" do, with no own past
 *   example anywhere, against a rule followed by an own example later in the answer.
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, type SentenceView, isEnPast, isIdAction, span } from './context';
import { lex } from './lexicon';
import { findPhrases, phraseSet } from './phrases';
import { praise, thirdParties } from './stance';
import type { Token } from './tokens';
import { keyFact } from './word-set';

export type CueHits = Map<string, Evidence[]>;

function add(hits: CueHits, name: string, e: Evidence): void {
  const list = hits.get(name);
  if (!list) hits.set(name, [e]);
  else if (list.length < 4) list.push(e);
}

const othersPossessive = new Set(['his', 'their', 'its', 'theirs']);

/** Someone else, also with Indonesian "-nya" ("manajemennya", "bosnya"). */
export function isOther(t: Token, isThirdParty: (t: Token) => boolean): boolean {
  if (isThirdParty(t) || othersPossessive.has(t.low)) return true;
  return isOtherWithNya(t);
}

/** Known once per distinct word (word-set.ts): the same words come back in every answer. */
const isOtherWithNya = keyFact((key) => {
  const bare = key.endsWith('nya') ? key.slice(0, -3) : key;
  return bare.length >= 2 && (thirdParties.has(bare) || lex.employer.has(bare));
});

/** Words that say something is done by habit, again and again. */
const habitMarkers = new Set([
  'always',
  'constantly',
  'forever',
  'routinely',
  'habitually',
  'kept',
  'keeps',
  'never',
  'selalu',
  'sering',
  'suka',
  'hobi',
  'hobinya',
  'doyan',
  'mulu',
  'melulu',
  'terus-terusan',
  'kerjaannya',
  'bisanya',
  'tiap',
  'setiap',
]);

/** Helping or thanking: a habit of that kind is praise, not a complaint. */
const kindDeeds = new Set([
  'supported',
  'supports',
  'helped',
  'helps',
  'encouraged',
  'trusted',
  'listened',
  'mentored',
  'taught',
  'mendukung',
  'membantu',
  'bantu',
  'ngajarin',
  'mengajari',
  'membimbing',
  'mendengarkan',
  'memberi',
  'kasih',
  'ngasih',
]);

const firstPersonSubjects = new Set(['i', 'we', 'saya', 'aku', 'gue', 'gua', 'gw', 'kami', 'kita']);

/** A habit marker whose nearest person before it is someone else, in a sentence with no praise. */
function habitOfOthers(
  s: SentenceView,
  isThirdParty: (t: Token) => boolean,
  hits: CueHits,
  ctx: Ctx,
): void {
  const c = s.content;
  if (!c.some((t) => habitMarkers.has(t.key))) return;
  if (c.some((t) => praise.has(t.key) || kindDeeds.has(t.key))) return;
  let person: 'other' | 'self' | undefined;
  let who: Token | undefined;
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    // "atasan saya", "bos gue": a possessive after the noun, not a new subject.
    const possessive = j > 0 && isOther(c[j - 1] as Token, isThirdParty);
    if (firstPersonSubjects.has(t.low) && !possessive) person = 'self';
    else if (isOther(t, isThirdParty)) {
      person = 'other';
      who = t;
    }
    if (person === 'other' && who && habitMarkers.has(t.key) && t !== who) {
      add(hits, 'habitOthers', span(ctx.doc, who, t));
      return;
    }
  }
}

/** Saying less than one means, about how someone did their job. */
const understatements = phraseSet([
  'not exactly|really|particularly? their|his|her|its strong suit|forte',
  'not the sharpest|brightest|best|most',
  'left|leaves|leave a lot|much|something to be desired',
  'could|might have been better|clearer|smoother',
  'you can imagine',
  'you know how it is|was',
  'enough said',
  'no comment',
  "let 's|us leave it at that",
  'bukan keahlian|keahliannya|kelebihannya|bidangnya',
  'ya? gitu|begitu deh|lah',
  'ya? begitulah|gitulah',
  'bisa dibayangkan|dibayangin|bayangin',
  'tahu|tau sendiri lah?',
  'kurang begitu',
  'ya sudahlah|udahlah',
  'no komen|comment',
]);

/** All words of a sentence, fillers included: "ya gitu deh" is made of words the filler list has. */
function wordsOf(ctx: Ctx, s: SentenceView): Token[] {
  const out: Token[] = [];
  for (let i = s.sentence.first; i < s.sentence.last; i++) {
    const t = ctx.doc.tokens[i];
    if (t && t.kind !== 'punct') out.push(t);
  }
  return out;
}

function understatement(
  ctx: Ctx,
  s: SentenceView,
  aboutOthers: boolean,
  hits: CueHits,
  words: readonly Token[],
): void {
  for (const m of findPhrases(understatements, words)) {
    const e = span(ctx.doc, words[m.first] as Token, words[m.last - 1] as Token);
    add(hits, aboutOthers ? 'understatementOthers' : 'understatement', e);
  }
}

const wouldWords = new Set(['would', "'d", 'should', 'will', 'could', 'akan', 'bakal', 'harus']);
const exampleMarkers = phraseSet([
  'for example|instance',
  'for one example',
  'one time|day',
  'once',
  'last year|month|week|quarter|semester',
  'at my last|previous|old job|company|store|school',
  'misalnya|contohnya|contoh',
  'waktu|pas|saat itu',
  'dulu',
  'pernah',
]);

/** A sentence in which the candidate tells something they did: "I rewrote", "saya membuat". */
function ownPast(s: SentenceView, en: boolean): Token | undefined {
  const c = s.content;
  for (let j = 1; j < c.length; j++) {
    const prev = c[j - 1] as Token;
    const t = c[j] as Token;
    if (!firstPersonSubjects.has(prev.low) || prev.low === 'kita') continue;
    if (en ? isEnPast(t) : isIdAction(t) || ['sudah', 'telah', 'pernah', 'udah'].includes(t.key))
      return t;
  }
  return undefined;
}

/** "I would", "we should", "saya akan": the candidate's hypothetical self. */
function hypotheticalSelf(s: SentenceView): [Token, Token] | undefined {
  const c = s.content;
  for (let j = 1; j < c.length; j++) {
    const prev = c[j - 1] as Token;
    const t = c[j] as Token;
    if (firstPersonSubjects.has(prev.low) && prev.low !== 'kita' && wouldWords.has(t.low))
      return [prev, t];
  }
  return undefined;
}

/** Theory sentences: "you/one/people should", "I would", a modal with an impersonal subject. */
function theorySentence(s: SentenceView): [Token, Token] | undefined {
  const mine = hypotheticalSelf(s);
  if (mine) return mine;
  const c = s.content;
  for (let j = 1; j < c.length; j++) {
    const prev = c[j - 1] as Token;
    const t = c[j] as Token;
    if (['you', 'one', 'people', 'kita', 'orang', 'anda', 'kamu'].includes(prev.low)) {
      if (
        wouldWords.has(t.low) ||
        lex.modalStrong.has(t.low) ||
        t.low === 'need' ||
        t.low === 'perlu'
      )
        return [prev, t];
    }
  }
  return undefined;
}

/** The answer's shape: theory with no own example, or a rule then an own example. */
function theoryShape(ctx: Ctx, hits: CueHits): void {
  const en = ctx.input.language === 'en';
  let theory: Evidence | undefined;
  let past: Evidence | undefined;
  let exampleAfterTheory: Evidence | undefined;
  for (const s of ctx.sentences) {
    const t = theorySentence(s);
    const own = ownPast(s, en);
    if (t && !own) {
      const e = span(ctx.doc, t[0], t[1]);
      theory ??= e;
      const self = hypotheticalSelf(s);
      if (self) add(hits, 'hypotheticalSelf', span(ctx.doc, self[0], self[1]));
    }
    if (own) {
      const e = span(ctx.doc, own);
      past ??= e;
      if (theory && !exampleAfterTheory) {
        const marker = findPhrases(exampleMarkers, s.content)[0];
        exampleAfterTheory = marker
          ? span(ctx.doc, s.content[marker.first] as Token, s.content[marker.last - 1] as Token)
          : e;
      }
    }
  }
  if (theory && !past) add(hits, 'theoryNoOwnPast', theory);
  if (exampleAfterTheory) add(hits, 'ruleThenOwnExample', exampleAfterTheory);
}

/** All the cues of this module, by feature name (without the "f:" prefix). */
export function structureCues(ctx: Ctx, isThirdParty: (t: Token) => boolean): CueHits {
  const hits: CueHits = new Map();
  let previousAboutOthers = false;
  for (const s of ctx.sentences) {
    const words = wordsOf(ctx, s);
    const aboutOthers = words.some((t) => isOther(t, isThirdParty));
    habitOfOthers(s, isThirdParty, hits, ctx);
    understatement(ctx, s, aboutOthers || previousAboutOthers, hits, words);
    previousAboutOthers = aboutOthers;
  }
  theoryShape(ctx, hits);
  return hits;
}
