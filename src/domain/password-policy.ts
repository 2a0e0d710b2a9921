import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as indonesian from '@zxcvbn-ts/language-id';
import { passwordMaxLength, passwordMinLength } from './password-length';
import { ok, problem, type Result } from './result';

export { passwordMaxLength, passwordMinLength };
/** zxcvbn's 0-4 scale: 3 is "safely unguessable" against an offline attack with slow hashing. */
export const passwordMinScore = 3;

let estimator: ZxcvbnFactory | undefined;
// Loading the dictionaries takes a moment: only when the first password is checked.
const strength = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...indonesian.dictionary },
    graphs: common.adjacencyGraphs,
  }));

/**
 * Words an attacker of a Seleksi installation tries first: the product's own name, its demo
 * password, and the words of hiring. The company's own name comes from the caller.
 */
const productWords = [
  'seleksi',
  'seleksi-demo',
  'demo',
  'rekrutmen',
  'recruitment',
  'lowongan',
  'karier',
  'careers',
  'wawancara',
  'interview',
  'kandidat',
  'candidate',
  'hrd',
];

/** Legal forms that say nothing about a company ("PT Pasar Rakyat Digital Tbk"). */
const legalForms = new Set(['pt', 'cv', 'tbk', 'persero', 'ud', 'pd', 'ltd', 'inc', 'co', 'id']);

/**
 * A value and what a guesser derives from it: lowercase, its words (split at spaces, dots, dashes
 * and the @ of an e-mail), each two neighbours run together and all of them run together
 * ("PT Pasar Rakyat Digital" → "pasar", "pasarrakyat", "pasarrakyatdigital").
 */
function guessableForms(value: string): string[] {
  const lower = value.toLowerCase();
  const words = lower.split(/[\s._@/:-]+/).filter((w) => w && !legalForms.has(w));
  const pairs = words.slice(1).map((word, i) => `${words[i]}${word}`);
  return [lower, words.join(''), ...words, ...pairs];
}

/**
 * A new password must be long enough and not guessable: common passwords, Indonesian and common
 * words and names, keyboard patterns, the person's own name or e-mail, the company's name and
 * address, and the product's own words all count against it.
 */
export function checkNewPassword(
  password: string,
  personal: readonly string[] = [],
  path = 'password',
): Result<string> {
  if (password.length < passwordMinLength) {
    return problem(path, 'password_too_short', `Use at least ${passwordMinLength} characters.`);
  }
  if (password.length > passwordMaxLength) {
    return problem(path, 'too_big', `At most ${passwordMaxLength} characters.`);
  }
  const userInputs = [...productWords, ...personal].flatMap(guessableForms);
  const inputs = userInputs.filter((v) => v.length > 2);
  // Spaces and dots between known words fool the matcher ("Wulan Sari 2026" scores as random
  // characters): the password run together must be strong too.
  const runTogether = password.replace(/[\s._-]+/g, '');
  const score = Math.min(
    strength().check(password, inputs).score,
    strength().check(runTogether, inputs).score,
  );
  if (score < passwordMinScore) {
    return problem(
      path,
      'password_too_weak',
      'This password is too easy to guess: use a longer phrase of unrelated words.',
    );
  }
  return ok(password);
}
