/**
 * English defensive stance by sentence shape (issue 16: English `defensive` recall was the weak
 * label on unseen answers, 8 of 18 missed):
 * - the question challenged: its relevance or fairness denied or asked "why" about ("why does
 *   that matter", "how is that relevant", "that's not really a fair question", "with respect,
 *   I don't think ..."), with the question itself ("that", "this", "the question") as subject;
 * - irritation: having to repeat oneself ("I already said", "I've already told you", "how many
 *   times"), or a sentence opened by a bare "Look," / "Listen,";
 * - a fault made small: a small or no big fault noun said of "it/that" ("it was a small thing",
 *   "no big deal"), or the fault spread to everyone ("anyone would have", "everyone makes
 *   mistakes", "it happens");
 * - excuses: what others failed to do for the candidate ("nobody told me", "I was never trained",
 *   "they didn't give me"), the task made impossible ("the deadline was impossible"), orders
 *   followed ("I just did what I was told"), fault put on someone else ("that's on them", "the
 *   vendor's fault"). An excuse after which the candidate acts ("nobody told me, so I set up a
 *   check-in") is a problem told, not an excuse; two excuses in one answer are stacked.
 * Near misses: candour about a weakness ("honestly I was nervous, so I practised"), polite
 * disagreement with reasons ("I disagreed because the tests were failing"), "a small team",
 * "as I said in my cover letter, I ran ...".
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, PerAnswer, type SentenceView, isEnAction, span } from './context';
import { negationWords } from './negation';
import type { Token } from './tokens';
import { wordSet } from './word-set';

export interface DefensiveStance {
  challengesQuestion: Evidence[];
  irritation: Evidence[];
  minimises: Evidence[];
  excuses: Evidence[];
}

const negations = wordSet(negationWords, 'hardly', 'nothing');
/** What a question is challenged on: its relevance or fairness. */
const relevance = wordSet(
  'relevant',
  'relevance',
  'matter',
  'matters',
  'fair',
  'necessary',
  'appropriate',
  'related',
);
/** The question itself as subject: "that", "this", "the question". */
const pointers = wordSet('that', 'this', 'question', 'it');
const whyHow = wordSet('why', 'how');
const determiners = wordSet(
  'the',
  'a',
  'an',
  'my',
  'our',
  'your',
  'their',
  'his',
  'her',
  'me',
  'us',
);
const beWords = wordSet('is', "'s", 'was', 'are', 'were', 'be', 'does', 'do', 'would', 'should');

/** "why does that matter", "how is that relevant", "that's not a fair question", "is that really necessary?" */
function challengesQuestion(ctx: Ctx, s: SentenceView, out: Evidence[]): void {
  const c = s.content;
  for (let j = 1; j < c.length; j++) {
    const t = c[j] as Token;
    if (!relevance.has(t.low)) continue;
    // The pointer to the question, at most four words before: "that's not really a fair".
    let p = -1;
    for (let k = j - 1; k >= 0 && k >= j - 5; k--) {
      if (pointers.has((c[k] as Token).low)) {
        p = k;
        break;
      }
    }
    // "it" points at the question only in a "why/how" question: "it didn't matter to the client".
    const lead = c[0] as Token;
    // "why does that matter", "sorry, how is this relevant?": why/how just before the pointer.
    const w = c.slice(Math.max(0, p - 3), Math.max(0, p)).find((x) => whyHow.has(x.low));
    const asked = w !== undefined && (s.question || j <= 4);
    // ... or in "it's not fair to ask/judge/expect": the asking itself judged.
    const toAsk = c[j + 1]?.low === 'to' && !determiners.has(c[j + 2]?.low ?? 'the');
    if (p < 0 || ((c[p] as Token).low === 'it' && !asked && !toAsk)) continue;
    // "what matters is", "that matters to our clients": a judgement of the work, not the question.
    const denied = c.slice(Math.max(0, p - 4), j).some((w) => negations.has(w.low));
    // "is that really necessary?": the question asked back, a be-verb first.
    const askedBack = s.question && beWords.has(lead.low) && p <= 2;
    if (asked || denied || askedBack) {
      out.push(span(ctx.doc, asked && w ? w : (c[p] as Token), t));
      return;
    }
  }
  framingRejected(ctx, s, out);
  // "With respect, ... not ..." / "with all due respect": disagreement announced, then denied.
  const r = c.findIndex(
    (t, j) => t.low === 'respect' && ['with', 'due'].includes(c[j - 1]?.low ?? ''),
  );
  if (r >= 0 && c.slice(r + 1).some((w) => negations.has(w.low))) {
    out.push(span(ctx.doc, c[r - 1] as Token, c[r] as Token));
  }
}

const framingVerbs = wordSet('call', 'accept', 'consider', 'see', 'say');
const failing = wordSet(
  'mistake',
  'failure',
  'failed',
  'fail',
  'wrong',
  'late',
  'underperformed',
  'bad',
  'weakness',
  'problem',
);
const preferWords = wordSet('rather', 'prefer');
const subjectVerbs = wordSet('talk', 'focus', 'keep', 'discuss', 'move', 'we');

/**
 * The question's framing refused or its topic changed: "I wouldn't call it a mistake", "I don't
 * accept that", "I don't see it as my failure", "I don't see the point of dwelling on it", "I'd
 * prefer to keep the focus on", "can we move on?". Not modesty ("I wouldn't call myself an
 * expert": no "it/that"), nor "I wouldn't say it was easy" (no failing named).
 */
function framingRejected(ctx: Ctx, s: SentenceView, out: Evidence[]): void {
  const c = s.content;
  for (let j = 1; j < c.length; j++) {
    const t = c[j] as Token;
    const prev = c[j - 1] as Token;
    if (framingVerbs.has(t.low)) {
      const k = j - (prev.low === 'really' ? 2 : 1);
      if (c[k]?.low !== 'not' || !['would', 'do', 'did'].includes(c[k - 1]?.low ?? '')) continue;
      const obj = c[j + 1]?.low ?? '';
      const rest = c.slice(j + 2, j + 6);
      const hit =
        (obj === 'the' && c[j + 2]?.low === 'point') ||
        ((t.low === 'call' || t.low === 'accept' || t.low === 'consider') && deictic.has(obj)) ||
        (t.low === 'see' && deictic.has(obj) && rest.some((w) => w.low === 'as')) ||
        (t.low === 'say' && deictic.has(obj) && rest.some((w) => failing.has(w.low)));
      if (hit) {
        out.push(span(ctx.doc, c[k - 1] as Token, c[Math.min(j + 2, c.length - 1)] as Token));
        return;
      }
    } else if (preferWords.has(t.low) && ['i', "'d", 'would'].includes(prev.low)) {
      const next = c[j + 1]?.low === 'to' ? c[j + 2] : c[j + 1];
      if (next && subjectVerbs.has(next.low)) {
        const me = prev.low === "'d" && c[j - 2]?.low === 'i' ? (c[j - 2] as Token) : prev;
        out.push(span(ctx.doc, me, next));
        return;
      }
    } else if (t.low === 'move' && c[j + 1]?.low === 'on' && s.question) {
      out.push(span(ctx.doc, t, c[j + 1] as Token));
      return;
    }
  }
}

const sayVerbs = wordSet('said', 'told', 'explained', 'mentioned', 'answered', 'covered', 'say');
const openers = wordSet('look', 'listen');

/** "I already said", "as I've already told you", "how many times", "Look, ...". */
function irritation(ctx: Ctx, s: SentenceView, out: Evidence[]): void {
  const c = s.content;
  const head = c[0];
  // "Look, ..." with a clause break after it; "look at the numbers" is a verb.
  if (head && openers.has(head.low) && c.length > 2 && s.clause[1] !== s.clause[0]) {
    out.push(span(ctx.doc, head));
    return;
  }
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    if (t.low === 'already' && sayVerbs.has(c[j + 1]?.low ?? '')) {
      out.push(span(ctx.doc, t, c[j + 1] as Token));
      return;
    }
    // "not sure what you want me to say", "what else do you want me to say".
    if (t.low === 'want' && c[j + 1]?.low === 'me' && c[j + 3]?.low === 'say') {
      out.push(span(ctx.doc, t, c[j + 3] as Token));
      return;
    }
    if (t.low === 'how' && c[j + 1]?.low === 'many' && c[j + 2]?.low === 'times') {
      out.push(span(ctx.doc, t, c[j + 2] as Token));
      return;
    }
  }
}

const smallWords = wordSet('small', 'minor', 'tiny', 'little', 'petty', 'silly');
const faultNouns = wordSet(
  'thing',
  'issue',
  'mistake',
  'slip',
  'error',
  'problem',
  'deal',
  'hiccup',
  'glitch',
  'oversight',
);
const everyone = wordSet('anyone', 'anybody', 'everyone', 'everybody');
const deictic = wordSet('it', 'that', 'this');

/** "it was a small thing", "no big deal", "anyone would have", "everyone makes mistakes". */
function minimises(ctx: Ctx, s: SentenceView, out: Evidence[]): void {
  const c = s.content;
  for (let j = 1; j < c.length; j++) {
    const t = c[j] as Token;
    const prev = c[j - 1] as Token;
    if (faultNouns.has(t.low)) {
      const before = c.slice(Math.max(0, j - 4), j);
      const small = before.find((w) => smallWords.has(w.low));
      const denied = before.find((w) => negations.has(w.low));
      // Said of "it/that": "it was a small thing"; "a small team" or "the small print" is not a fault.
      const ofIt = c.slice(Math.max(0, j - 6), j).some((w) => deictic.has(w.low));
      if (small && ofIt && t.low !== 'deal') out.push(span(ctx.doc, small, t));
      else if (prev.low === 'big' && denied) out.push(span(ctx.doc, denied, t));
    } else if (everyone.has(prev.low) && ['would', 'makes', 'make'].includes(t.low)) {
      // "anyone would have", "everyone makes mistakes".
      out.push(span(ctx.doc, prev, t));
    } else if (
      t.low === 'happens' &&
      ((deictic.has(prev.low) && s.clause[j + 1] !== s.clause[j]) ||
        everyone.has(c[j + 2]?.low ?? ''))
    ) {
      // "it happens." at a clause's end, "happens to everyone"; not "it happens every Monday".
      out.push(span(ctx.doc, prev, t));
    }
  }
}

/** What others owe the candidate: telling, training, giving. */
const owedVerbs = wordSet(
  'told',
  'tell',
  'warned',
  'warn',
  'trained',
  'train',
  'showed',
  'show',
  'shown',
  'explained',
  'explain',
  'informed',
  'inform',
  'gave',
  'give',
  'given',
  'briefed',
);
const nobody = wordSet('nobody', 'no-one');
const othersSubjects = wordSet('they', 'he', 'she', 'management', 'nobody');
const impossible = wordSet('impossible', 'unrealistic', 'ridiculous', 'insane', 'unreasonable');
const demands = wordSet(
  'deadline',
  'deadlines',
  'timeline',
  'target',
  'targets',
  'brief',
  'expectations',
  'scope',
  'workload',
);
const selves = wordSet('i', 'me', 'my', 'myself');
const comply = wordSet('told', 'asked', 'instructed');

/** An excuse clause in a sentence, from its first word: the token span, or nothing. */
function excuseAt(c: readonly Token[], j: number): [number, number] | undefined {
  const t = c[j] as Token;
  const next = c[j + 1]?.low ?? '';
  const after = c[j + 2]?.low ?? '';
  // "nobody told me", "no one trained me", "they never gave me", "I was never trained".
  if ((nobody.has(t.low) || (t.low === 'no' && next === 'one')) && owedTo(c, j + 1)) {
    return [j, owedEnd(c, j + 1)];
  }
  if (othersSubjects.has(t.low) && negations.has(next) && owedTo(c, j + 2)) {
    return [j, owedEnd(c, j + 2)];
  }
  if (othersSubjects.has(t.low) && next === 'did' && after === 'not' && owedTo(c, j + 3)) {
    return [j, owedEnd(c, j + 3)];
  }
  if (t.low === 'i' && ['was', 'wasn'].includes(next) && negations.has(after)) {
    const k = c[j + 3]?.low === 'properly' || c[j + 3]?.low === 'even' ? j + 4 : j + 3;
    if (owedVerbs.has(c[k]?.low ?? '')) return [j, k];
  }
  // "the deadline was impossible", "the targets were unrealistic".
  if (demands.has(t.low) && ['was', 'were', 'is', 'are'].includes(next) && impossible.has(after)) {
    return [j, j + 2];
  }
  // "I (just) did what I was told", "I only followed instructions".
  if (t.low === 'what' && c[j + 1]?.low === 'i' && c[j + 2]?.low === 'was') {
    if (comply.has(c[j + 3]?.low ?? '')) return [j, j + 3];
  }
  if (t.low === 'followed' && ['orders', 'instructions'].includes(next)) return [j, j + 1];
  // "that's on them", "it was on management": the fault placed on someone else.
  if (t.low === 'on' && j >= 2 && ['that', 'it', 'this'].includes(c[j - 2]?.low ?? '')) {
    const be = c[j - 1]?.low ?? '';
    if (["'s", 'is', 'was'].includes(be) && next !== '' && !selves.has(next) && next !== 'time') {
      const who = ['them', 'him', 'her', 'whoever', 'management', 'the', 'their', 'his'];
      if (who.includes(next)) return [j - 2, j + 1];
    }
  }
  // "the vendor's fault", "their fault", "his fault": someone else's fault.
  if (t.low === 'fault' && j >= 1) {
    const owner = c[j - 1] as Token;
    if (['their', 'his', 'her'].includes(owner.low)) return [j - 1, j];
    // "nobody's fault", "it's no one's fault": blame taken from everyone, no one's blamed.
    const whose = c[j - 2]?.low ?? '';
    if (owner.low === "'s" && j >= 2 && !deictic.has(whose) && !['nobody', 'one'].includes(whose))
      return [j - 2, j];
  }
  if (t.low === 'bound' && next === 'to' && after === 'happen') return [j, j + 2];
  return undefined;
}

/** A verb of what is owed at k, then "me" within two words ("told me", "gave me", "trained"). */
function owedTo(c: readonly Token[], k: number): boolean {
  if (c[k]?.low === 'even' || c[k]?.low === 'ever' || c[k]?.low === 'properly') k++;
  if (!owedVerbs.has(c[k]?.low ?? '')) return false;
  return c.slice(k + 1, k + 3).some((w) => w.low === 'me' || w.low === 'us');
}
function owedEnd(c: readonly Token[], k: number): number {
  let e = k;
  while (e < c.length && e < k + 4 && c[e]?.low !== 'me' && c[e]?.low !== 'us') e++;
  return Math.min(e, c.length - 1);
}

/** First person, then an action within two words: "so I set up", "I called". */
function actsAfter(c: readonly Token[], from: number): boolean {
  for (let j = from; j < c.length; j++) {
    if ((c[j] as Token).low !== 'i' && (c[j] as Token).low !== 'we') continue;
    const verb = [c[j + 1], c[j + 2]].find((w) => w !== undefined && isEnAction(w));
    if (verb && !comply.has(verb.low) && verb.low !== 'followed') return true;
  }
  return false;
}

function excuses(ctx: Ctx, out: Evidence[]): void {
  const sentences = ctx.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const c = (sentences[i] as SentenceView).content;
    for (let j = 0; j < c.length; j++) {
      // Every excuse starts at one of a few words: the rest are not looked at.
      if (!excuseStarts.has((c[j] as Token).low)) continue;
      const found = excuseAt(c, j);
      if (!found) continue;
      // Acted on, in this sentence or the next: a problem told, not an excuse.
      const next = sentences[i + 1]?.content ?? [];
      if (actsAfter(c, found[1] + 1) || actsAfter(next, 0)) continue;
      out.push(span(ctx.doc, c[found[0]] as Token, c[found[1]] as Token));
      j = found[1];
    }
  }
}

/** The words an excuse can start at (excuseAt). */
const excuseStarts = wordSet(
  ...nobody,
  'no',
  ...othersSubjects,
  'i',
  ...demands,
  'what',
  'followed',
  'on',
  'fault',
  'bound',
);

/** Words a sentence must hold for a per-sentence shape to start: most sentences hold none. */
const triggers = wordSet(
  ...relevance,
  ...framingVerbs,
  ...preferWords,
  'move',
  'want',
  'respect',
  ...openers,
  'already',
  'times',
  ...faultNouns,
  ...everyone,
  'happens',
);

const found = new PerAnswer<DefensiveStance>();

/** The English defensive shapes of an answer, found once: the rules and the features read them. */
export function defensiveStance(ctx: Ctx): DefensiveStance {
  let out = found.get(ctx);
  if (out) return out;
  out = { challengesQuestion: [], irritation: [], minimises: [], excuses: [] };
  if (ctx.input.language === 'en') {
    for (const s of ctx.sentences) {
      if (!s.content.some((t) => triggers.has(t.low))) continue;
      challengesQuestion(ctx, s, out.challengesQuestion);
      irritation(ctx, s, out.irritation);
      minimises(ctx, s, out.minimises);
    }
    excuses(ctx, out.excuses);
  }
  found.set(ctx, out);
  return out;
}

/**
 * The shapes that make an answer defensive for the rules: a challenged question, irritation, a
 * fault spread to everyone or denied to be big, and excuses stacked (two or more). One excuse
 * or "a small thing" alone is left to the model, which weighs them with the rest of the answer.
 */
export function defensiveShapes(ctx: Ctx): Evidence[] {
  const st = defensiveStance(ctx);
  const spread = st.minimises.filter(
    (e) => !/^(small|minor|tiny|little|petty|silly)\b/i.test(e.text),
  );
  return [
    ...st.challengesQuestion,
    ...st.irritation,
    ...spread,
    ...(st.excuses.length >= 2 ? st.excuses : []),
  ];
}
