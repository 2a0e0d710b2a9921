/**
 * Whether an answer that judges someone names the candidate's employer at all. A hard client,
 * a demanding patient or "some companies" / "banyak perusahaan" in general are not a former
 * employer, boss, colleague or company: criticism of them is a problem told or an opinion, not
 * badmouthing (negativeFormer). The check is narrow: it applies only to answers that name such
 * outsiders or companies in general and no employer of the candidate's own.
 */
import type { Ctx } from './context';
import { lex } from './lexicon';
import { isOutsider, outsiders } from './outsiders';
import { workplaceWords } from './work-context';
import type { Token } from './tokens';
import { keyIn, lowIn, wordList, wordSet } from './word-set';

/** Employer words that are no party of the candidate's own, whoever says them. */
const notParty = wordSet('people', 'orang', 'place');
/**
 * The candidate's own employer, colleagues, workplace, job and pay: the employer lexicon with the
 * workplaces, people at work and occupations of work-context.ts (customers and clients aside),
 * and a few more words that only one's own job has (pay, overtime, a uniform).
 */
const ownWords = wordList(
  wordSet(
    [...lex.employer].filter((w) => !notParty.has(w)),
    [...workplaceWords].filter((w) => !outsiders.has(w)),
    'job jobs pekerjaan kerjaan kerja bekerja sana situ designer designers desainer teammate teammates editor copywriter junior partner partners asisten assistant gm pm bagian produksi sekolah smp sma smk school rs gaji salary lembur overtime bonus insentif kontrak contract bpjs seragam uniform staf staff karyawan pegawai'.split(
      ' ',
    ),
  ),
);
/** Quantifiers that make an employer word general: "some companies", "banyak perusahaan". */
const generalBefore = wordList(
  wordSet(
    'some many most other lots plenty several certain few such'.split(' '),
    'banyak beberapa sebagian kebanyakan'.split(' '),
  ),
);
/** "Perusahaan lain", "other companies" after the word. */
const generalAfter = wordList(wordSet('lain', 'lainnya'));

/** Marks of one's own: "my last company", "kantor lama saya", "there". */
const ownBefore = wordList(wordSet('my our previous former last old current'.split(' ')));
const ownAfter = wordList(
  wordSet('saya aku kami lama dulu sebelumnya sekarang tempatku kantorku'.split(' ')),
);
const placeRefs = wordSet('sana', 'situ');
/** "There" as a place ("some people there"), not "there was a client". */
const existential = wordSet('is was were are be been s have has had will would'.split(' '));
const thereAsPlace = (c: readonly Token[], j: number): boolean =>
  c[j]?.key === 'there' && !existential.has(c[j + 1]?.low ?? '');
function markedOwn(c: readonly Token[], j: number): boolean {
  const t = c[j] as Token;
  if (placeRefs.has(t.key)) return true;
  const near = (k: number) => c[k];
  return (
    [near(j - 1), near(j - 2)].some((b) => b !== undefined && lowIn(b, ownBefore)) ||
    [near(j + 1), near(j + 2)].some((a) => a !== undefined && lowIn(a, ownAfter))
  );
}

/** With a clitic written on: "supervisornya", "kantornya", "bosku". */
const ownWithClitic = (key: string): boolean =>
  /(?:nya|ku|mu)$/.test(key) && ownWords.words.has(key.replace(/(?:nya|ku|mu)$/, ''));

function general(c: readonly Token[], j: number): boolean {
  const before = [c[j - 1], c[j - 2]].filter((b): b is Token => b !== undefined);
  if (before.some((b) => lowIn(b, generalBefore))) return true;
  const after = c[j + 1];
  return after !== undefined && lowIn(after, generalAfter);
}

/**
 * True when the answer names outsiders (clients, customers, patients) or employers in general,
 * and no employer, colleague or workplace of the candidate's own.
 */
export function namesNoOwnEmployer(ctx: Ctx): boolean {
  let others = false;
  for (const s of ctx.sentences) {
    const c = s.content;
    // In a sentence about companies in general, the staff it names are theirs, not the candidate's.
    let generalSentence = false;
    let ownHere = false;
    for (let j = 0; j < c.length; j++) {
      const t = c[j] as Token;
      if (thereAsPlace(c, j)) return false;
      if (isOutsider(t)) others = true;
      else if (keyIn(t, ownWords) || lowIn(t, ownWords) || ownWithClitic(t.key)) {
        if (markedOwn(c, j)) return false;
        if (general(c, j)) generalSentence = others = true;
        else ownHere = true;
      } else if (t.key === 'sakit' && c[j - 1]?.key === 'rumah') {
        if (markedOwn(c, j)) return false;
        ownHere = true;
      }
    }
    if (ownHere && !generalSentence) return false;
  }
  return others;
}
