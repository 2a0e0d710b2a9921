/**
 * The one form the shape-cue finders about someone at work share (mockery.ts, faint-praise.ts,
 * jabs.ts): who is someone else in a sentence, and the nearest of them before a word, unless the
 * candidate speaks as the subject in between.
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

export type IsOther = (t: Token) => boolean;

/** The candidate or their group as a subject ("my", "our" only own what follows: "my producer"). */
export const selfSubjects = wordSet('i', 'we', 'saya', 'aku', 'gue', 'gua', 'gw', 'kami');

/** How far back to look, which words are the candidate, and which end the search. */
export interface PartyScan {
  selves: ReadonlySet<string>;
  window?: number;
  stop?: ReadonlySet<string>;
}

/**
 * The nearest party before position j of a sentence's content, or undefined when a stop word or
 * the candidate as a subject comes first. "saya" right after a party is its owner ("atasan
 * saya", "manajer kami"), not a subject.
 */
export function partyBefore(
  c: readonly Token[],
  j: number,
  isOther: IsOther,
  scan: PartyScan,
): Token | undefined {
  const window = scan.window ?? c.length;
  for (let k = j - 1; k >= 0 && j - k <= window; k--) {
    const t = c[k] as Token;
    if (scan.stop?.has(t.low)) return undefined;
    if (scan.selves.has(t.low) && !(k > 0 && isOther(c[k - 1] as Token))) return undefined;
    if (isOther(t)) return t;
  }
  return undefined;
}

/**
 * Determiners before a person noun: "my producer", "our supervisors"; "the" only before a
 * plural ("the engineers"): "the printer" is a thing.
 */
const possessives = wordSet('my', 'our', 'his', 'her', 'their');
/** An agent noun by its ending, English: "producer", "engineers", "operators", "accountants". */
const agentNoun = /^[a-z-]{3,}(?:er|or|ist|ant|ent)s?$/;

/**
 * Someone else in one sentence: the parties the lexicons know, or in English an agent noun after
 * a determiner ("my producer", "the night-shift operators"), which no list of roles could hold.
 */
export function partiesOf(c: readonly Token[], knownOther: IsOther, en: boolean): IsOther {
  const at = partyAt(c, knownOther, en);
  return (t) => at(t, c.indexOf(t));
}

/** partiesOf for a caller that has the word's position at hand: no search of the sentence. */
export function partyAt(
  c: readonly Token[],
  knownOther: IsOther,
  en: boolean,
): (t: Token, i: number) => boolean {
  return (t, i) => {
    if (knownOther(t)) return true;
    const before = c[i - 1]?.low ?? '';
    const plural = t.low.endsWith('s');
    return (possessives.has(before) || (before === 'the' && plural)) && en && agentNoun.test(t.low);
  };
}
