/**
 * Whether an answer (or a question) is set at work: it names a workplace, an employer, people
 * met at work (colleagues, a boss, customers, patients, passengers), a shift or a job held, or an
 * occupation. A story of a weekend club or a campus event names none of them, and is another
 * example than "a problem you solved at work" asks for.
 *
 * Words that are as common outside work are left out: "team", "project", "event", "role",
 * "lead", "vendor", "sales", "money", "kerja sama" (working together), "kerja bakti" (community
 * work), "a great job", "it worked".
 */
import { phraseSet, hasPhrase } from './phrases';
import type { Doc, Token } from './tokens';
import { keyIn, lowIn, wordList, wordSet } from './word-set';

/** Workplaces, employers, the people met at work, its doings and occupations (id and en). */
export const workplaceWords: ReadonlySet<string> = wordSet(
  // places and employers
  'kantor perusahaan pabrik gudang depo cabang outlet gerai minimarket supermarket restoran hotel klinik puskesmas apotek bengkel instansi korporat startup agensi'.split(
    ' ',
  ),
  'office offices company companies firm employer employers workplace warehouse depot factory restaurant hotel hospital clinic pharmacy startup agency corporate headquarters'.split(
    ' ',
  ),
  // people at work
  'karyawan pegawai staf staff atasan bos manajer supervisor spv mandor hrd kolega klien pelanggan nasabah pasien konsumen penumpang customer'.split(
    ' ',
  ),
  'employee employees staffer coworker coworkers co-worker co-workers colleague colleagues boss manager managers supervisor supervisors foreman client clients customer customers patient patients passenger passengers shipper consignee tenant tenants'.split(
    ' ',
  ),
  // its doings
  'pekerjaan kerjaan lembur shift sif magang gaji payroll sop kpi invoice faktur resi pengiriman'.split(
    ' ',
  ),
  'jobs shift shifts overtime intern interns internship payroll salary invoice invoices kpi sop shipment shipments deliveries'.split(
    ' ',
  ),
  // occupations
  'sopir supir kurir driver kasir teller perawat bidan apoteker teknisi mekanik montir operator akuntan auditor insinyur programmer developer analis barista pelayan satpam resepsionis kasir pramuniaga'.split(
    ' ',
  ),
  'drivers courier couriers cashier nurse nurses midwife pharmacist technician mechanic operator operators accountant auditor engineer engineers programmer developer developers analyst barista waiter waitress receptionist clerk dispatcher forklift'.split(
    ' ',
  ),
);
const workWords = wordList(workplaceWords);

/** "Kerja" and "work" count only where they speak of a job, not of effort or teamwork. */
const notAJob = wordSet('sama bakti keras kelompok bareng'.split(' '));
const teamWords = wordSet('tim', 'kelompok', 'team', 'grup');
const jobPraise = wordSet(
  'good great nice fine bad decent excellent amazing solid better best whole brilliant'.split(' '),
);
const workPhrases = phraseSet([
  'at|from|outside|my|our|previous|last|current|first work',
  'outside of work',
  'where i|we work|worked',
  'work experience|shift|shifts|place|hours|permit|day|days|week',
  'day|side job',
]);

const content = (doc: Doc): Token[] =>
  doc.tokens.filter((t) => t.kind === 'word' && !t.filler && !t.clitic);

/** "Bekerja" but not "bekerja sama"; "my job", not "a great job" or "a job well done". */
function speaksOfJob(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (t.key === 'kerja' || t.key === 'bekerja' || t.key === 'kerjain') {
      // "bekerja dalam tim" asks about teamwork, anywhere.
      const inTeam =
        (next?.key === 'dalam' || next?.key === 'di') && teamWords.has(tokens[i + 2]?.key ?? '');
      if (!inTeam && (!next || next.sent !== t.sent || !notAJob.has(next.key))) return true;
    } else if (t.key === 'job') {
      if (!jobPraise.has(tokens[i - 1]?.key ?? '') && next?.key !== 'well') return true;
    }
  }
  return hasPhrase(workPhrases, tokens);
}

/** Whether the text is set at work (see above). */
export function setAtWork(doc: Doc): boolean {
  const tokens = content(doc);
  return tokens.some((t) => lowIn(t, workWords) || keyIn(t, workWords)) || speaksOfJob(tokens);
}

/** The question asks about work itself: a job, "at work", the company or office. */
const employerWords = wordSet(
  'kantor perusahaan office company employer workplace pekerjaan kerjaan'.split(' '),
);
export function asksAtWork(question: Doc): boolean {
  const tokens = content(question);
  return tokens.some((t) => employerWords.has(t.key)) || speaksOfJob(tokens);
}

/**
 * Why an example from elsewhere is given: the candidate has not worked yet ("baru lulus",
 * "still a student") or says it is from outside work (those words are work words above).
 */
const otherExampleReasons = phraseSet([
  'fresh graduate|grad|graduates',
  'baru|belum lulus',
  'masih kuliah|mahasiswa|sekolah',
  'belum punya|ada pengalaman',
  'just|recently graduated',
  'recent graduate',
  'still studying',
  'still a student',
  'never worked|employed',
  'no experience',
]);
export const explainsOtherExample = (doc: Doc): boolean =>
  hasPhrase(otherExampleReasons, content(doc));
