/**
 * A general procedure told in the present instead of a story: "You present your data, you
 * listen", "Usually I let them finish", "Post Reels daily, engage with comments". Shown as the
 * words that make an English answer theoretical when it has no modal to point at (the model can
 * set theoretical on such answers; without these, its tip showed nothing). A sentence counts only
 * when it holds no past form. (As features for the model they did not improve the held-out F1.)
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, PerAnswer, type SentenceView, isEnPast, span } from './context';
import { lex } from './lexicon';
import type { Token } from './tokens';

/** Subjects of a general step: the candidate in general, or anyone. */
const subjects = new Set(['i', 'you', 'we']);

/** Words between the subject and its verb that do not change the tense. */
const adverbs = new Set([
  ...lex.preVerb,
  ...lex.habitual,
  'simply',
  'only',
  'basically',
  'mostly',
  'try',
  'to',
]);

/**
 * After "I"/"you": what is not a step. Being, having, thinking, wanting, auxiliaries and
 * modals (those are the modal rule's), so that "I am patient" or "I think" is no procedure.
 */
const notSteps = new Set([
  'am',
  'are',
  'is',
  'be',
  'have',
  'has',
  'think',
  'believe',
  'feel',
  'see',
  'want',
  'hope',
  'love',
  'like',
  'know',
  'guess',
  'mean',
  'need',
  'do',
  'does',
  'not',
  'would',
  'will',
  'shall',
  'can',
  'could',
  'should',
  'must',
  'might',
  'may',
  'get',
  'got',
  'enjoy',
  'work',
  'come',
  'live',
  'graduated',
  'studied',
  // Describing oneself, not a step: "I pride myself", "I bring experience".
  'pride',
  'bring',
  'thrive',
  'care',
  'prefer',
  'promise',
  'strive',
  'speak',
  'hold',
  // Not a verb at all: "you the ...", "you all".
  'the',
  'all',
  'much',
  'guys',
  'that',
  'this',
  'and',
  'too',
  ...lex.negation,
]);

/** Verbs that open an instruction ("Post Reels daily", "Listen first"), by meaning. */
const imperatives = new Set([
  'post',
  'use',
  'engage',
  'listen',
  'offer',
  'check',
  'ask',
  'tell',
  'make',
  'keep',
  'stay',
  'focus',
  'start',
  'prioritise',
  'prioritize',
  'plan',
  'communicate',
  'document',
  'follow',
  'set',
  'take',
  'give',
  'apologise',
  'apologize',
  'explain',
  'escalate',
  'write',
  'call',
  'send',
  'review',
  'avoid',
  'build',
  'let',
  'remember',
  'break',
  'talk',
  'find',
  'collaborate',
  'greet',
  'smile',
  'acknowledge',
  'identify',
  'understand',
  'show',
  'treat',
  'put',
  'respond',
  'delegate',
  'schedule',
  'track',
  'monitor',
  'inform',
  'update',
  'roll',
]);

function stepAfter(s: SentenceView, j: number): Token | undefined {
  let k = j + 1;
  while (k < s.content.length && adverbs.has(s.content[k]?.low ?? '')) k++;
  const verb = s.content[k];
  if (!verb || verb.kind !== 'word' || notSteps.has(verb.low) || isEnPast(verb)) return undefined;
  // A verb, not a noun phrase: "I lead by example" yes, "you know" is a filler and skipped.
  return /^\p{Ll}+$/u.test(verb.low) && verb.low.length >= 3 ? verb : undefined;
}

/** Read by the theory evidence and by the model's features: found once per answer. */
const found = new PerAnswer<Evidence[]>();

/** The general steps of the answer's sentences that hold no past form (English only). */
export function procedureSpans(ctx: Ctx): Evidence[] {
  let spans = found.get(ctx);
  if (!spans) {
    spans = ctx.input.language === 'en' ? findProcedure(ctx) : [];
    found.set(ctx, spans);
  }
  return spans;
}

function findProcedure(ctx: Ctx): Evidence[] {
  const out: Evidence[] = [];
  for (const s of ctx.sentences) {
    if (s.question || s.content.some(isEnPast)) continue;
    let first = 0;
    while (first < s.content.length && adverbs.has(s.content[first]?.low ?? '')) first++;
    const opener = s.content[first];
    if (opener && imperatives.has(opener.low) && s.content[first + 1]?.low !== 'me') {
      out.push(span(ctx.doc, opener));
    }
    for (let j = 0; j < s.content.length; j++) {
      const subject = s.content[j];
      if (!subject || !subjects.has(subject.low)) continue;
      const verb = stepAfter(s, j);
      if (verb) out.push(span(ctx.doc, subject, verb));
    }
  }
  return out;
}
