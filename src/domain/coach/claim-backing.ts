/**
 * Whether a story backs a claimed trait by what it shows, not merely by being there: "saya
 * teliti" is backed by "saya mengecek ulang setiap faktur", not by "saya memimpin rapat".
 *
 * A trait belongs to a family (care for detail, leading, hard work, ...). Each family names the
 * words that claim it and the stems of actions that exhibit it, in both languages; the stems are
 * matched through the light morphology, so "memeriksa", "diperiksa" and "checked" all count. A
 * claim is backed by a sentence that narrates one of the candidate's own steps (the action
 * finder's evidence) and holds an action stem of the claim's family, outside the claim itself.
 * A claim whose trait is in no family (found by its frame only, "I'm a very <x> person") cannot
 * be judged by content: any step of the candidate's own story backs it, and the feedback says
 * which sentence.
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, type SentenceView, isEnPast, isIdAction } from './context';
import { lex } from './lexicon';
import { stems } from './morphology';
import { pastAspect } from './stance';
import type { Token } from './tokens';
import { lowFact } from './word-set';

interface TraitFamily {
  name: string;
  /** Words (stems) that claim the trait. */
  claims: readonly string[];
  /** Stems of actions that show it. */
  shows: readonly string[];
}

/** Written from what each trait means at work, in both languages; not from any labelled answer. */
const families: readonly TraitFamily[] = [
  {
    name: 'detail',
    claims: [
      'teliti',
      'telaten',
      'cermat',
      'detail',
      'careful',
      'thorough',
      'meticulous',
      'accurate',
    ],
    shows: [
      'cek',
      'check',
      'periksa',
      'teliti',
      'cocok',
      'verify',
      'verifikasi',
      'review',
      'audit',
      'proofread',
      'koreksi',
      'correct',
      'catch',
      'caught',
      'spot',
      'selisih',
      'discrepancy',
      'rekonsiliasi',
      'reconcile',
      'validasi',
      'validate',
      'checklist',
      'uji',
      'test',
      // What a careful eye catches: a step about errors shows care for detail.
      'ganda',
      'duplikat',
      'duplicate',
      'kesalahan',
      'error',
      'typo',
      'mistake',
    ],
  },
  {
    name: 'leading',
    claims: ['leader', 'pemimpin', 'leadership', 'kepemimpinan', 'pimpin'],
    shows: [
      'lead',
      'led',
      'pimpin',
      'koordinasi',
      'coordinate',
      'delegate',
      'delegasi',
      'arah',
      'arahkan',
      'mentor',
      'coach',
      'bimbing',
      'latih',
      'train',
      'trained',
      'manage',
      'kelola',
      'assign',
      'bagi',
      'motivate',
      'motivasi',
      'rally',
    ],
  },
  {
    name: 'hardWork',
    claims: [
      'rajin',
      'tekun',
      'ulet',
      'gigih',
      'tangguh',
      'keras',
      'hardworking',
      'hard-working',
      'worker',
      'diligent',
      'dedicated',
      'dedikasi',
      'committed',
      'resilient',
      'persistent',
    ],
    shows: [
      'lembur',
      'overtime',
      'weekend',
      'malam',
      'night',
      'late',
      'early',
      'extra',
      'tambahan',
      'persist',
      'bertahan',
      'terus',
      'kept',
      'push',
      'shift',
    ],
  },
  {
    name: 'learning',
    claims: ['learner', 'belajar', 'ilmu', 'learn', 'study'],
    shows: [
      'learn',
      'learnt',
      'ajar',
      'pelajari',
      'kursus',
      'course',
      'pelatihan',
      'training',
      'tutorial',
      'taught',
      'otodidak',
      'sertifikasi',
      'certification',
      'certified',
      'practice',
      'latihan',
      'baca',
      'read',
      'studied',
      'study',
    ],
  },
  {
    name: 'teamwork',
    claims: ['team', 'kooperatif', 'kerja sama', 'supel', 'bergaul', 'people', 'collaborative'],
    shows: [
      'bantu',
      'help',
      'bersama',
      'together',
      'share',
      'bagi',
      'gantikan',
      'cover',
      'support',
      'dukung',
      'collaborate',
      'kolaborasi',
      'pair',
      'ajak',
      'gandeng',
      'diskusi',
      'discuss',
    ],
  },
  {
    name: 'communication',
    claims: ['komunikatif', 'communicator', 'communication', 'komunikasi'],
    shows: [
      'jelas',
      'jelaskan',
      'explain',
      'presentasi',
      'present',
      'bicara',
      'talk',
      'talked',
      'telepon',
      'call',
      'tulis',
      'write',
      'wrote',
      'email',
      'rapat',
      'meeting',
      'negosiasi',
      'negotiate',
      'yakinkan',
      'persuade',
      'sampaikan',
      'dengar',
      'listen',
    ],
  },
  {
    name: 'creativity',
    claims: ['kreatif', 'inovatif', 'creative', 'innovative'],
    shows: [
      'ide',
      'idea',
      'gagas',
      'gagasan',
      'design',
      'desain',
      'rancang',
      'invent',
      'prototype',
      'prototipe',
      'eksperimen',
      'experiment',
      'redesign',
      'konsep',
      'concept',
    ],
  },
  {
    name: 'composure',
    claims: ['sabar', 'tenang', 'calm', 'patient', 'tekanan', 'pressure'],
    shows: [
      'dengar',
      'listen',
      'tenang',
      'calm',
      'marah',
      'angry',
      'keluh',
      'keluhan',
      'komplain',
      'complaint',
      'tekanan',
      'pressure',
      'deadline',
      'mendesak',
      'urgent',
      'krisis',
      'crisis',
      'maaf',
      'apologise',
      'apologize',
      'prioritas',
      'prioritise',
      'prioritize',
    ],
  },
  {
    name: 'discipline',
    claims: ['disiplin', 'punctual', 'organized', 'organised', 'terorganisir', 'waktu', 'deliver'],
    shows: [
      'jadwal',
      'schedule',
      'deadline',
      'tenggat',
      'rutin',
      'routine',
      'rencana',
      'plan',
      'planned',
      'kalender',
      'calendar',
      'checklist',
      'daftar',
      'prioritas',
      'prioritise',
      'prioritize',
      'tracker',
    ],
  },
  {
    name: 'adaptability',
    claims: ['fleksibel', 'adaptif', 'adaptable', 'flexible', 'adaptasi', 'sesuai'],
    shows: [
      'ubah',
      'change',
      'pindah',
      'switch',
      'alih',
      'sesuaikan',
      'adjust',
      'adapt',
      'transisi',
      'transition',
      'relocate',
      'baru',
      'new',
    ],
  },
  {
    name: 'honesty',
    claims: ['jujur', 'honest', 'trustworthy', 'percaya'],
    shows: ['akui', 'admit', 'lapor', 'report', 'transparan', 'confess', 'kembalikan', 'return'],
  },
  {
    name: 'initiative',
    claims: [
      'proaktif',
      'proactive',
      'inisiatif',
      'self-starter',
      'self-motivated',
      'mandiri',
      'independent',
      'go-getter',
      'motivated',
      'ambitious',
      'ambisius',
      'driven',
    ],
    shows: [
      'inisiatif',
      'initiative',
      'sukarela',
      'volunteer',
      'tawarkan',
      'usul',
      'usulkan',
      'propose',
      'initiate',
      'sendiri',
      'own',
    ],
  },
  {
    name: 'problemSolving',
    claims: ['solutif', 'solver', 'problem-solver'],
    shows: [
      'selesaikan',
      'solve',
      'pecahkan',
      'perbaiki',
      'fix',
      'benahi',
      'akar',
      'root',
      'diagnose',
      'troubleshoot',
      'analisis',
      'analyse',
      'analyze',
      'workaround',
      'solusi',
      'solution',
    ],
  },
  {
    name: 'reliability',
    claims: [
      'tanggung',
      'reliable',
      'dependable',
      'diandalkan',
      'andal',
      'loyal',
      'profesional',
      'professional',
    ],
    shows: [
      'tanggung',
      'responsibility',
      'tangani',
      'handle',
      'handled',
      'deliver',
      'kirim',
      'selesai',
      'finish',
      'gantikan',
      'cover',
      'pastikan',
      'ensure',
      'bertahan',
      'stayed',
    ],
  },
];

const claimIndex = new Map<string, TraitFamily[]>();
const showIndex = new Map<string, TraitFamily[]>();
for (const f of families) {
  for (const w of f.claims) claimIndex.set(w, [...(claimIndex.get(w) ?? []), f]);
  for (const w of f.shows) showIndex.set(w, [...(showIndex.get(w) ?? []), f]);
}

/** Stems of a word, with the casual "ku-"/"kau-" agent prefix undone ("kupimpin" → "pimpin"). */
const wordStems = lowFact((low): readonly string[] => {
  const base = stems(low);
  const agent = /^(kau|ku)(\p{L}{4,})$/u.exec(low);
  return agent?.[2] ? [...base, ...stems(agent[2])] : base;
});

function familiesOf(tokens: readonly Token[], index: Map<string, TraitFamily[]>): TraitFamily[] {
  const out = new Set<TraitFamily>();
  for (const t of tokens) {
    for (const s of wordStems(t)) for (const f of index.get(s) ?? []) out.add(f);
  }
  return [...out];
}

export interface ClaimBacking {
  claim: Evidence;
  /** The trait family the claim names, or null when its trait is in no family. */
  trait: string | null;
  /** The sentence of the candidate's own story that shows the trait, or null. */
  backedBy: Evidence | null;
}

const inside = (e: Evidence, s: SentenceView) =>
  e.start >= s.sentence.start && e.start < s.sentence.end;

function sentenceEvidence(ctx: Ctx, s: SentenceView): Evidence {
  const text = ctx.doc.text.slice(s.sentence.start, s.sentence.end);
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const start = s.sentence.start + lead;
  return { text: trimmed, start, end: start + trimmed.length };
}

/** One claim per span: "saya orangnya teliti" found by its frame holds "teliti" found by its word. */
function outermost(claims: readonly Evidence[]): Evidence[] {
  return claims.filter(
    (c, i) =>
      !claims.some(
        (o, j) =>
          j !== i &&
          o.start <= c.start &&
          o.end >= c.end &&
          (o.end - o.start > c.end - c.start || j < i),
      ),
  );
}

/** Modals of a plan or a wish, not a step taken (episode.ts adds "'d"). */
export const hypothetical: ReadonlySet<string> = new Set([
  'would',
  'will',
  'should',
  'could',
  'akan',
  'bakal',
  'harus',
  'mau',
  'ingin',
]);

/**
 * A first-person sentence with a past (en) or active (id) verb and no modal: "I studied for the
 * licence and taught myself the system", whose verb the action finder may not read as a step.
 * Indonesian verbs carry no tense, so there the sentence must also mark the past ("sudah",
 * "pernah") or hold the scene itself ("Tahun lalu di gudang, saya mencocokkan ...").
 */
function narratesOwnStep(ctx: Ctx, s: SentenceView, anchored: boolean): Evidence[] {
  if (s.question) return [];
  const c = s.content;
  if (c.some((t) => hypothetical.has(t.low))) return [];
  const me = c.findIndex((t) => lex.firstPerson.has(t.low));
  if (me < 0) return [];
  const english = ctx.input.language === 'en';
  if (!english && !anchored && !c.some((t) => pastAspect.has(t.low))) return [];
  const verb = c.slice(me + 1).find((t) => (english ? isEnPast(t) : isIdAction(t)));
  return verb ? [{ text: verb.text, start: verb.start, end: verb.end }] : [];
}

/**
 * For every trait claim, the sentence of the candidate's own story that shows it, if any.
 * `found` are the spans of the candidate's own past actions (the action finder's evidence);
 * `scene` the spans that set the situation (empty when the answer sets none): within a scene,
 * other first-person narrated sentences count as steps too.
 */
export function backClaims(
  ctx: Ctx,
  claims: readonly Evidence[],
  found: readonly Evidence[],
  scene: readonly Evidence[],
): ClaimBacking[] {
  if (claims.length === 0) return [];
  const steps =
    scene.length === 0
      ? found
      : [
          ...found,
          ...ctx.sentences.flatMap((s) =>
            narratesOwnStep(
              ctx,
              s,
              scene.some((e) => inside(e, s)),
            ),
          ),
        ];
  const storySentences = ctx.sentences.filter((s) => steps.some((e) => inside(e, s)));
  return outermost(claims).map((claim) => {
    const claimTokens = ctx.doc.tokens.filter((t) => t.start >= claim.start && t.end <= claim.end);
    const named = familiesOf(claimTokens, claimIndex);
    const trait = named[0]?.name ?? null;
    for (const s of storySentences) {
      const rest = s.content.filter((t) => t.end <= claim.start || t.start >= claim.end);
      // Nothing of the sentence beyond the claim: the claim cannot back itself.
      if (!steps.some((e) => inside(e, s) && (e.end <= claim.start || e.start >= claim.end)))
        continue;
      if (named.length === 0) return { claim, trait, backedBy: sentenceEvidence(ctx, s) };
      const shown = familiesOf(rest, showIndex);
      if (shown.some((f) => named.includes(f))) {
        return { claim, trait, backedBy: sentenceEvidence(ctx, s) };
      }
    }
    const told = trait && broadTraits.has(trait) && toldNext(ctx, claim, storySentences);
    return { claim, trait, backedBy: told ? sentenceEvidence(ctx, told) : null };
  });
}

/**
 * Traits that any of one's own steps told right after the claim shows: being responsible is
 * shown by doing what one had to ("saya menghitung ulang semua rak"), whatever the step; being
 * careful or a leader only by steps of that kind ("teliti" is not shown by chairing a meeting).
 */
const broadTraits = new Set(['reliability']);

/** How many sentences after a claim may tell the story that backs it. */
const NEXT_SENTENCES = 2;

/**
 * The claim-then-proof shape: "Saya orang yang bertanggung jawab. Waktu stok selisih, saya
 * menghitung ulang semua rak ...": the sentences right after the claim tell what the candidate
 * did. A story elsewhere in the answer (before the claim, or far after it) does not.
 */
function toldNext(
  ctx: Ctx,
  claim: Evidence,
  storySentences: readonly SentenceView[],
): SentenceView | undefined {
  const at = ctx.sentences.find((s) => inside(claim, s));
  if (!at) return undefined;
  return storySentences.find((s) => s.index > at.index && s.index <= at.index + NEXT_SENTENCES);
}
