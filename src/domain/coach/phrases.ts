/**
 * A small phrase matcher over the content tokens of a sentence (fillers and punctuation
 * skipped), so that "aku, eh, dengerin" matches "aku dengerin" and evidence spans stay exact.
 *
 * Pattern syntax, elements separated by spaces:
 *   `a|b|c`  one token that is any of the words (compared with the token's `low` and `key`)
 *   `x?`     the element is optional
 *   `*`      exactly one token of any kind
 *   `..`     up to three tokens of any kind (lazy)
 *   `~root`  a token one of whose stems is `root` (see morphology.ts)
 */
import { stems } from './morphology';
import type { Token } from './tokens';
import { current, listsChanged } from './word-set';

interface Element {
  words: ReadonlySet<string> | null;
  roots: readonly string[];
  optional: boolean;
  gap: number;
}

export interface Pattern {
  source: string;
  elements: Element[];
}

export interface PhraseSet {
  byFirst: Map<string, Pattern[]>;
  floating: Pattern[];
  /** This set's bit in the masks of startMasks (0: scan every token). */
  bit: number;
}

export interface PhraseMatch {
  pattern: string;
  first: number;
  last: number;
}

function compile(source: string): Pattern {
  const elements: Element[] = source
    .trim()
    .split(/\s+/)
    .map((raw) => {
      if (raw === '..') return { words: null, roots: [], optional: true, gap: 3 };
      if (raw === '*') return { words: null, roots: [], optional: false, gap: 1 };
      const optional = raw.endsWith('?') && raw.length > 1;
      const body = optional ? raw.slice(0, -1) : raw;
      const alts = body.split('|');
      return {
        words: new Set(alts.filter((a) => !a.startsWith('~'))),
        roots: alts.filter((a) => a.startsWith('~')).map((a) => a.slice(1)),
        optional,
        gap: 0,
      };
    });
  return { source, elements };
}

/**
 * The words a match of the pattern can start with: those of its optional leading elements and
 * of the first required one ("a? real|true genius" starts with "a", "real" or "true"), or
 * undefined when one of them is a gap, a stem or missing (the pattern is tried at every token).
 */
function headWords(p: Pattern): Set<string> | undefined {
  const words = new Set<string>();
  for (const e of p.elements) {
    if (!e.words || e.roots.length > 0) return undefined;
    for (const w of e.words) words.add(w);
    if (!e.optional) return words;
  }
  return undefined;
}

/**
 * For every word, a bit per phrase set that has a pattern starting with it: one lookup per token
 * tells all sets at once where a match may start, so each set scans only those tokens.
 */
const startsWith = new Map<string, number>();
let setsMade = 0;

export function phraseSet(sources: readonly string[]): PhraseSet {
  const byFirst = new Map<string, Pattern[]>();
  const floating: Pattern[] = [];
  for (const source of sources) {
    const p = compile(source);
    const heads = headWords(p);
    if (!heads) {
      floating.push(p);
      continue;
    }
    for (const w of heads) {
      const list = byFirst.get(w) ?? [];
      if (!list.includes(p)) list.push(p);
      byFirst.set(w, list);
    }
  }
  const bit = floating.length === 0 && setsMade < 30 ? 1 << setsMade++ : 0;
  if (bit !== 0) for (const w of byFirst.keys()) startsWith.set(w, (startsWith.get(w) ?? 0) | bit);
  listsChanged();
  return { byFirst, floating, bit };
}

/**
 * The sets that may start a match at a token, looked up once per token (a detector's every
 * sentence scan then reads a field). The sets are all made when their modules load, before any
 * answer is tokenised.
 */
function startsAt(t: Token): number {
  const e = current(t.entry);
  let bits = e.phraseStarts;
  if (bits < 0) {
    bits = (startsWith.get(e.low) ?? 0) | (e.key !== e.low ? (startsWith.get(e.key) ?? 0) : 0);
    e.phraseStarts = bits;
  }
  return bits;
}

function accepts(e: Element, t: Token): boolean {
  if (!e.words) return true;
  // Most tokens' key is their low form: one look-up then.
  if (e.words.has(t.low) || (t.key !== t.low && e.words.has(t.key))) return true;
  if (e.roots.length === 0) return false;
  const s = stems(t.key);
  return e.roots.some((r) => s.includes(r));
}

/** Index of the token after the match of elements[k..] starting at tokens[i], or -1. */
function matchFrom(els: Element[], k: number, tokens: readonly Token[], i: number): number {
  if (k === els.length) return i;
  const e = els[k];
  if (!e) return i;
  if (!e.words) {
    if (e.gap === 1) return i < tokens.length ? matchFrom(els, k + 1, tokens, i + 1) : -1;
    for (let skip = 0; skip <= e.gap && i + skip <= tokens.length; skip++) {
      const end = matchFrom(els, k + 1, tokens, i + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  const t = tokens[i];
  if (t && accepts(e, t)) {
    const end = matchFrom(els, k + 1, tokens, i + 1);
    if (end >= 0) return end;
  }
  return e.optional ? matchFrom(els, k + 1, tokens, i) : -1;
}

const none: readonly Pattern[] = [];
const noMatches: readonly PhraseMatch[] = Object.freeze([]);

/** The longest match starting at token i among the patterns, if longer than `best`. */
function longest(
  patterns: readonly Pattern[],
  tokens: readonly Token[],
  i: number,
  best: PhraseMatch | null,
): PhraseMatch | null {
  for (const p of patterns) {
    const end = matchFrom(p.elements, 0, tokens, i);
    if (end > i && (!best || end > best.last)) best = { pattern: p.source, first: i, last: end };
  }
  return best;
}

/** All matches of the set in a run of content tokens, left to right, not overlapping. */
export function findPhrases(set: PhraseSet, tokens: readonly Token[]): readonly PhraseMatch[] {
  const bit = set.bit;
  let out: PhraseMatch[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (bit !== 0 && (startsAt(t) & bit) === 0) continue;
    const byLow = set.byFirst.get(t.low) ?? none;
    const byKey = t.key !== t.low ? (set.byFirst.get(t.key) ?? none) : none;
    let best = longest(byLow, tokens, i, null);
    best = longest(byKey, tokens, i, best);
    best = longest(set.floating, tokens, i, best);
    if (best) {
      (out ??= []).push(best);
      i = best.last - 1;
    }
  }
  return out ?? noMatches;
}

/** Whether any pattern of the set matches. */
export function hasPhrase(set: PhraseSet, tokens: readonly Token[]): boolean {
  return findPhrases(set, tokens).length > 0;
}
