/**
 * Sarcasm cues, in Indonesian and English, for the tone of the feedback: an interviewer hears
 * irony as bitterness, whatever the words say.
 *   - Ironic assent: an interjection then a word of agreement or delight ("oh sure", "yeah
 *     right", "oh great", "ya kali", "iya deh", "wah hebat").
 *   - A positive evaluative verb of one's own about a bad situation ("I just love working
 *     weekends for free", "aku seneng banget lembur nggak dibayar"): the praise and the
 *     situation clash.
 *   - Scare quotes around a word of praise or of a role ("our 'flexible' hours", 'si "senior"').
 * Near misses: sincere liking of a hard part of the work ("I love solving hard bugs"), plain
 * assent ("Yes, sure, I can start Monday"), quotes of what someone said.
 */
import type { Evidence } from './answer-analysis';
import { type Ctx, span } from './context';
import { lex } from './lexicon';
import type { Token } from './tokens';
import { wordSet } from './word-set';

const interjections = wordSet('oh', 'ooh', 'yeah', 'yea', 'ya', 'iya', 'wah', 'wow', 'ah', 'yah');
/** What follows the interjection in ironic assent; "ya" alone is Indonesian for "yes". */
const ironicAssent = wordSet(
  'sure',
  'right',
  'great',
  'wonderful',
  'lovely',
  'perfect',
  'brilliant',
);
const idIronicAssent = wordSet(
  'kali',
  'deh',
  'hebat',
  'keren',
  'mantap',
  'pinter',
  'pintar',
  'bagus',
);
/** "iya deh" is also a casual "OK then": ironic only at the end of a retort. */
const weakAssent = wordSet('deh');

const lovingVerbs = wordSet(
  'love',
  'loved',
  'adore',
  'enjoy',
  'enjoyed',
  'suka',
  'seneng',
  'senang',
  'demen',
  'doyan',
  'hobi',
);
const intensifiers = wordSet(
  'just',
  'really',
  'totally',
  'absolutely',
  'simply',
  'so',
  'banget',
  'sekali',
  'sangat',
  'paling',
);
/**
 * What nobody enjoys at work: unpaid or endless work, blame, being ignored, being called at
 * night. The loved object names one of these.
 */
const badSituations = wordSet(
  'unpaid',
  'free',
  'weekend',
  'weekends',
  'overtime',
  'midnight',
  'ignored',
  'blamed',
  'yelled',
  'micromanaged',
  'endless',
  'pointless',
  'last-minute',
  'gratis',
  'lembur',
  'dimarahin',
  'dimarahi',
  'disalahin',
  'disalahkan',
  'dicuekin',
  'diomelin',
  'ditelepon',
  'ditelpon',
  'dadakan',
  'tengah',
  'libur',
  'potong',
  'dipotong',
);
/** "for free", "nggak dibayar", "tanpa dibayar": unpaid, said in words. */
function unpaid(c: readonly Token[], j: number): boolean {
  const t = c[j] as Token;
  const prev = c[j - 1]?.low ?? '';
  if (t.low === 'dibayar' || t.low === 'digaji')
    return ['nggak', 'gak', 'tidak', 'tanpa', 'ga'].includes(prev);
  return false;
}
/** Words of praise or of rank that scare quotes turn around. */
const praiseInQuotes = wordSet(
  'flexible',
  'family',
  'visionary',
  'genius',
  'leader',
  'leadership',
  'senior',
  'expert',
  'professional',
  'fleksibel',
  'kekeluargaan',
  'keluarga',
  'profesional',
  'bijak',
  'pintar',
  'hebat',
  'ahli',
  'pemimpin',
  'atasan',
  'mentor',
  'culture',
  'budaya',
  'opportunity',
  'kesempatan',
  'bonus',
  'apresiasi',
);

function ironicAssentAt(c: readonly Token[], j: number): number {
  const t = c[j] as Token;
  if (!interjections.has(t.low)) return -1;
  const next = c[j + 1];
  if (!next) return -1;
  if (ironicAssent.has(next.low)) {
    // "Yeah, sure, I can" and "ya, great question" are plain; after "oh", "yeah right" it is not.
    const plain = ['i', 'we', 'question'].includes(c[j + 2]?.low ?? '') && t.low !== 'oh';
    return plain && next.low !== 'right' ? -1 : j + 1;
  }
  if (!idIronicAssent.has(next.low)) return -1;
  // "iya deh" is ironic when it closes a retort ("Semua ke saya. Iya deh."), a plain "OK then"
  // when something follows; "ya kali" is always a retort.
  if (weakAssent.has(next.low) && c.length > j + 2) return -1;
  if (t.low === 'ya' && next.low !== 'kali') return -1;
  return j + 1;
}

/**
 * Times that are bad only for work: "love working weekends" clashes, "love cooking on weekends"
 * is a hobby.
 */
const offHours = wordSet('weekend', 'weekends', 'midnight', 'libur', 'tengah');

/** The loved thing is a bad situation within five words: "love working weekends for free". */
function lovesTheBad(c: readonly Token[], j: number): number {
  if (!lovingVerbs.has((c[j] as Token).low)) return -1;
  for (let k = j + 1; k < c.length && k <= j + 6; k++) {
    const word = (c[k] as Token).low;
    if (offHours.has(word) && !c.slice(j + 1, k).some((t) => lex.workWords.has(t.low))) continue;
    if (badSituations.has(word) || unpaid(c, k)) return k;
  }
  return -1;
}

const selves = wordSet('i', 'saya', 'aku', 'gue', 'gua', 'gw', 'we', 'kami');

export function findSarcasm(ctx: Ctx): Evidence[] {
  const out: Evidence[] = [];
  for (const s of ctx.sentences) {
    const c = s.content;
    for (let j = 0; j < c.length; j++) {
      const assent = ironicAssentAt(c, j);
      if (assent >= 0) {
        out.push(span(ctx.doc, c[j] as Token, c[assent] as Token));
        continue;
      }
      const bad = lovesTheBad(c, j);
      if (bad < 0) continue;
      // The candidate loves it: "I (just) love", "aku seneng banget", not "customers love".
      let k = j - 1;
      while (k >= 0 && intensifiers.has((c[k] as Token).low)) k--;
      const who = c[k];
      if (who && selves.has(who.low)) out.push(span(ctx.doc, who, c[bad] as Token));
    }
  }
  const text = ctx.doc.text;
  if (!/["“'‘]/.test(text)) return out;
  const quotes = /["“]([^"“”]{1,30})["”]|(?<!\p{L})['‘]([^'‘’]{1,30})['’](?!\p{L})/gu;
  for (const m of text.matchAll(quotes)) {
    const inner = (m[1] ?? m[2] ?? '')
      .toLowerCase()
      .split(/[^\p{L}-]+/u)
      .filter(Boolean);
    if (inner.length > 3 || !inner.some((w) => praiseInQuotes.has(w))) continue;
    const start = m.index ?? 0;
    out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}
