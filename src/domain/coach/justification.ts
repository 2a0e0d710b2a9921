/**
 * Defensive answers in English that justify instead of answering, by sentence shape:
 * - a justifying frame ("to be fair", "in my defence", "for the record", "let me be clear",
 *   "before you ask") followed, in its sentence or the next, by a denial or by something
 *   outside the candidate made the subject ("the brief was impossible", "it was not my call");
 * - a failure put on a force outside anyone's reach, as inevitable or as its cause, in an
 *   answer with no step of the candidate's own: "the market crashed, so of course sales
 *   dropped", "we missed it because of the economy".
 * Near misses: owning a weakness with candour ("honestly I get nervous, so I practise"), a hard
 * market that the candidate then acted on ("the market was tough, so I changed my pitch").
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, PerAnswer, type SentenceView, isEnAction, span } from './context';
import { negationWords } from './negation';
import { phraseAt, type Token } from './tokens';
import { wordSet } from './word-set';

const frames: readonly (readonly string[])[] = [
  ['to', 'be', 'fair'],
  ['in', 'my', 'defence'],
  ['in', 'my', 'defense'],
  ['for', 'the', 'record'],
  ['let', 'me', 'be', 'clear'],
  ['make', 'it', 'clear'],
  ['make', 'clear'],
  ['before', 'you', 'ask'],
  ['i', 'would', 'like', 'to', 'point', 'out'],
  ['i', 'want', 'to', 'point', 'out'],
  ['just', 'to', 'clarify'],
  ['in', 'all', 'fairness'],
];
const frameStarts = wordSet(frames.map((f) => f[0] as string));
/** A denial: "not", "none of those", "nothing to do with me". */
const denials = wordSet(negationWords, 'none', 'nothing', 'nobody');
/** Forces outside the candidate's reach that an answer can hide behind. */
const forces = wordSet(
  'market',
  'markets',
  'economy',
  'pandemic',
  'covid',
  'recession',
  'inflation',
  'competition',
  'competitors',
  'season',
  'weather',
  'brief',
  'timeline',
  'deadline',
  'budget',
  'system',
  'situation',
  'circumstances',
);
/** Words that make a bad outcome sound like no one's doing. */
const inevitable = wordSet('course', 'obviously', 'naturally', 'inevitably', 'unavoidable');
const causes = wordSet('because', 'due', 'since', 'blame', 'thanks');
/** A bad outcome: what the question asked the candidate to own. */
const failures = wordSet(
  'dropped',
  'fell',
  'failed',
  'missed',
  'declined',
  'slipped',
  'lost',
  'crashed',
  'collapsed',
  'impossible',
  'unrealistic',
  'unfair',
  'down',
);

/** A step of the candidate's own in the answer: "I changed", "we called". */
function ownStep(ctx: Ctx): boolean {
  return ctx.sentences.some((s) =>
    s.content.some(
      (t, j) => j > 0 && ['i', 'we'].includes(s.content[j - 1]?.low ?? '') && isEnAction(t),
    ),
  );
}

/** "To be fair, the brief was impossible": a frame, then a denial or an outside subject's fault. */
function framedJustification(ctx: Ctx): Evidence[] {
  const sentences = ctx.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const c = (sentences[i] as SentenceView).content;
    for (let j = 0; j < c.length; j++) {
      if (!frameStarts.has((c[j] as Token).low)) continue;
      const frame = frames.find((f) => phraseAt(c, j, f));
      if (!frame) continue;
      const rest = [...c.slice(j + frame.length), ...(sentences[i + 1]?.content ?? [])];
      const denied = rest.find((t) => denials.has(t.low));
      const outside = rest.find((t) => forces.has(t.key) || failures.has(t.low));
      const hit = denied ?? outside;
      if (hit)
        return [span(ctx.doc, c[j] as Token, c[j + frame.length - 1] as Token), span(ctx.doc, hit)];
    }
  }
  return [];
}

/** "The market crashed, so of course sales dropped": an outside force and a failure as fate. */
function forceBlamed(ctx: Ctx, s: SentenceView): Evidence[] {
  const c = s.content;
  const force = c.find((t) => forces.has(t.key));
  if (!force) return [];
  const failure = c.find((t) => failures.has(t.low));
  const link = c.find((t) => inevitable.has(t.low) || causes.has(t.low));
  if (!failure || !link) return [];
  const [a, b] = force.start < failure.start ? [force, failure] : [failure, force];
  return [span(ctx.doc, a, b)];
}

const found = new PerAnswer<Evidence[]>();

/** The words where an English answer justifies itself instead of answering. */
export function justifications(ctx: Ctx): Evidence[] {
  let out = found.get(ctx);
  if (out) return out;
  out = [];
  if (ctx.input.language === 'en' && !ownStep(ctx)) {
    out.push(...framedJustification(ctx));
    for (const s of ctx.sentences) out.push(...forceBlamed(ctx, s));
  }
  found.set(ctx, out);
  return out;
}
