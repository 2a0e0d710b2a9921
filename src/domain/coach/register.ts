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

/**
 * Chat words ("lol", "wkwk", "gonna", "idk") read as a message to a friend at either stage.
 * Discourse words of speech ("nah", "yeah", "kayak") are not chat: transcripts are full of them.
 */
const chat = new Set([
  'lol',
  'lmao',
  'rofl',
  'omg',
  'idk',
  'tbh',
  'btw',
  'imo',
  'gonna',
  'wanna',
  'gotta',
  'dunno',
  'kinda',
  'anjir',
  'anjay',
]);
const laughter = /^(wk){2,}w?k*$/;

export function chatWords(doc: Doc): Evidence[] {
  const out: Evidence[] = [];
  for (const t of doc.tokens) {
    if (t.kind === 'word' && (chat.has(t.key) || laughter.test(t.key))) out.push(span(doc, t));
  }
  return out;
}
