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

export function phraseSet(sources: readonly string[]): PhraseSet {
  const byFirst = new Map<string, Pattern[]>();
  const floating: Pattern[] = [];
  for (const source of sources) {
    const p = compile(source);
    const head = p.elements[0];
    if (!head || !head.words || head.optional || head.roots.length > 0) {
      floating.push(p);
      continue;
    }
    for (const w of head.words) {
      const list = byFirst.get(w) ?? [];
      list.push(p);
      byFirst.set(w, list);
    }
  }
  return { byFirst, floating };
}

function accepts(e: Element, t: Token): boolean {
  if (!e.words) return true;
  if (e.words.has(t.low) || e.words.has(t.key)) return true;
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

/** All matches of the set in a run of content tokens, left to right, not overlapping. */
export function findPhrases(set: PhraseSet, tokens: readonly Token[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    let best: PhraseMatch | null = null;
    // The patterns that may start here, without building a list per token (this runs often).
    const lists = [
      set.byFirst.get(t.low) ?? none,
      t.key !== t.low ? (set.byFirst.get(t.key) ?? none) : none,
      set.floating,
    ];
    for (const list of lists) {
      for (const p of list) {
        const end = matchFrom(p.elements, 0, tokens, i);
        if (end > i && (!best || end > best.last))
          best = { pattern: p.source, first: i, last: end };
      }
    }
    if (best) {
      out.push(best);
      i = best.last - 1;
    }
  }
  return out;
}

/** Whether any pattern of the set matches. */
export function hasPhrase(set: PhraseSet, tokens: readonly Token[]): boolean {
  return findPhrases(set, tokens).length > 0;
}
