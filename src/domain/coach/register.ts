/**
 * Register: casual Jakarta pronouns ("gue", "lo") sound too familiar at an interview, even in a
 * relaxed one; "aku/kamu" are fine in casual Indonesian, "saya/Anda" in formal.
 */
import type { Evidence } from './answer-analysis';
import { span } from './context';
import type { Doc } from './tokens';

const casual = new Set(['gue', 'gua', 'gw', 'guwe', 'lo', 'lu', 'elo', 'elu', 'loe']);

export function casualRegister(doc: Doc): Evidence[] {
  const out: Evidence[] = [];
  for (const t of doc.tokens) if (t.kind === 'word' && casual.has(t.key)) out.push(span(doc, t));
  return out;
}
