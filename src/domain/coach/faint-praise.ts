/**
 * Complaints about someone at work said as faint praise or as a neutral-sounding fact, in
 * English and Indonesian, by sentence shape:
 * - their own way of doing things: "he had his own system", "bos saya punya aturan sendiri";
 * - an ironic idea of something: "she had a funny idea of deadlines", "an interesting approach
 *   to feedback", "definisi deadline-nya unik";
 * - a place that is "not for everyone": "the culture there was... not for everyone", "budaya di
 *   sana nggak buat semua orang";
 * - a double-edged word after a pause or a softening particle: "orangnya... unik lah", "my boss
 *   was... special";
 * - a habit owned by someone already named, with no subject of its own: "Atasan saya ... .
 *   Hobinya ganti prioritas tiap minggu."
 * Near misses: the same shapes with a benefit or respect after them ("his own way of mentoring,
 * which helped me grow", "not for everyone, but I loved it"), the candidate's own system ("I had
 * my own system"), everyone's way ("everyone has their own way of working").
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, type SentenceView, span } from './context';
import { negationWords } from './negation';
import { type IsOther, partyBefore } from './party-scan';
import { praise } from './stance';
import type { Token } from './tokens';
import { wordSet } from './word-set';

const selves = wordSet(
  'i',
  'me',
  'my',
  'we',
  'our',
  'us',
  'saya',
  'aku',
  'gue',
  'gua',
  'gw',
  'kami',
);
/** "Everyone has their own way": a truth about people, not about the employer. */
const everyone = wordSet('everyone', 'everybody', 'each', 'people', 'semua', 'setiap', 'tiap');
const negations = wordSet(negationWords);
const othersPossessive = wordSet('his', 'her', 'their', 'its');
/** Ways of working one can have "of one's own". */
const wayNouns = wordSet(
  'system',
  'systems',
  'way',
  'ways',
  'rules',
  'logic',
  'style',
  'agenda',
  'world',
  'timeline',
  'timelines',
  'version',
  'priorities',
  'standards',
  'method',
  'methods',
  'schedule',
  'definition',
  'sistem',
  'cara',
  'aturan',
  'dunia',
  'logika',
  'gaya',
  'versi',
  'jadwal',
  'standar',
  'prioritas',
  'definisi',
  'maunya',
  'pikiran',
);
/** Nouns of understanding that an ironic adjective mocks: "a funny idea of deadlines". */
const ideaNouns = wordSet(
  'idea',
  'notion',
  'definition',
  'approach',
  'relationship',
  'understanding',
  'sense',
  'interpretation',
  'take',
  'concept',
  'view',
  'ide',
  'konsep',
  'definisi',
  'pengertian',
  'pemahaman',
  'versi',
);
/** Words that praise on the surface and mock in context: after a pause, or in "a funny idea of". */
const doubleEdged = wordSet(
  'funny',
  'interesting',
  'creative',
  'unique',
  'special',
  'colourful',
  'colorful',
  'quirky',
  'eccentric',
  'particular',
  'original',
  'flexible',
  'relaxed',
  'loose',
  'generous',
  'optimistic',
  'passionate',
  'intense',
  'unik',
  'ajaib',
  'spesial',
  'istimewa',
  'nyentrik',
  'antik',
  'kreatif',
  'menarik',
  'fleksibel',
  'aneh',
);
/** Those that mock with a particle alone, no pause ("unik lah"; "kreatif lah" may be praise). */
const mocking = wordSet('unik', 'ajaib', 'spesial', 'istimewa', 'nyentrik', 'antik', 'aneh');
/** Softening particles after a judgement: "unik lah", "spesial deh". */
const particles = wordSet('lah', 'deh', 'sih', 'gitu');
/**
 * A workplace's ways spoken of as a whole: "the culture there", "lingkungan kerjanya". Its
 * hours or its pay "not for everyone" are a fair account of a hard job, not a complaint.
 */
const places = wordSet(
  'culture',
  'environment',
  'atmosphere',
  'vibe',
  'budaya',
  'kultur',
  'lingkungan',
  'suasana',
);
/** A habit owned by someone: "hobinya", "kebiasaannya", "his hobby was". */
const ownedHabits = wordSet('hobinya', 'kebiasaannya', 'hobby', 'favourite', 'favorite');
/**
 * Benefit and respect: the same shapes said with these are fair, not faint praise (features.ts
 * also reads them: "really helped" is praise, not the criticism a bare "really" can be).
 */
export const fairWords = wordSet(
  ...praise,
  'helped',
  'helps',
  'taught',
  'fair',
  'kind',
  'respected',
  'mentored',
  'supported',
  'grow',
  'loved',
  'enjoyed',
  'liked',
  'adil',
  'membimbing',
  'mengajari',
  'ngajarin',
  'suka',
  'senang',
  'nyaman',
  'betah',
  'berkembang',
  // The candidate took it over: "an approach I still use", "I copied it for my team".
  'use',
  'used',
  'copied',
  'adopted',
  'borrowed',
  'apply',
  'applied',
  'pakai',
  'tiru',
  'meniru',
  'terapkan',
  'menerapkan',
);

function fairAfter(c: readonly Token[], from: number): boolean {
  for (let k = from + 1; k < c.length; k++) {
    const t = c[k] as Token;
    if (fairWords.has(t.key) || fairWords.has(t.low)) return true;
  }
  return false;
}

/** The candidate as a subject: "my", "our" own what follows ("my boss"). */
const selfSubjects = new Set([...selves].filter((w) => w !== 'my' && w !== 'our'));

/** Someone else before position j in the sentence, with no "I/saya" as subject in between. */
const otherBefore = (c: readonly Token[], j: number, isOther: IsOther): Token | undefined =>
  partyBefore(c, j, isOther, { selves: selfSubjects, stop: everyone });

/** "had his own system", "punya aturan sendiri". */
function ownWay(ctx: Ctx, c: readonly Token[], isOther: IsOther, out: Evidence[]): void {
  for (let j = 1; j < c.length; j++) {
    const t = c[j] as Token;
    let noun: Token | undefined;
    // Where the owner is looked for: before "his own" (whose "his" names no one), before the
    // noun of "aturan sendiri".
    let from = j;
    if (t.low === 'own' && othersPossessive.has(c[j - 1]?.low ?? '')) {
      const next = c[j + 1];
      if (next && wayNouns.has(next.key)) noun = next;
      from = j - 1;
    } else if (t.key === 'sendiri') {
      const before = c.slice(Math.max(0, j - 2), j);
      noun = before.find((w) => wayNouns.has(w.key) || wayNouns.has(w.key.replace(/nya$/, '')));
      if (noun) from = c.indexOf(noun);
    }
    if (!noun) continue;
    const who = otherBefore(c, from, isOther);
    if (!who || fairAfter(c, j)) continue;
    out.push(span(ctx.doc, who), span(ctx.doc, noun, t.start > noun.start ? t : noun));
    return;
  }
}

/** "a funny idea of deadlines", "konsep deadline-nya unik". */
function ironicIdea(ctx: Ctx, c: readonly Token[], isOther: IsOther, out: Evidence[]): void {
  const en = ctx.input.language === 'en';
  for (let j = 0; j + 1 < c.length; j++) {
    const t = c[j] as Token;
    if (en) {
      const noun = c[j + 1] as Token;
      const prep = c[j + 2]?.low ?? '';
      if (!doubleEdged.has(t.low) || !ideaNouns.has(noun.key)) continue;
      if (!['of', 'to', 'with', 'on', 'about'].includes(prep)) continue;
      const who = otherBefore(c, j, isOther);
      if (!who || fairAfter(c, j + 1)) continue;
      out.push(span(ctx.doc, who), span(ctx.doc, t, noun));
      return;
    }
    if (!ideaNouns.has(t.key.replace(/nya$/, ''))) continue;
    const adj = c.slice(j + 1, j + 5).find((w) => doubleEdged.has(w.key));
    const about = c.some((w) => isOther(w)) || t.key.endsWith('nya');
    if (!adj || !about || fairAfter(c, j)) continue;
    out.push(span(ctx.doc, t, adj));
    return;
  }
}

const pause = /^\s*(?:\.{2,}|…)\s*$/;

/**
 * The sentence after a pause mid-thought ("The culture there was... not for everyone"): the
 * tokenizer ends a sentence at "...", but a lower-case word after it goes on with the same one.
 */
function continues(ctx: Ctx, prev: SentenceView | undefined, s: SentenceView): boolean {
  const last = prev?.content[prev.content.length - 1];
  const first = s.content[0];
  if (!last || !first || first.text[0] === first.text[0]?.toUpperCase()) return false;
  return pause.test(ctx.doc.text.slice(last.end, first.start));
}

/** "not for everyone", "nggak buat semua orang", about a workplace or a person. */
function notForEveryone(ctx: Ctx, c: readonly Token[], about: boolean, out: Evidence[]): void {
  for (let j = 0; j + 2 < c.length; j++) {
    if (!negations.has((c[j] as Token).low)) continue;
    const a = (c[j + 1] as Token).low;
    const b = (c[j + 2] as Token).low;
    const en = a === 'for' && (b === 'everyone' || b === 'everybody');
    const id = (a === 'untuk' || a === 'buat') && (b === 'semua' || b === 'sembarang');
    if (!(en || id) || !about || fairAfter(c, j + 2)) continue;
    const end = id && c[j + 3]?.low === 'orang' ? (c[j + 3] as Token) : (c[j + 2] as Token);
    out.push(span(ctx.doc, c[j] as Token, end));
    return;
  }
}

/** A double-edged word right after a pause, or before a softening particle ("unik lah"). */
function doubleEdgedWord(
  ctx: Ctx,
  s: SentenceView,
  afterPause: boolean,
  about: boolean,
  out: Evidence[],
): void {
  if (!about) return;
  const tokens = ctx.doc.tokens;
  for (let i = s.sentence.first; i < s.sentence.last; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || !doubleEdged.has(t.key)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const paused =
      (i === s.sentence.first && afterPause) ||
      (prev !== undefined && pause.test(ctx.doc.text.slice(prev.end, t.start))) ||
      prev?.text === '…' ||
      (prev?.text === '.' && tokens[i - 2]?.text === '.');
    const softened = next !== undefined && particles.has(next.low) && mocking.has(t.key);
    if (!paused && !softened) continue;
    if (fairAfter(s.content, s.content.indexOf(t))) continue;
    out.push(span(ctx.doc, t, softened ? next : t));
    return;
  }
}

/** "Hobinya ganti prioritas tiap minggu", after a sentence about the boss. */
function ownedHabit(
  ctx: Ctx,
  c: readonly Token[],
  isOther: IsOther,
  previousAbout: boolean,
  out: Evidence[],
): void {
  const j = c.findIndex((t) => ownedHabits.has(t.low));
  if (j < 0 || j + 1 >= c.length) return;
  const en = ctx.input.language === 'en';
  // English: "his favourite hobby was", "her favorite thing was" need the possessive.
  const owner = en ? othersPossessive.has(c[j - 1]?.low ?? '') : true;
  const who = otherBefore(c, j, isOther);
  if (!owner || !(who || previousAbout) || fairAfter(c, j)) return;
  if (c.slice(0, j).some((t) => selves.has(t.low) && t.low !== 'my' && !who)) return;
  out.push(span(ctx.doc, c[j] as Token, c[j + 1] as Token));
}

const forWords = wordSet('for', 'untuk', 'buat');

/** What a sentence holds that any shape here needs: most sentences hold none and are skipped. */
function triggers(c: readonly Token[]): {
  own: boolean;
  edge: boolean;
  not: boolean;
  habit: boolean;
} {
  const found = { own: false, edge: false, not: false, habit: false };
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    if (t.low === 'own' || t.key === 'sendiri') found.own = true;
    else if (doubleEdged.has(t.key)) found.edge = true;
    else if (negations.has(t.low) && forWords.has(c[j + 1]?.low ?? '')) found.not = true;
    else if (ownedHabits.has(t.low)) found.habit = true;
  }
  return found;
}

interface About {
  others: boolean;
  place: boolean;
  outsider: boolean;
}

/**
 * The words where an answer judges someone at work by faint praise. A sentence about a client
 * or a patient (isOutsider), or one that goes on from it after a pause, judges no employer.
 * Who a sentence is about is found only for a sentence with a trigger word, and its last one.
 */
export function faintPraise(ctx: Ctx, isOther: IsOther, isOutsider: IsOther): Evidence[] {
  const out: Evidence[] = [];
  const known: (About | undefined)[] = [];
  const aboutOf = (s: SentenceView): About =>
    (known[s.index] ??= {
      others: s.content.some(isOther),
      place: s.content.some((t) => places.has(t.key)),
      outsider: s.content.some(isOutsider),
    });
  // Whether the sentence before s, or a run of them joined by pauses, speaks of a client.
  const outsiderRun = (s: SentenceView): boolean => {
    for (let i = s.index; i >= 0; i--) {
      const v = ctx.sentences[i] as SentenceView;
      if (aboutOf(v).outsider) return true;
      if (!continues(ctx, ctx.sentences[i - 1], v)) return false;
    }
    return false;
  };
  for (const s of ctx.sentences) {
    const c = s.content;
    const has = triggers(c);
    if (!has.own && !has.edge && !has.not && !has.habit) continue;
    if (outsiderRun(s)) continue;
    const prev = ctx.sentences[s.index - 1];
    const afterPause = continues(ctx, prev, s);
    const before = prev === undefined ? undefined : aboutOf(prev);
    const previousAbout =
      prev !== undefined && (before?.others || before?.place) === true && !outsiderRun(prev);
    const { others, place } = aboutOf(s);
    const about = others || place || (afterPause && previousAbout);
    if (has.own) ownWay(ctx, c, isOther, out);
    if (has.edge) ironicIdea(ctx, c, isOther, out);
    if (has.not) notForEveryone(ctx, c, about, out);
    if (has.edge) doubleEdgedWord(ctx, s, afterPause, others || (afterPause && previousAbout), out);
    if (has.habit) ownedHabit(ctx, c, isOther, previousAbout, out);
  }
  return out;
}
