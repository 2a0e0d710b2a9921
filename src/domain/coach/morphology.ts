/**
 * Light morphology for matching words to lexicon entries and job terms: the possible stems of a
 * word under Indonesian affixation (me-/mem-/men-/meng-/meny-/di-/ber-/ter-/pe-/per-/ke-/se-,
 * casual ng-/nge-/ny-, -kan/-an/-i/-in, -nya/-ku/-mu, -lah/-kah/-pun) and English inflection
 * (-s/-es/-ies, -ed/-ied, -ing, -er). It over-generates on purpose: a word matches a term when
 * they share a stem, so an extra wrong candidate rarely matters, a missing right one does.
 */

const vowels = 'aeiou';
const isVowel = (c: string | undefined) => c !== undefined && vowels.includes(c);
const MIN = 3;

function add(out: Set<string>, s: string) {
  if (s.length >= MIN) out.add(s);
}

/** Stems after removing one Indonesian prefix (with nasal assimilation undone). */
function idPrefixes(w: string, out: Set<string>) {
  if (w.startsWith('meng') || w.startsWith('peng')) {
    const rest = w.slice(4);
    if (rest.startsWith('e') && rest.length <= 5) add(out, rest.slice(1)); // mengecek → cek
    if (isVowel(rest[0])) {
      add(out, rest);
      add(out, 'k' + rest);
    } else add(out, rest);
  } else if (w.startsWith('meny') || w.startsWith('peny')) {
    add(out, 's' + w.slice(4));
    add(out, 'c' + w.slice(4));
  } else if (w.startsWith('mem') || w.startsWith('pem')) {
    const rest = w.slice(3);
    if (isVowel(rest[0])) add(out, 'p' + rest);
    add(out, rest);
  } else if (w.startsWith('men') || w.startsWith('pen')) {
    const rest = w.slice(3);
    if (isVowel(rest[0])) add(out, 't' + rest);
    add(out, rest);
  } else if (w.startsWith('me') || w.startsWith('pe')) {
    add(out, w.slice(2));
  }
  if (w.startsWith('memper') || w.startsWith('diper')) add(out, w.slice(w.indexOf('per') + 3));
  if (w.startsWith('di') || w.startsWith('ke') || w.startsWith('se')) add(out, w.slice(2));
  if (w.startsWith('ber') || w.startsWith('ter') || w.startsWith('per')) {
    add(out, w.slice(3));
    add(out, w.slice(2)); // berencana → rencana, terekam → rekam
  }
  if (w.startsWith('bel')) add(out, w.slice(3)); // belajar → ajar
  // Casual Jakarta forms: ngecek, ngobrol, nyatet, nulis, nerima.
  if (w.startsWith('nge') && w.length > 5) add(out, w.slice(3));
  if (w.startsWith('ng') && isVowel(w[2])) {
    add(out, w.slice(2));
    add(out, 'k' + w.slice(2));
  }
  if (w.startsWith('ny') && isVowel(w[2])) {
    add(out, 's' + w.slice(2));
    add(out, 'c' + w.slice(2));
  }
  if (w.startsWith('n') && isVowel(w[1])) add(out, 't' + w.slice(1));
}

const idSuffixes = ['lah', 'kah', 'pun', 'nya', 'ku', 'mu', 'kan', 'an', 'in', 'i'];

/** Stems after removing Indonesian suffixes (particle, possessive, derivational), in layers. */
function idSuffixStems(w: string, out: Set<string>) {
  let layer = [w];
  for (let depth = 0; depth < 3; depth++) {
    const next: string[] = [];
    for (const base of layer) {
      for (const s of idSuffixes) {
        if (base.endsWith(s) && base.length - s.length >= MIN) {
          const stem = base.slice(0, -s.length);
          if (!out.has(stem)) {
            out.add(stem);
            next.push(stem);
          }
        }
      }
    }
    if (next.length === 0) break;
    layer = next;
  }
}

/** A doubled final consonant undone: "stopp" → "stop". */
function undouble(s: string): string {
  return s.length > 3 && s[s.length - 1] === s[s.length - 2] && !isVowel(s[s.length - 1])
    ? s.slice(0, -1)
    : s;
}

/** Stems of an English inflected form. */
function enStems(w: string, out: Set<string>) {
  if (w.endsWith('ies')) add(out, w.slice(0, -3) + 'y');
  if (w.endsWith('ied')) add(out, w.slice(0, -3) + 'y');
  if (w.endsWith('es')) add(out, w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) add(out, w.slice(0, -1));
  if (w.endsWith('ed')) {
    add(out, w.slice(0, -2));
    add(out, w.slice(0, -1));
    add(out, undouble(w.slice(0, -2)));
  }
  if (w.endsWith('ing')) {
    add(out, w.slice(0, -3));
    add(out, w.slice(0, -3) + 'e');
    add(out, undouble(w.slice(0, -3)));
  }
  if (w.endsWith('ers')) add(out, w.slice(0, -3));
  if (w.endsWith('er')) {
    add(out, w.slice(0, -2));
    add(out, w.slice(0, -1));
  }
}

const cache = new Map<string, readonly string[]>();

/**
 * Every candidate stem of a lower-case word, the word itself included, under both Indonesian
 * and English morphology (answers code-mix the two: "di-deploy", "deploy-nya", "ngedeploy").
 */
export function stems(word: string): readonly string[] {
  const hit = cache.get(word);
  if (hit) return hit;
  const w = word.replace(/-(?:nya|ku|mu|lah|kah|pun|in)$/, '').replace(/^(?:di|ke|ter|ber)-/, '');
  const out = new Set<string>([word, w]);
  const prefixed = new Set<string>([w]);
  idPrefixes(w, prefixed);
  for (const p of [...prefixed]) idPrefixes(p, prefixed); // memper-, diper-, berke-
  for (const p of prefixed) {
    out.add(p);
    idSuffixStems(p, out);
  }
  for (const s of [...out]) enStems(s, out);
  const result = [...out];
  if (cache.size > 20_000) cache.clear();
  cache.set(word, result);
  return result;
}

/**
 * Whether two words plausibly share a stem. Short words (up to 3 letters, e.g. "Go", "SQL")
 * must match exactly or as a plain plural; longer ones may share any stem of 4+ letters.
 */
/** A word without its hyphens. */
function unhyphenated(s: string): string {
  return s.replace(/-/g, '');
}

export function sameStem(word: string, term: string): boolean {
  if (word === term) return true;
  if (unhyphenated(word) === unhyphenated(term)) return true;
  if (term.length <= 3) return word === term + 's' || word === term + 'es';
  const a = stems(word);
  const b = stems(term);
  for (const x of a) {
    if (x.length >= 4 && b.includes(x)) return true;
  }
  return false;
}
