/**
 * Whether a job term is written in Indonesian. An English answer to a job advertised in
 * Indonesian ("laporan keuangan", "pengawasan lapangan", "manajemen stok") is not expected to
 * repeat the Indonesian words, so such a term is not reported as missed there. Judged by the
 * shape of the words, not by a list of terms: Indonesian noun confixes (pe-…-an, per-…-an,
 * ke-…-an), the Indonesian spellings of Latin loan endings (-asi, -itas, -emen, -isme, which
 * English writes -ation, -ity, -ement, -ism) and the commonest Indonesian words of a job ad. Acronyms and tool names (SQL, K3, SAP) are neither.
 */
import { tokenize } from './tokens';

/** pe(N)-…-an, per-…-an, ke-…-an nouns: pengawasan, keuangan, perencanaan, pembukuan. */
const confix = /^(?:pe(?:ng|ny|m|n|r)?|ke)[a-z]{3,}an$/;
/** Loan endings as Indonesian spells them: rekonsiliasi, kualitas, manajemen, profesionalisme. */
const loanEnding = /(?:asi|itas|emen|isme)$/;
/** Common words of Indonesian job ads with none of the shapes above. */
const adWords = new Set([
  'dan',
  'atau',
  'yang',
  'untuk',
  'dengan',
  'dalam',
  'di',
  'ke',
  'dari',
  'kerja',
  'pekerjaan',
  'laporan',
  'lapangan',
  'gudang',
  'barang',
  'kantor',
  'baru',
  'tim',
  'stok',
  'produk',
  'pajak',
  'gaji',
  'kas',
  'obat',
  'mesin',
  'surat',
]);

function isIndonesianWord(word: string): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  return (
    adWords.has(word) ||
    (word.length >= 8 && confix.test(word)) ||
    (word.length >= 6 && loanEnding.test(word))
  );
}

/** True when the term has an Indonesian word (compared in lower case; acronyms never count). */
export function isIndonesianTerm(term: string): boolean {
  return tokenize(term)
    .tokens.filter((t) => t.kind === 'word')
    .some((t) => t.text !== t.text.toUpperCase() && isIndonesianWord(t.text.toLowerCase()));
}
