/**
 * A refusal to answer ("I'd rather not say", "pass, next question", "itu rahasia perusahaan,
 * nggak bisa cerita"): the candidate heard the question and chose not to answer it. That is an
 * answer, if not a wise one; telling them it "does not answer the question" misreads them.
 */
import { findPhrases, phraseSet } from './phrases';
import type { Evidence } from './answer-analysis';
import type { Doc } from './tokens';

const say =
  'say|share|answer|discuss|disclose|talk|comment|elaborate|reveal|name|tell|mention|specify';
const bilang =
  'cerita|ceritain|bilang|sebut|sebutin|menyebutkan|share|jawab|menjawab|jawabnya|bahas|membahas|dibahas|menceritakan|sampaikan|menyampaikan|ungkapkan|mengungkapkan|bagikan|membagikan|detail|spill|membahasnya|menjawabnya|menceritakannya|menyebutkannya|menyebutnya|bahasnya';
const declines = phraseSet([
  `rather|prefer not ${say}`,
  `prefer not to ${say}`,
  `i? would|'d rather not ${say}?`,
  'rather not go into',
  `i|we am|are? not able|allowed|free|comfortable|at to? ${say}`,
  `i|we can|could|may|will not ${say}`,
  'not at liberty',
  'no comment|comments',
  'i will|shall pass',
  'i pass',
  'pass next question',
  'next question',
  'skip this|that question|one',
  'let us|me skip|move',
  'keep that|it to myself',
  'that is|s confidential|private|classified',
  'confidential information|matter',
  `tidak|nggak|gak|ga|enggak|engga|ndak|gabisa bisa|boleh|mau|dapat|berani ${bilang}`,
  `gabisa|nggakbisa|gak-bisa ${bilang}`,
  `tidak|nggak|gak|ga|enggak dapat|bisa saya ${bilang}`,
  `lebih baik|enak tidak|nggak|gak ${bilang}`,
  `kurang|tidak|nggak nyaman untuk? ${bilang}`,
  'itu? rahasia perusahaan|kantor|klien|internal|dapur|negara',
  'itu rahasia',
  'sifatnya rahasia|konfidensial',
  'saya|aku skip|pass|lewati',
  'pertanyaan berikutnya|selanjutnya',
  'lanjut ke? pertanyaan lain',
  'itu urusan|masalah|hal pribadi',
  "that is|'s personal|private",
  'move on to the? next|another question',
  'tanpa komentar',
]);

/** A turn to another topic: a deflection, not a plain refusal ("let's talk about ... instead"). */
const redirects = phraseSet([
  'let us|me talk|focus|move on? about|on|to',
  'instead',
  'rather talk|focus about|on',
  'lebih baik kita? bahas|membahas|ngomongin|fokus|bicara',
  'mending|mendingan kita? bahas|membahas|ngomongin|fokus|bicara',
  'kita bahas|fokus yang|ke lain',
  'yang lebih penting',
]);

/**
 * The words by which the answer declines to answer, when it does not turn to another topic
 * (that is a deflection, which the coach tells to answer the question).
 */
export function declinesPlainly(doc: Doc): Evidence[] {
  const tokens = doc.tokens.filter((t) => t.kind !== 'punct' && !t.filler);
  return findPhrases(redirects, tokens).length > 0 ? [] : declinesToAnswer(doc);
}

/** The words by which the answer declines to answer (none when it does not). */
export function declinesToAnswer(doc: Doc): Evidence[] {
  const tokens = doc.tokens.filter((t) => t.kind !== 'punct' && !t.filler);
  return findPhrases(declines, tokens).map((m) => {
    const first = tokens[m.first];
    const last = tokens[m.last - 1];
    const start = first?.start ?? 0;
    const end = last?.end ?? start;
    return { text: doc.text.slice(start, end), start, end };
  });
}
