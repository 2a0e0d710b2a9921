/**
 * Defensive answers by sentence shape, for the learned model's defensive label:
 * - the premise denied: asked about a weakness, a failure, stress or criticism, the candidate
 *   says it does not happen to them ("I never really get stressed", "criticism rarely reaches
 *   me", "saya jarang punya masalah itu", "that has never happened to me");
 * - the question's point challenged: "I'm not sure why I'm being asked this", "I don't see why
 *   that matters", "nggak ngerti kenapa saya ditanya", or an answer that opens with a short
 *   question back ("Does it matter?").
 * Near misses: a weakness owned after the denial ("I rarely miss deadlines, but I do ..."), the
 * same words to a question about no fault ("I never get bored of data"), and a question back
 * that asks for facts ("Could you tell me the team size?").
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, type SentenceView, span } from './context';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Words of a question about something that went wrong or is lacking. */
const faultTopics = wordSet(
  'weakness',
  'weaknesses',
  'failure',
  'failed',
  'fail',
  'mistake',
  'mistakes',
  'criticism',
  'feedback',
  'stress',
  'stressed',
  'pressure',
  'conflict',
  'wrong',
  'lost',
  'badly',
  'difficult',
  'improve',
  'kelemahan',
  'kekurangan',
  'kegagalan',
  'gagal',
  'kesalahan',
  'salah',
  'kritik',
  'kritikan',
  'stres',
  'tekanan',
  'konflik',
);
const selves = wordSet('i', 'saya', 'aku', 'gue', 'gua', 'gw');
const denials = wordSet(
  'never',
  'rarely',
  'hardly',
  'seldom',
  'not',
  'jarang',
  'tidak',
  'nggak',
  'gak',
  'enggak',
  'ga',
  'tak',
);
/** Having, meeting or feeling the thing asked about. */
const experience = wordSet(
  'have',
  'had',
  'get',
  'got',
  'receive',
  'received',
  'feel',
  'felt',
  'struggle',
  'make',
  'made',
  'happen',
  'happened',
  'bother',
  'bothers',
  'punya',
  'mengalami',
  'ngalamin',
  'merasa',
  'ngerasa',
  'pernah',
  'dapat',
  'dapet',
  'stres',
);
const toWords = wordSet('to', 'pada', 'sama', 'ke');
const fillers = wordSet(
  'really',
  'ever',
  'actually',
  'usually',
  'benar-benar',
  'terlalu',
  'pernah',
);
const concessions = wordSet('but', 'though', 'although', 'however', 'tapi', 'namun', 'cuma');

export const asksAboutFault = (question: string): boolean =>
  question
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((w) => faultTopics.has(w));

function premiseDenied(ctx: Ctx, s: SentenceView, out: Evidence[]): void {
  const c = s.content;
  for (let j = 0; j + 1 < c.length; j++) {
    const t = c[j] as Token;
    // "never happened to me", "tidak pernah terjadi pada saya"
    const toMe =
      denials.has(t.low) &&
      (c[j + 1]?.low === 'happened' || c[j + 1]?.low === 'terjadi') &&
      toWords.has(c[j + 2]?.low ?? '') &&
      (selves.has(c[j + 3]?.low ?? '') || c[j + 3]?.low === 'me');
    let hit: Token | undefined;
    if (toMe) hit = c[j + 1];
    else if (selves.has(t.low)) {
      // "I (do) not (really) have", "saya jarang punya": a denial, then an experience verb.
      const d = c.slice(j + 1, j + 4).findIndex((w) => denials.has(w.low));
      if (d < 0) continue;
      let k = j + 2 + d;
      while (
        k < c.length &&
        fillers.has((c[k] as Token).low) &&
        !experience.has((c[k] as Token).low)
      )
        k++;
      if (c[k] && experience.has((c[k] as Token).low)) hit = c[k];
      else if (c[k] && fillers.has(c[k - 1]?.low ?? '') && c[k - 1]?.low === 'pernah')
        hit = c[k - 1];
    }
    if (!hit) continue;
    // A weakness owned right after it: "I rarely miss deadlines, but I do rush reviews."
    if (c.slice(j).some((w) => concessions.has(w.low))) return;
    out.push(span(ctx.doc, t, hit));
    return;
  }
}

const notSure = wordSet('sure', 'see', 'get', 'understand', 'know', 'ngerti', 'mengerti', 'paham');
const why = wordSet('why', 'kenapa', 'mengapa', 'ngapain');

function pointChallenged(ctx: Ctx, s: SentenceView, out: Evidence[]): void {
  const c = s.content;
  for (let j = 1; j + 1 < c.length; j++) {
    const t = c[j] as Token;
    if (!notSure.has(t.low) || !why.has(c[j + 1]?.low ?? '')) continue;
    if (!denials.has(c[j - 1]?.low ?? '') && !denials.has(c[j - 2]?.low ?? '')) continue;
    // "don't" is two tokens, "do" + "n't": the span starts at the whole word.
    const from = c[j - 1]?.clitic === true && j >= 2 ? (c[j - 2] as Token) : (c[j - 1] as Token);
    out.push(span(ctx.doc, from, c[j + 1] as Token));
    return;
  }
}

const pointWords = wordSet(
  'matter',
  'matters',
  'obvious',
  'seriously',
  'relevant',
  'why',
  'kenapa',
  'mengapa',
  'emang',
  'memangnya',
  'penting',
  'perlu',
  'point',
);
const backAux = wordSet('does', 'is', 'do', 'did', 'was');
const deictic = wordSet('it', 'that', 'this', 'not');

/** The names of this module's cues (without the "f:" prefix). */
export const ownDefenceCueNames = ['premiseDenied', 'pointChallenged'] as const;

/** The cues of this module, by feature name (without the "f:" prefix). */
export function ownDefenceCues(ctx: Ctx, hits: Map<string, Evidence[]>): void {
  const denied: Evidence[] = [];
  const challenged: Evidence[] = [];
  const fault = asksAboutFault(ctx.input.question);
  for (const s of ctx.sentences) {
    if (fault) premiseDenied(ctx, s, denied);
    pointChallenged(ctx, s, challenged);
  }
  // An answer that opens with a short question back at the point: "Does it matter?", "Is that
  // relevant?", "Emang penting?" (not a question to oneself: "What motivates me?").
  const first = ctx.sentences[0];
  const c = first?.content ?? [];
  if (first?.question && c.length > 0 && c.length <= 5 && ctx.sentences.length > 1) {
    const back =
      c.some((t) => pointWords.has(t.low)) ||
      (backAux.has(c[0]?.low ?? '') && deictic.has(c[1]?.low ?? ''));
    if (back) challenged.push(span(ctx.doc, c[0] as Token, c[c.length - 1] as Token));
  }
  if (denied.length > 0) hits.set('premiseDenied', denied.slice(0, 4));
  if (challenged.length > 0) hits.set('pointChallenged', challenged.slice(0, 4));
}
