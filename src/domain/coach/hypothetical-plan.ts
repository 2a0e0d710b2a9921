/**
 * A plan told instead of a lived instance (English `theoretical` recall, blind13: 0.69):
 * - a plan head with "would": "my approach would be", "the first thing I'd do", "what I would
 *   do is", "my first step would be";
 * - an ideal: "ideally you want to", "ideally, the team ...";
 * - a case set up and answered in the present: "in that situation the right move is", "in a case
 *   like this I would", "the right thing is to";
 * - the generic second person giving a sequence: "you have to ..., then you ...", "you need to".
 * Near misses: a lived instance anywhere in the answer ("I would ... for example last year I
 * called ..."): the plan is then backed, `planWithInstance` rather than `planNoInstance`; and a
 * past habit ("at my last job I would usually ...", "when I was at the bank I'd always ..."),
 * which tells what one did, not what one would do: `pastHabit`.
 * Features for the learned model, with the words as evidence.
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, type SentenceView, isEnPast, span } from './context';
import type { CueHits } from './general-method';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Heads of a plan: "my approach would be", "the first thing I'd do". */
const planHeads = wordSet(
  'approach',
  'plan',
  'step',
  'thing',
  'move',
  'instinct',
  'priority',
  'reaction',
  'response',
  'strategy',
  'goal',
  'focus',
);
const woulds = wordSet('would', "'d");
/** "the right move is", "the best thing is to": a verdict on a case, told as a rule. */
const verdicts = wordSet('right', 'best', 'correct', 'smart', 'proper', 'ideal', 'sensible');
const caseNouns = wordSet('situation', 'case', 'scenario', 'position');
const caseDeterminers = wordSet('that', 'this', 'such', 'a', 'those', 'these', 'any');
/** Needs of the generic "you": "you have to", "you need to", "you want to", "you've got to". */
const needs = wordSet('have', 'need', 'want', 'got', 'should', 'must', 'gotta', 'ought');
/** Habit adverbs after "would": "I would usually", "I'd often". */
const habits = wordSet('usually', 'often', 'always', 'sometimes', 'normally', 'typically');
/** A past frame for a habit: "back then", "at my last job", "when I was". */
const pastFrames = wordSet('last', 'previous', 'former', 'then', 'ago', 'used');
const selfSubjects = wordSet('i', 'we');
const exampleOpeners = wordSet('example', 'instance', 'once');

const pastIn = (c: readonly Token[]) =>
  c.some((t) => isEnPast(t) || t.low === 'was' || t.low === 'were');

/** Words one of which every plan shape holds: most sentences hold none and are not looked at. */
const planTriggers = wordSet(...planHeads, 'what', 'ideally', ...caseNouns, 'you');

/** The plan in one sentence: its span, or undefined. */
function planIn(ctx: Ctx, s: SentenceView): Evidence | undefined {
  const c = s.content;
  if (!c.some((t) => planTriggers.has(t.low))) return undefined;
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    // "my approach would be", "the first thing I'd do", "what I would do is".
    if (planHeads.has(t.low) || t.low === 'what') {
      for (let k = j + 1; k <= j + 3 && k < c.length; k++) {
        if (woulds.has((c[k] as Token).low) && !habits.has(c[k + 1]?.low ?? '')) {
          return span(ctx.doc, t, c[k] as Token);
        }
      }
    }
    // "ideally you want to", "Ideally, the cashier ...".
    if (t.low === 'ideally' && !pastIn(c)) return span(ctx.doc, t);
    // "in that situation the right move is", "in a case like this I would".
    if (caseNouns.has(t.low) && caseDeterminers.has(c[j - 1]?.low ?? '') && !pastIn(c)) {
      const open = c[j - 2]?.low === 'in' ? (c[j - 2] as Token) : t;
      return span(ctx.doc, open, t);
    }
    if (verdicts.has(t.low) && planHeads.has(c[j + 1]?.low ?? '')) {
      const be = c[j + 2]?.low ?? '';
      if (be === 'is' || be === "'s" || woulds.has(be)) return span(ctx.doc, t, c[j + 2] as Token);
    }
  }
  return genericYou(ctx, s);
}

/** "you have to listen first, then you ...": the generic you with a need, in the present. */
function genericYou(ctx: Ctx, s: SentenceView): Evidence | undefined {
  const c = s.content;
  // No check for a past form here: "you have to read it" holds "read". "You had to" is no need.
  for (let j = 0; j + 1 < c.length; j++) {
    if ((c[j] as Token).low !== 'you') continue;
    const next = c[j + 1] as Token;
    // "you've got to": the clitic first.
    const need = next.low === "'ve" ? c[j + 2] : next;
    if (!need || !needs.has(need.low)) continue;
    // "do you need to ...?": the interviewer's words quoted, not a rule.
    if (c[j - 1]?.low === 'do' || c[j - 1]?.low === 'if') continue;
    return span(ctx.doc, c[j] as Token, need);
  }
  return undefined;
}

/** "at my last job I would usually", "when I was at the bank I'd always": what one did. */
function pastHabitIn(ctx: Ctx, s: SentenceView, prev: SentenceView | undefined): Evidence[] {
  const c = s.content;
  for (let j = 0; j + 2 < c.length; j++) {
    if (!selfSubjects.has((c[j] as Token).low) || !woulds.has((c[j + 1] as Token).low)) continue;
    if (!habits.has((c[j + 2] as Token).low)) continue;
    const framed = (w: readonly Token[]) => pastIn(w) || w.some((x) => pastFrames.has(x.low));
    if (framed(c) || (prev !== undefined && framed(prev.content))) {
      return [span(ctx.doc, c[j] as Token, c[j + 2] as Token)];
    }
  }
  return [];
}

/** A lived instance: "for example, last year I called", "once I stayed", "I rewrote ...". */
function instanceIn(s: SentenceView): boolean {
  const c = s.content;
  for (let j = 0; j + 1 < c.length; j++) {
    if (!selfSubjects.has((c[j] as Token).low) || c[j - 1]?.low === 'if') continue;
    // "I then called", "we finally shipped": an adverb between subject and verb.
    const verb = isEnPast(c[j + 1] as Token) ? c[j + 1] : c[j + 2];
    if (verb && isEnPast(verb) && !woulds.has((c[j + 1] as Token).low)) return true;
  }
  return c.some((t) => exampleOpeners.has(t.low)) && pastIn(c);
}

/** The cues of an English answer: `hypotheticalPlan`, `planNoInstance` or `planWithInstance`, `pastHabit`. */
export function hypotheticalPlanCues(ctx: Ctx, hits: CueHits): void {
  if (ctx.input.language !== 'en') return;
  const plans: Evidence[] = [];
  const pastHabits: Evidence[] = [];
  let instance = false;
  ctx.sentences.forEach((s, i) => {
    if (s.question) return;
    const habit = pastHabitIn(ctx, s, ctx.sentences[i - 1]);
    if (habit.length > 0) {
      pastHabits.push(...habit);
      instance = true;
      return;
    }
    if (instanceIn(s)) {
      instance = true;
      return;
    }
    const plan = planIn(ctx, s);
    if (plan) plans.push(plan);
  });
  if (pastHabits.length > 0) hits.set('pastHabit', pastHabits.slice(0, 4));
  if (plans.length === 0) return;
  hits.set('hypotheticalPlan', plans.slice(0, 4));
  hits.set(instance ? 'planWithInstance' : 'planNoInstance', plans.slice(0, 4));
}
