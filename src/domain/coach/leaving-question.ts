/**
 * Whether a question asks why the candidate leaves (or left) a job, from its shape rather than
 * from a list of questions: a question of reason ("why", "what made you", "kenapa", "apa
 * alasan") about a change of job, said as a verb of leaving ("leave", "resign", "quit", "move
 * on", "keluar", "berhenti", "pindah", "cabut") or as seeking something new ("looking for a new
 * role", "cari kerja baru", "ganti kantor").
 * Near misses: "What are you looking for in your next role?" (no reason asked), "Why do you want
 * to work here?" (no change of job), "Kenapa kamu mau keluar dari zona nyaman?" (an idiom).
 */
import { wordSet } from './word-set';

/** Words that ask for a reason on their own. */
const reasonWords = wordSet(
  'why',
  'reason',
  'reasons',
  'kenapa',
  'mengapa',
  'alasan',
  'alasannya',
  'knp',
  'ngapain',
);
/** "What made you", "what prompted you", "apa yang membuat": a reason asked through a cause. */
const causeVerbs = wordSet(
  'made',
  'makes',
  'make',
  'prompted',
  'prompts',
  'led',
  'leads',
  'drove',
  'drives',
  'pushed',
  'motivated',
  'motivates',
  'membuat',
  'bikin',
  'mendorong',
  'memicu',
);
const whatWords = wordSet('what', 'apa', 'yang');
/** Verbs of leaving a job. */
const leaveVerbs = wordSet(
  'leave',
  'leaving',
  'left',
  'quit',
  'quitting',
  'resign',
  'resigned',
  'resigning',
  'resignation',
  'departure',
  'exit',
  'keluar',
  'resign',
  'berhenti',
  'pindah',
  'cabut',
  'hengkang',
  'mundur',
  'meninggalkan',
  'tinggalkan',
  'ninggalin',
  'resain',
);
/** "move on", "moving on": leaving said as a phrasal verb. */
const moveVerbs = wordSet('move', 'moving', 'moved');
/** Verbs of changing what one works at: "change jobs", "ganti kantor", "switch companies". */
const changeVerbs = wordSet('change', 'changing', 'switch', 'switching', 'ganti', 'pindah');
/** What one leaves or seeks anew. */
const jobNouns = wordSet(
  'job',
  'jobs',
  'role',
  'roles',
  'position',
  'opportunity',
  'opportunities',
  'challenge',
  'challenges',
  'company',
  'companies',
  'employer',
  'employers',
  'career',
  'careers',
  'kerja',
  'kerjaan',
  'pekerjaan',
  'kantor',
  'perusahaan',
  'tempat',
  'posisi',
  'peluang',
  'kesempatan',
  'tantangan',
  'karier',
  'karir',
);
const newWords = wordSet('new', 'next', 'different', 'another', 'baru', 'lain');
/** "keluar dari zona nyaman", "out of your comfort zone": leaving that is not a job. */
const idiomNouns = wordSet('zona', 'zone', 'comfort');

function wordsOf(question: string): string[] {
  return question
    .toLowerCase()
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean);
}

/** A reason is asked: "why", "alasan", or "what ... made/prompted you", "apa yang membuat". */
function asksReason(w: readonly string[]): boolean {
  if (w.some((x) => reasonWords.has(x))) return true;
  return w.some(
    (x, i) => causeVerbs.has(x) && w.slice(Math.max(0, i - 3), i).some((y) => whatWords.has(y)),
  );
}

/** A change of job is spoken of: leaving, moving on, or seeking a new job. */
function speaksOfLeaving(w: readonly string[]): boolean {
  for (let i = 0; i < w.length; i++) {
    const x = w[i] as string;
    const after = w.slice(i + 1, i + 4);
    if (leaveVerbs.has(x) && !after.some((y) => idiomNouns.has(y))) return true;
    if (moveVerbs.has(x) && w[i + 1] === 'on') return true;
    if (changeVerbs.has(x) && after.some((y) => jobNouns.has(y))) return true;
    // "a new role", "kerja baru", "tempat lain": what one looks for when leaving.
    if (newWords.has(x) && (jobNouns.has(w[i + 1] ?? '') || jobNouns.has(w[i - 1] ?? '')))
      return true;
  }
  return false;
}

const known = new Map<string, boolean>();

/** Whether the question asks why the candidate leaves or left a job. */
export function asksWhyLeaving(question: string): boolean {
  let hit = known.get(question);
  if (hit === undefined) {
    const w = wordsOf(question);
    hit = asksReason(w) && speaksOfLeaving(w);
    if (known.size >= 5_000) known.clear();
    known.set(question, hit);
  }
  return hit;
}
