/**
 * Defensive shapes without the obvious words ("not my fault", "no weaknesses"), for the learned
 * model, in both languages:
 * - the candidate's own part made small: "I just deployed what was handed to me", "saya cuma
 *   execute", "saya hanya menjalankan perintah", "that's the process";
 * - the failure made everyone's, to a question about a fault: "anyone in my seat would have
 *   signed it", "nobody could hit them, not just me", "siapa pun pengawasnya, hasilnya sama",
 *   "bukan cuma saya";
 * - a rhetorical question back at the interviewer: "would you stay somewhere that ...?",
 *   "isn't it?", "what else was I supposed to do?", "masa semua harus saya telan?", "membengkak
 *   gimana maksudnya?" (not "do you mean the Q3 launch?", a question to clarify);
 * and the opposite, the fault owned ("that was my mistake", "I should have", "saya juga yang
 *   memutuskan", "kesalahan saya"; not "not my fault", "bukan salah saya").
 * Near misses: a duty told plainly ("I followed the SOP and ...") shrinks nothing; "everyone on
 * the team could see the board" spreads no fault (asked only to a question about one).
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, type SentenceView, span } from './context';
import type { CueHits } from './general-method';
import { lex } from './lexicon';
import { asksAboutFault } from './own-defence';
import { findPhrases, phraseSet } from './phrases';
import type { Token } from './tokens';

const roleShrunk = phraseSet([
  'i|we just|only|merely|simply * what|as i|we? was|were? handed|given|told|asked|instructed',
  'i|we just|only|merely|simply did|followed|executed|signed|deployed|ran|implemented what|as|orders|instructions',
  'just|only did|doing what i|we was|were? told|asked|paid',
  "that is|'s the process|procedure",
  'saya|aku|gue|kami cuma|hanya|cuman|sekadar|tinggal execute|eksekusi|jalanin|menjalankan|ikut|ikutin|mengikuti|ngikutin|nurut|menuruti|pelaksana|disuruh|diminta',
  'saya|aku|kami tetap|cuma|hanya jalanin|menjalankan|kerjakan|mengerjakan sesuai brief|perintah|arahan|instruksi|permintaan',
  'yang disuruh|diminta aja|saja',
]);

const spread = phraseSet([
  'anyone|anybody|nobody|everyone|everybody .. would|could|did|will',
  'no one .. would|could|did',
  'any other * would|could',
  'in my seat|shoes|position|place would|could',
  'not just|only me',
  'siapa pun .. akan|bakal|pasti|juga|nggak|tidak|gak',
  'siapapun .. akan|bakal|pasti|juga|nggak|tidak|gak',
  'bukan cuma|hanya|cuman|doang saya|aku|gue',
  'semua * juga? ngalamin|mengalami|kena',
]);

const rhetorical = phraseSet([
  'would not? you',
  'do not you',
  'is|was not it|that',
  'what else was|were|could|should|would i|we',
  "what is|'s wrong with",
  'how was|were|could|would i|we supposed|expected|meant',
  'masa',
  'gimana|bagaimana maksudnya',
  'maksudnya apa|gimana',
  'apa salahnya',
  'salahnya di mana|dimana',
  'harusnya gimana|bagaimana',
  'terus|lalu saya|aku harus gimana|bagaimana|apa',
]);
/** A question to clarify is not one thrown back: "do you mean ...?", "yang mana?". */
const clarifying = phraseSet([
  'do you mean',
  'you mean',
  'maksud bapak|ibu|anda|kakak',
  'yang mana',
  'which one',
]);

const owned = phraseSet([
  'my own? fault|mistake|call|responsibility|bad|error|decision|oversight',
  'i was wrong',
  'i should have',
  'i admit|admitted',
  'i realised|realized that? i',
  'i realised|realized that|it was|is',
  'i take|took responsibility|ownership|the blame',
  'salah|kesalahan|keputusan|kelalaian saya|aku|gue',
  'saya|aku|gue juga? yang salah|keliru|lalai|memutuskan|lupa|telat|kurang',
  'saya|aku akui|mengakui|ngaku',
]);

const matches = (
  ctx: Ctx,
  s: SentenceView,
  set: ReturnType<typeof phraseSet>,
  out: Evidence[],
): boolean => {
  const c = s.content;
  const found = findPhrases(set, c);
  for (const m of found) out.push(span(ctx.doc, c[m.first] as Token, c[m.last - 1] as Token));
  return found.length > 0;
};

/** A negation just before the match: "not my fault", "bukan salah saya". */
function negatedBefore(s: SentenceView, from: number): boolean {
  const c = s.content;
  return [c[from - 1], c[from - 2]].some((t) => t !== undefined && lex.negation.has(t.low));
}

/** The names of this module's cues (without the "f:" prefix). */
export const shiftedFaultCueNames = [
  'ownRoleShrunk',
  'faultMadeEveryones',
  'askedBackRhetorically',
  'faultOwned',
] as const;

/** The cues of this module, by feature name (without the "f:" prefix). */
export function shiftedFaultCues(ctx: Ctx, hits: CueHits): void {
  const shrunk: Evidence[] = [];
  const everyone: Evidence[] = [];
  const asked: Evidence[] = [];
  const owns: Evidence[] = [];
  const fault = asksAboutFault(ctx.input.question);
  for (const s of ctx.sentences) {
    matches(ctx, s, roleShrunk, shrunk);
    if (fault) matches(ctx, s, spread, everyone);
    if (s.question && findPhrases(clarifying, s.content).length === 0)
      matches(ctx, s, rhetorical, asked);
    for (const m of findPhrases(owned, s.content)) {
      if (negatedBefore(s, m.first)) continue;
      owns.push(span(ctx.doc, s.content[m.first] as Token, s.content[m.last - 1] as Token));
    }
  }
  if (shrunk.length > 0) hits.set('ownRoleShrunk', shrunk.slice(0, 4));
  if (everyone.length > 0) hits.set('faultMadeEveryones', everyone.slice(0, 4));
  if (asked.length > 0) hits.set('askedBackRhetorically', asked.slice(0, 4));
  if (owns.length > 0) hits.set('faultOwned', owns.slice(0, 4));
}
