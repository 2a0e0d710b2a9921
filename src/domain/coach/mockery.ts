/**
 * Criticism of someone at work told as a joke, by sentence shape, for the learned model's
 * negativeFormer label:
 * - a mocking skill or habit: a talent, a hobby or an idea of something pinned on someone else,
 *   whose content is a failing ("he had a talent for losing signed forms", "bosnya ahli menunda
 *   keputusan", "hobinya lempar kerjaan", "her idea of a plan was hoping");
 * - praise taken back by a whim: "baik kok, kalau lagi mau", "helpful when he felt like it",
 *   "the bonus came if they remembered";
 * - blame put on them bluntly: "they dumped it on us and disappeared", "the vendors were the
 *   problem", "blamed us for everything", "suka lempar tanggung jawab".
 * Near misses: the same frames with a real skill ("a talent for calming angry customers",
 * "jago negosiasi"), the candidate's own habit or failing ("my habit of delaying replies",
 * "I was the problem"), and fair words about a hard boss ("strict but fair").
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, type SentenceView, span } from './context';
import { negationWords } from './negation';
import { type IsOther, partiesOf, partyAt, partyBefore, selfSubjects } from './party-scan';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Frames of a skill, a habit or an idea of something. */
const skillFrames = wordSet(
  'talent',
  'gift',
  'knack',
  'expert',
  'specialty',
  'speciality',
  'master',
  'hobby',
  'habit',
  'idea',
  'hobi',
  'hobinya',
  'ahli',
  'jago',
  'pakar',
  'spesialis',
  'bakat',
  'bakatnya',
  'keahliannya',
  'andalannya',
  'jurusnya',
  'kebiasaannya',
);
/**
 * Failings a mocking frame names: avoiding, delaying, blaming, vanishing, forgetting, shouting,
 * hoping instead of planning. Written from what a bad boss does, not from any labelled answer.
 */
const failings = wordSet(
  'delay',
  'delaying',
  'postponing',
  'avoiding',
  'avoid',
  'blaming',
  'blame',
  'dumping',
  'disappearing',
  'vanishing',
  'ignoring',
  'forgetting',
  'losing',
  'cancelling',
  'canceling',
  'complaining',
  'yelling',
  'shouting',
  'micromanaging',
  'praying',
  'hoping',
  'wishing',
  'napping',
  'gossiping',
  'promising',
  'passing',
  'taking',
  'menunda',
  'nunda',
  'tunda',
  'lempar',
  'melempar',
  'ngelempar',
  'menghilang',
  'ngilang',
  'hilang',
  'lupa',
  'marah',
  'marah-marah',
  'ngomel',
  'menyalahkan',
  'nyalahin',
  'ngeles',
  'janji',
  'tidur',
  'gosip',
  'ngegosip',
  'membatalkan',
  'batalin',
  'mengeluh',
  'ngeluh',
  'berdoa',
  'nyuruh',
  'menyuruh',
);
const negations = wordSet(negationWords);
/** The candidate and their own group: a habit of theirs is no badmouthing. */
const selves = wordSet('i', 'my', 'me', 'we', 'our', 'saya', 'aku', 'gue', 'gua', 'gw', 'kami');

/** Someone else named in the sentence before this word, and not the candidate after them. */
const otherBefore = (c: readonly Token[], j: number, isOther: IsOther): boolean =>
  partyBefore(c, j, isOther, { selves: selfSubjects, window: 12 }) !== undefined;

/** "hobinya ...", "kebiasaannya ...": owned by someone already named, this sentence or the last. */
const ownedByThem = (t: Token) => t.low.endsWith('nya') && t.low.length > 5;

function mockingSkill(
  ctx: Ctx,
  s: SentenceView,
  previousAboutOthers: boolean,
  isOther: IsOther,
  out: Evidence[],
): void {
  const c = s.content;
  for (let j = 0; j < c.length; j++) {
    const frame = c[j] as Token;
    if (!skillFrames.has(frame.low)) continue;
    const owner =
      otherBefore(c, j, isOther) || (ownedByThem(frame) && (previousAboutOthers || j > 0));
    if (!owner || selves.has(c[j - 1]?.low ?? '')) continue;
    // The failing the skill is in, within a few words: "for losing", "menunda keputusan".
    for (let k = j + 1; k < Math.min(c.length, j + 7); k++) {
      const t = c[k] as Token;
      if (failings.has(t.low) || negations.has(t.low)) {
        out.push(span(ctx.doc, frame, t));
        break;
      }
    }
  }
}

/** Conditions that make praise depend on a whim: "kalau lagi mau", "when he felt like it". */
const conditions = wordSet('kalau', 'kalo', 'klo', 'asal', 'when', 'if', 'whenever');
const whims = wordSet(
  'mau',
  'mood',
  'ingat',
  'inget',
  'felt',
  'feels',
  'remembered',
  'remembers',
  'bothered',
  'lucky',
);

function grudgingCondition(ctx: Ctx, s: SentenceView, aboutOthers: boolean, out: Evidence[]): void {
  if (!aboutOthers) return;
  const c = s.content;
  for (let j = 0; j < c.length; j++) {
    if (!conditions.has((c[j] as Token).low)) continue;
    // The whim within three words of the condition: "kalau lagi mau", "when he felt like it".
    for (let k = j + 1; k < Math.min(c.length, j + 4); k++) {
      const t = c[k] as Token;
      if (!whims.has(t.low)) continue;
      // "if I remembered": the candidate's own memory, not their whim.
      if (c.slice(j + 1, k).some((w) => selves.has(w.low))) break;
      out.push(span(ctx.doc, c[j] as Token, t));
      return;
    }
  }
}

/** Verbs of putting work or blame on someone: "dumped it on us", "lempar kerjaan". */
const offloading = wordSet('dumped', 'dumps', 'offloaded', 'lempar', 'melempar', 'ngelempar');
const onto = wordSet('on', 'onto', 'ke', 'kepada');
const blaming = wordSet('blamed', 'blames', 'menyalahkan', 'nyalahin', 'nyalahkan');
/** "... were the problem", "... biang masalahnya". */
const problemNouns = wordSet('problem', 'issue', 'biang');

function blameOnOthers(ctx: Ctx, s: SentenceView, isOther: IsOther, out: Evidence[]): void {
  const c = s.content;
  for (let j = 1; j < c.length; j++) {
    const t = c[j] as Token;
    // The word first: looking back for a party at every word costs a dozen tests each.
    if (!offloading.has(t.low) && !blaming.has(t.low) && !problemNouns.has(t.low)) continue;
    if (!otherBefore(c, j, isOther)) continue;
    if (offloading.has(t.low)) {
      // "dumped it on us", "lempar kerjaan ke bawahan": the load lands on someone.
      const lands = c.slice(j + 1, j + 5).find((w) => onto.has(w.low));
      if (lands || ctx.input.language === 'id') out.push(span(ctx.doc, t, lands ?? t));
    } else if (blaming.has(t.low)) {
      out.push(span(ctx.doc, t));
    } else if (
      problemNouns.has(t.low) &&
      c[j - 1]?.low === 'the' &&
      (c[j - 2]?.low === 'were' || c[j - 2]?.low === 'was')
    ) {
      out.push(span(ctx.doc, c[j - 2] as Token, t));
    }
  }
}

/** The cues of this module, by feature name (without the "f:" prefix). */
export function mockeryCues(ctx: Ctx, knownOther: IsOther, hits: Map<string, Evidence[]>): void {
  const en = ctx.input.language === 'en';
  const skills: Evidence[] = [];
  const whims: Evidence[] = [];
  const blame: Evidence[] = [];
  let previousAboutOthers = false;
  for (const s of ctx.sentences) {
    const c = s.content;
    const isOther = partiesOf(c, knownOther, en);
    // With the index at hand: no search of the sentence for each word.
    const aboutOthers = c.some(partyAt(c, knownOther, en));
    mockingSkill(ctx, s, previousAboutOthers, isOther, skills);
    // The party may be in the sentence before: "Manajemennya baik kok... kalau lagi mau."
    grudgingCondition(ctx, s, aboutOthers || previousAboutOthers, whims);
    blameOnOthers(ctx, s, isOther, blame);
    previousAboutOthers = aboutOthers;
  }
  if (skills.length > 0) hits.set('mockingSkill', skills.slice(0, 4));
  if (whims.length > 0) hits.set('grudgingCondition', whims.slice(0, 4));
  if (blame.length > 0) hits.set('blameOnOthers', blame.slice(0, 4));
}
