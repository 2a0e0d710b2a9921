/**
 * English trait claims found by the shape of the sentence rather than by the trait word, so that
 * an adjective no list holds is still read as a claim about oneself:
 * - "I'm very/extremely/super <word>": an intensified predicate after "I am" ("I'm extremely
 *   thorough", "I'm pretty well-rounded"), not a feeling ("I'm very excited to", "really sorry").
 * - "I'm <quality adjective>," by its suffix ("I'm meticulous, ethical and ..."), not a duty
 *   ("I'm responsible for payroll") or a state ("I'm available on Monday").
 * - "I'm a <quality> <doer>": a role-less doer with a quality before it ("a strategic thinker",
 *   "a firm, disciplined leader"); a job title ("a team leader", "a graphic designer") is not.
 * - A verbless fragment of traits: "Reliable. Loyal. Hard-working." or "Hardworking, honest, and
 *   flexible." (the trait lexicon's words standing alone, with no subject before them).
 * - Effort framed as a fault: "I work too hard", "I care too much".
 * - Flawlessness claimed: "I don't make mistakes", "I never make errors".
 * Each gives the claim's span; genericClaim then asks, as for every claim, whether an episode or
 * a specific story backs it.
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, type SentenceView, isEnPast, span } from './context';
import { lex } from './lexicon';
import { findPhrases } from './phrases';
import type { Token } from './tokens';
import { wordSet } from './word-set';

const intensifiers = wordSet(
  'very',
  'really',
  'extremely',
  'super',
  'highly',
  'incredibly',
  'pretty',
  'quite',
  'so',
  'genuinely',
  'truly',
  'exceptionally',
);
/** Between "I am" and the predicate: "I'm also very", "I'm just really". */
const fillersAfterBe = wordSet('also', 'always', 'just', 'generally', 'naturally', 'honestly');
/** Feelings, certainty, availability and sizes: a state of the moment, not a trait. */
const states = wordSet(
  'sorry',
  'sure',
  'happy',
  'glad',
  'excited',
  'nervous',
  'tired',
  'interested',
  'grateful',
  'thankful',
  'keen',
  'eager',
  'aware',
  'busy',
  'proud',
  'lucky',
  'fortunate',
  'blessed',
  'honoured',
  'honored',
  'pleased',
  'disappointed',
  'sad',
  'worried',
  'afraid',
  'scared',
  'late',
  'new',
  'close',
  'familiar',
  'comfortable',
  'much',
  'well',
  'young',
  'old',
  'bad',
  'sick',
  'far',
  'early',
  'available',
  'eligible',
  'curious',
  'not',
  'no',
  'never',
  'a',
  'an',
  'the',
  'in',
  'at',
  'on',
  'into',
  'about',
  'used',
);
/** After the predicate these make it a relation or a feeling: "responsible for", "keen to". */
const relationAfter = wordSet('for', 'to', 'of', 'about', 'that', 'in', 'at', 'on', 'from', 'by');
/** Adjective endings of qualities ("meticulous", "resourceful", "ethical", "decisive"). */
const qualityEnding = /(?:ous|ful|ive|ic|ical|ent|ant|ible|able|-oriented|-minded|-driven)$/;
/** Adjectives of one's situation or standing, not of one's character. */
const notQualities = wordSet(
  'current',
  'recent',
  'independent',
  'permanent',
  'relevant',
  'different',
  'present',
  'pregnant',
  'fluent',
  'resident',
  'applicable',
  'vacant',
  'absent',
  'executive',
  'native',
  'relative',
  'responsible',
  'capable',
  'able',
  'reachable',
);
/** Doers with no trade of their own: a quality before them makes a claim, not a job title. */
const genericDoers = wordSet(
  'thinker',
  'leader',
  'motivator',
  'communicator',
  'negotiator',
  'learner',
  'worker',
  'listener',
  'achiever',
  'doer',
  'performer',
  'collaborator',
  'multitasker',
  'problem-solver',
  'solver',
  'self-starter',
  'starter',
  'organiser',
  'organizer',
  'planner',
  'person',
  'professional',
  'employee',
);
/** Words that name a trade or a rank before a doer: "team leader", "shift leader". */
const qualityBeforeDoer = /(?:ic|ive|ful|ous|ed|ary|ent|al|-\w+)$/;
const credentials = wordSet(
  'certified',
  'qualified',
  'licensed',
  'registered',
  'trained',
  'retired',
  'experienced',
  'former',
  'current',
  'senior',
  'junior',
  'principal',
  'regional',
  'general',
  'national',
  'international',
  'local',
  'medical',
  'clinical',
  'technical',
  'legal',
  'financial',
  'digital',
  'social',
  'commercial',
  'industrial',
  'professional',
);
/** Short quality adjectives that no ending marks. */
const plainQualities = wordSet(
  'strong',
  'fast',
  'quick',
  'smart',
  'sharp',
  'tough',
  'firm',
  'fair',
  'kind',
  'neat',
  'humble',
  'friendly',
  'tidy',
  'punctual',
  'disciplined',
  'organised',
  'organized',
  'dedicated',
  'motivated',
  'driven',
  'focused',
  'experienced',
  'skilled',
  'well-rounded',
);
const effortVerbs = wordSet('work', 'care', 'try', 'push', 'give', 'worry');
const faultNouns = wordSet('mistake', 'mistakes', 'error', 'errors', 'slip-ups');

/** Where the predicate after "I am" starts ("i am", "i'm" as two tokens, chat "im"), or -1. */
function afterIAm(c: readonly Token[], j: number): number {
  const w = c[j]?.low;
  if (w === 'im') return j + 1;
  return w === 'i' && c[j + 1]?.low === 'am' ? j + 2 : -1;
}

/** Whether a word ends its clause: the sentence ends, or a comma or "and" follows it. */
function endsPhrase(s: SentenceView, k: number): boolean {
  const next = s.content[k + 1];
  return !next || s.clause[k + 1] !== s.clause[k] || next.low === 'and' || next.low === 'but';
}

/** "I'm (also) very <word>" or "I'm <quality>," : the index of the predicate, or -1. */
function predicateClaim(s: SentenceView, from: number): number {
  const c = s.content;
  let k = from;
  while (fillersAfterBe.has(c[k]?.low ?? '')) k++;
  let intensified = false;
  while (intensifiers.has(c[k]?.low ?? '')) {
    intensified = true;
    k++;
  }
  const t = c[k];
  if (!t || t.kind !== 'word' || states.has(t.low)) return -1;
  if (relationAfter.has(c[k + 1]?.low ?? '')) return -1;
  // After an intensifier any word is a predicate adjective ("very organised", "so driven").
  if (intensified) return k;
  const quality =
    (qualityEnding.test(t.low) && !notQualities.has(t.low)) || plainQualities.has(t.low);
  return quality && endsPhrase(s, k) ? k : -1;
}

/** "I'm a strategic thinker", "I'm a firm, disciplined leader": the doer's index, or -1. */
function qualifiedDoer(s: SentenceView, from: number): number {
  const c = s.content;
  if (c[from]?.low !== 'a' && c[from]?.low !== 'an') return -1;
  let quality = false;
  let intensified = false;
  for (let k = from + 1; k < c.length && k <= from + 5; k++) {
    const w = (c[k] as Token).low;
    if (genericDoers.has(w)) return quality ? k : -1;
    if (w === 'and') continue;
    if (intensifiers.has(w)) {
      intensified = true;
      continue;
    }
    if (credentials.has(w)) return -1;
    // "a very motivating leader", "a firm, disciplined leader": an adjective by its place.
    const listed = s.clause[k + 1] !== s.clause[k];
    if (!intensified && !listed && !qualityBeforeDoer.test(w) && !plainQualities.has(w)) return -1;
    quality = true;
  }
  return -1;
}

/** "Reliable. Loyal." or "Hardworking, honest, and ...": traits standing alone at the start. */
function fragmentClaims(ctx: Ctx, s: SentenceView, out: Evidence[]): void {
  const c = s.content;
  const found = findPhrases(lex.traits, c);
  const first = found[0];
  if (!first || first.first !== 0 || !endsPhrase(s, first.last - 1)) return;
  // Alone it is the whole sentence; in a list another trait follows in the same sentence.
  // ("Reliable and never late.": a short verbless line joined by "and" is a list too.)
  const joined = c[first.last]?.low === 'and' && c.length <= 6;
  if (first.last < c.length && found.length < 2 && !joined) return;
  for (const m of found) out.push(span(ctx.doc, c[m.first] as Token, c[m.last - 1] as Token));
}

/** "I work too hard", "I care too much about ...": effort told as a fault. */
function effortAsFault(c: readonly Token[], j: number): number {
  if (c[j]?.low !== 'i') return -1;
  let k = j + 1;
  if (c[k]?.low === 'just' || c[k]?.low === 'probably') k++;
  if (!effortVerbs.has(c[k]?.low ?? '')) return -1;
  const much = c[k + 2]?.low;
  return c[k + 1]?.low === 'too' && (much === 'much' || much === 'hard') ? k + 2 : -1;
}

/** "I don't make mistakes", "I never make errors": flawlessness claimed. */
function flawless(c: readonly Token[], j: number): number {
  if (c[j]?.low !== 'i') return -1;
  let k = j + 1;
  if (c[k]?.low === 'do' || c[k]?.low === 'really') k++;
  if (c[k]?.low !== 'not' && c[k]?.low !== 'never') return -1;
  for (let m = k + 1; m < c.length && m <= k + 4; m++) {
    const t = c[m] as Token;
    if (isEnPast(t)) return -1;
    if (faultNouns.has(t.low)) return m;
  }
  return -1;
}

const absolutes = wordSet('always', 'never');
/** Verbs whose past is their present: "I always hit", "I never let". */
const sameAsPast = wordSet(
  'hit',
  'put',
  'set',
  'cut',
  'let',
  'quit',
  'hurt',
  'shut',
  'beat',
  'read',
);
const universals = wordSet('everything', 'everyone', 'everybody', 'anything', 'anyone', 'anybody');
/** Verbs of mind and speech: "I always think", "I never said" report, they claim no habit. */
const notHabits = wordSet(
  'am',
  'have',
  'think',
  'feel',
  'believe',
  'guess',
  'know',
  'mean',
  'want',
  'wanted',
  'like',
  'love',
  'hope',
  'try',
  'ask',
  'say',
  'tell',
  'had',
  'would',
  "'d",
  'will',
  'can',
  'could',
  'should',
  'must',
  'might',
  'do',
  'did',
);

/**
 * A habit claimed absolutely: "I always achieve my target", "I never let tasks pile up", "I
 * double-check everything", "I get along with everyone". Near misses: a report ("I always
 * think ..."), a past step ("I never told anyone"), a plan ("I would always ...").
 */
function absoluteHabit(c: readonly Token[], j: number): number {
  if (c[j]?.low !== 'i') return -1;
  let k = j + 1;
  const absolute = absolutes.has(c[k]?.low ?? '');
  if (absolute) k++;
  const verb = c[k];
  if (!verb || verb.kind !== 'word' || notHabits.has(verb.low)) return -1;
  // "hit", "let", "set" are present after "always"; "told", "finished" are past.
  if (isEnPast(verb) && !(absolute && sameAsPast.has(verb.low))) return -1;
  if (verb.low.endsWith('ing') || lex.negation.has(verb.low)) return -1;
  if (absolute) return k;
  for (let m = k + 1; m < c.length && m <= k + 3; m++) {
    if (universals.has((c[m] as Token).low)) return m;
  }
  return -1;
}

/** Words of a method told step by step: a habit among them is a procedure, not a trait. */
const sequence = wordSet(
  'then',
  'first',
  'before',
  'after',
  'when',
  'if',
  'once',
  'until',
  'usually',
  'normally',
  'typically',
  'start',
);
const tellsMethod = (ctx: Ctx): boolean =>
  ctx.sentences.some((s) => s.content.some((t) => sequence.has(t.low)));

export function findTraitFrames(ctx: Ctx): Evidence[] {
  if (ctx.input.language !== 'en') return [];
  const out: Evidence[] = [];
  const method = tellsMethod(ctx);
  for (const s of ctx.sentences) {
    if (s.question) continue;
    const c = s.content;
    fragmentClaims(ctx, s, out);
    // "As a visionary and strategic leader, I ...": the same portrait opening the sentence.
    const asDoer = c[0]?.low === 'as' ? qualifiedDoer(s, 1) : -1;
    if (asDoer >= 0) out.push(span(ctx.doc, c[0] as Token, c[asDoer] as Token));
    for (let j = 0; j < c.length; j++) {
      const be = afterIAm(c, j);
      const end =
        be >= 0
          ? Math.max(predicateClaim(s, be), qualifiedDoer(s, be))
          : Math.max(effortAsFault(c, j), flawless(c, j), method ? -1 : absoluteHabit(c, j));
      if (end < 0) continue;
      out.push(span(ctx.doc, c[j] as Token, c[end] as Token));
      j = end;
    }
  }
  return out;
}
