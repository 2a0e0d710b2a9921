/**
 * Self-descriptions found by their frame, not by a list of traits: "I'm a very <anything> person",
 * "I am firm but fair person", "my strength is ...", "saya ini orangnya <anything>", "aku tipe
 * orang yang ...", "kelebihan saya ...". Whatever the adjective, the candidate is describing
 * themselves rather than telling what they did; genericClaim then asks whether a story backs it.
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, span } from './context';
import type { Token } from './tokens';

/** Nouns that close an English self-description ("a reliable person", "a quick learner"). */
const personNouns = new Set([
  'person',
  'worker',
  'learner',
  'player',
  'individual',
  'guy',
  'communicator',
  'listener',
  'self-starter',
  'perfectionist',
  'type',
  'kind',
]);
/** Words allowed between "I am" and that noun: articles, intensifiers, adjectives, "but". */
const enSkip = new Set(['a', 'an', 'the', 'very', 'really', 'quite', 'pretty', 'highly', 'so']);
const enStops = new Set([
  'not',
  'no',
  'never',
  'in',
  'at',
  'on',
  'for',
  'with',
  'to',
  'from',
  'of',
]);

const idSelf = new Set(['saya', 'aku', 'gue', 'gua', 'gw', 'ane']);
/** Words that may sit between "saya" and the frame ("saya ini orangnya", "aku memang tipe"). */
const idBetween = new Set([
  'ini',
  'itu',
  'tuh',
  'sih',
  'memang',
  'emang',
  'sebenarnya',
  'termasuk',
  'adalah',
  'merupakan',
  'juga',
]);
/** The frame itself: "orangnya", "(tipe|tipikal) orang yang", "pribadi yang", "seorang yang". */
const idFrames = new Set(['orangnya', 'tipe', 'tipikal', 'pribadi', 'sosok', 'seorang', 'orang']);
/** "(orangnya) yang penting ...", "pokoknya ...": an attitude follows, not a trait. */
const attitudeWords = new Set(['penting', 'pokoknya', 'pokok']);
/** "kelebihan saya", "my strength": naming one's strength is a claim as well. */
const strengthNouns = new Set(['kelebihan', 'kekuatan', 'strength', 'strengths']);

function english(c: readonly Token[], j: number): number {
  if (c[j]?.low !== 'i' || c[j + 1]?.low !== 'am') return -1;
  for (let k = j + 2; k < c.length && k <= j + 7; k++) {
    const w = (c[k] as Token).low;
    if (enStops.has(w)) return -1;
    if (personNouns.has(w)) return k > j + 2 ? k : -1;
    if (!enSkip.has(w) && (c[k] as Token).kind !== 'word') return -1;
  }
  return -1;
}

function indonesian(c: readonly Token[], j: number): number {
  if (!idSelf.has(c[j]?.low ?? '')) return -1;
  let k = j + 1;
  while (k < c.length && k <= j + 3 && idBetween.has((c[k] as Token).low)) k++;
  const frame = c[k]?.low ?? '';
  if (!idFrames.has(frame)) return -1;
  // "saya orang Medan" is where one is from; "orang yang", "orangnya", "tipe ..." describe.
  if (frame === 'orang' && c[k + 1]?.low !== 'yang') return -1;
  if (frame === 'seorang' && c[k + 1]?.low !== 'yang') return -1;
  const next = c[k + 1];
  if (!next) return -1;
  // "saya orangnya yang penting kerja": a flat attitude to work, no trait claimed.
  let a = k + 1;
  while (a < c.length && a <= k + 3 && (c[a]?.low === 'yang' || c[a]?.low === 'orang')) a++;
  if (attitudeWords.has(c[a]?.low ?? '')) return -1;
  const end = next.low === 'yang' || next.low === 'orang' ? k + 2 : k + 1;
  return end < c.length ? end : -1;
}

function strength(c: readonly Token[], j: number): number {
  const t = c[j];
  if (!t) return -1;
  // "kelebihan saya (adalah) X", "my strength is X"
  if (strengthNouns.has(t.low) && idSelf.has(c[j + 1]?.low ?? '') && c[j + 2]) return j + 2;
  const be = c[j + 2]?.low;
  if (t.low === 'my' && strengthNouns.has(c[j + 1]?.low ?? '') && (be === 'is' || be === 'are'))
    return c[j + 3] ? j + 3 : -1;
  return -1;
}

export function findSelfDescriptions(ctx: Ctx): Evidence[] {
  const out: Evidence[] = [];
  const en = ctx.input.language === 'en';
  for (const s of ctx.sentences) {
    const c = s.content;
    for (let j = 0; j < c.length; j++) {
      const end = Math.max(en ? english(c, j) : indonesian(c, j), strength(c, j));
      if (end < 0) continue;
      out.push(span(ctx.doc, c[j] as Token, c[end] as Token));
      j = end;
    }
  }
  return out;
}
