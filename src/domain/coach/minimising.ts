/**
 * Defensive shapes beyond defensive-stance.ts (English) and excuses.ts, for the learned model
 * (blind sets: Indonesian `defensive` 0.80, English recall 0.67, pushback and excuses missed):
 * - a fault made normal, Indonesian: "ya namanya juga manusia", "telat sedikit itu wajar",
 *   "cuma masalah sepele", "hal biasa kok" (not "luar biasa", "namanya Budi", "apa namanya");
 * - the fault spread to everyone, Indonesian: "semua orang juga begitu", "siapa pun pasti pernah
 *   salah", "orang lain juga sama" (not "semua orang juga ikut pelatihan");
 * - the question judged, both languages: "that's a strange question", "pertanyaannya aneh",
 *   "memangnya kenapa?" (not "a good question", "the question was about budget");
 * - the duty put outside oneself, English: "my hands were tied", "not my job", "above my pay
 *   grade"; Indonesian: "bukan tugas saya", "bukan urusan saya", "bukan bagian saya".
 * Near misses, not flagged: a calm admission ("itu memang salah saya, sejak itu saya ..."),
 * polite disagreement with reasons ("saya kurang setuju karena datanya ...").
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, type SentenceView, span } from './context';
import type { CueHits } from './general-method';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** A fault called normal: "wajar", "biasa", "sepele". */
const normalWords = wordSet('wajar', 'wajarlah', 'biasa', 'biasalah', 'lumrah', 'manusiawi');
const trivialWords = wordSet('sepele', 'remeh', 'kecil', 'receh');
const faultNouns = wordSet('masalah', 'hal', 'kesalahan', 'salah', 'kekeliruan', 'soal', 'urusan');
/** Words before "biasa" that change its sense: "luar biasa" (great), "tidak biasa" (unusual). */
const notNormal = wordSet('luar', 'tidak', 'nggak', 'gak', 'enggak', 'bukan', 'kurang', 'tak');
/** "itu wajar", "hal biasa", "kan biasa": said of the fault ("sudah biasa lembur" is a habit). */
const saidOf = wordSet('itu', 'hal', 'kan', 'sih', 'mah', 'memang', 'emang', 'ya');
const everyoneId = wordSet('semua', 'siapa', 'setiap', 'tiap');
const othersId = wordSet('orang', 'pun', 'juga', 'lain', 'pasti', 'kan', 'sih');
/** What everyone is said to do or be: "begitu", "pernah salah", "sama". */
const sameWords = wordSet(
  'begitu',
  'gitu',
  'begini',
  'gini',
  'sama',
  'pernah',
  'salah',
  'mengalami',
  'ngalamin',
  'telat',
);
const questionNouns = wordSet('question', 'pertanyaan', 'pertanyaannya');
const oddWords = wordSet('strange', 'weird', 'odd', 'loaded', 'unfair', 'aneh', 'menjebak');
const whyId = wordSet('kenapa', 'emang', 'memang', 'memangnya', 'emangnya');
const dutyId = wordSet('tugas', 'urusan', 'bagian', 'tanggung', 'kerjaan', 'wewenang');
const selfId = wordSet('saya', 'aku', 'gue', 'gua', 'gw');
const dutyEn = wordSet('job', 'department', 'responsibility', 'role', 'problem', 'area');

/** Indonesian: "namanya juga", "itu wajar", "masalah sepele"; the spread "semua orang juga begitu". */
function normalisedId(ctx: Ctx, s: SentenceView, minimises: Evidence[], spread: Evidence[]): void {
  const c = s.content;
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    const prev = c[j - 1]?.low ?? '';
    if (t.low === 'namanya' && c[j + 1]?.low === 'juga' && prev !== 'apa') {
      minimises.push(span(ctx.doc, t, c[j + 1] as Token));
    } else if (normalWords.has(t.low) && !notNormal.has(prev)) {
      const near = c.slice(Math.max(0, j - 3), j);
      if (near.some((w) => saidOf.has(w.low)) || j === c.length - 1) {
        minimises.push(span(ctx.doc, t));
      }
    } else if (trivialWords.has(t.low) && faultNouns.has(prev)) {
      // "kecil" only with "cuma/hanya" before: "masalah kecil di gudang" may be admitted.
      const only = ['cuma', 'cuman', 'hanya', 'sekadar'].includes(c[j - 2]?.low ?? '');
      if (t.low !== 'kecil' || only) minimises.push(span(ctx.doc, c[j - 1] as Token, t));
    } else if (everyoneId.has(t.low)) {
      // "semua orang juga begitu", "siapa pun pasti pernah salah": everyone within four words.
      let k = j + 1;
      while (k < c.length && k <= j + 3 && othersId.has((c[k] as Token).low)) k++;
      if (k > j + 1 && sameWords.has(c[k]?.low ?? '')) {
        spread.push(span(ctx.doc, t, c[k] as Token));
        j = k;
      }
    }
  }
}

/** "that's a strange question", "pertanyaannya aneh", "memangnya kenapa?". */
function questionJudged(ctx: Ctx, s: SentenceView, out: Evidence[]): void {
  const c = s.content;
  for (let j = 0; j < c.length; j++) {
    const t = c[j] as Token;
    if (questionNouns.has(t.low)) {
      const near = c.slice(Math.max(0, j - 2), j + 3);
      const odd = near.find((w) => oddWords.has(w.low));
      if (odd) {
        out.push(odd.start < t.start ? span(ctx.doc, odd, t) : span(ctx.doc, t, odd));
        return;
      }
    }
    // "memangnya kenapa?", "emang kenapa kalau ...": the interviewer asked why they ask.
    if (s.question && whyId.has(t.low) && c[j + 1]?.low === 'kenapa') {
      out.push(span(ctx.doc, t, c[j + 1] as Token));
      return;
    }
  }
}

/** "bukan tugas saya", "not my job", "my hands were tied", "above my pay grade". */
function dutyDenied(ctx: Ctx, s: SentenceView, out: Evidence[]): void {
  const c = s.content;
  for (let j = 0; j + 1 < c.length; j++) {
    const t = c[j] as Token;
    const a = c[j + 1] as Token;
    // The last pair has no third word: only "pay grade" ends a sentence.
    const b = c[j + 2] ?? a;
    if (t.low === 'bukan' && dutyId.has(a.low) && selfId.has(b.low)) {
      out.push(span(ctx.doc, t, b));
      return;
    }
    if (t.low === 'not' && a.low === 'my' && dutyEn.has(b.low)) {
      out.push(span(ctx.doc, t, b));
      return;
    }
    if (t.low === 'hands' && ['were', 'are'].includes(a.low) && b.low === 'tied') {
      out.push(span(ctx.doc, t, b));
      return;
    }
    if (t.low === 'pay' && a.low === 'grade' && ['above', 'beyond'].includes(c[j - 2]?.low ?? '')) {
      out.push(span(ctx.doc, c[j - 2] as Token, a));
      return;
    }
  }
}

/** Words one of which every shape holds: most sentences hold none and are not looked at. */
const triggers = wordSet(
  'namanya',
  ...normalWords,
  ...trivialWords,
  ...everyoneId,
  ...questionNouns,
  ...whyId,
  'bukan',
  'not',
  'hands',
  'pay',
);

/** The cues, by feature name: `faultNormalised`, `faultSpreadId`, `questionJudged`, `dutyDenied`. */
export function minimisingCues(ctx: Ctx, hits: CueHits): void {
  const en = ctx.input.language === 'en';
  const minimises: Evidence[] = [];
  const spread: Evidence[] = [];
  const judged: Evidence[] = [];
  const duty: Evidence[] = [];
  for (const s of ctx.sentences) {
    if (!s.content.some((t) => triggers.has(t.low))) continue;
    if (!en) normalisedId(ctx, s, minimises, spread);
    questionJudged(ctx, s, judged);
    dutyDenied(ctx, s, duty);
  }
  const named: [string, Evidence[]][] = [
    ['faultNormalised', minimises],
    ['faultSpreadId', spread],
    ['questionJudged', judged],
    ['dutyDenied', duty],
  ];
  for (const [name, evidence] of named)
    if (evidence.length > 0) hits.set(name, evidence.slice(0, 4));
}
