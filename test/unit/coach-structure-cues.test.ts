import { describe, expect, test } from 'vitest';
import type { AnswerInput } from '../../src/domain/coach/answer-analysis';
import { buildContext } from '../../src/domain/coach/context';
import { answerFeatures, isThirdParty } from '../../src/domain/coach/features';
import { findNumbers } from '../../src/domain/coach/quantified';
import { ruleLabels } from '../../src/domain/coach/rule-labels';
import { structureCues } from '../../src/domain/coach/structure-cues';

const ctxOf = (answer: string, language: 'id' | 'en') => {
  const input: AnswerInput = { language, stage: 'hr', question: 'Tell me about it.', answer };
  return buildContext(input);
};
/** The cues found, each with the words that triggered it. */
const cues = (answer: string, language: 'id' | 'en') =>
  Object.fromEntries(
    [...structureCues(ctxOf(answer, language), isThirdParty)].map(([name, evidence]) => [
      name,
      evidence.map((e) => e.text),
    ]),
  );
const numbers = (answer: string, language: 'id' | 'en') =>
  findNumbers(ctxOf(answer, language)).map((n) => [n.evidence.text, n.reason ?? 'measure']);

describe('a habit pinned on someone else', () => {
  test('a third party doing something "always" or as a hobby', () => {
    expect(cues('Honestly my old supervisor always blamed the night shift.', 'en')).toEqual({
      habitOthers: ['supervisor always'],
    });
    expect(cues('Bosnya doyan nyuruh lembur mendadak.', 'id')).toEqual({
      habitOthers: ['Bosnya doyan'],
    });
    // "atasan saya": the possessive after the noun does not make the candidate the subject.
    expect(cues('Atasan saya sering marah-marah di depan pelanggan.', 'id')).toEqual({
      habitOthers: ['Atasan saya sering'],
    });
  });

  test('near misses: the candidate’s own habit, or a habit of helping', () => {
    expect(cues('I always check the pallets twice before the truck leaves.', 'en')).toEqual({});
    expect(cues('My team lead always encouraged us to ask questions.', 'en')).toEqual({});
    expect(cues('Manajer saya selalu membimbing anak baru dengan sabar.', 'id')).toEqual({});
    expect(cues('The company was restructuring, so my role was cut.', 'en')).toEqual({});
  });
});

describe('understatement', () => {
  test('about someone: said by leaving it unsaid', () => {
    expect(cues('Communication was not exactly their strong suit.', 'en')).toEqual({
      understatementOthers: ['not exactly their strong suit'],
    });
    expect(cues('The handover from his side left a lot to be desired.', 'en')).toEqual({
      understatementOthers: ['left a lot to be desired'],
    });
    // "ya gitu deh" is made of filler words, and the owner is named by "-nya".
    expect(cues('Soal gaji telat, ya gitu deh, ownernya.', 'id')).toEqual({
      understatementOthers: ['ya gitu deh'],
    });
  });

  test('near misses: about oneself, or a fair account of a hard time', () => {
    expect(cues('Public speaking is not my strong suit yet, so I joined a club.', 'en')).toEqual(
      {},
    );
    expect(cues('My manager was strict but fair, and I learned a lot.', 'en')).toEqual({});
    expect(cues('Perusahaan sedang restrukturisasi, jadi divisi saya ditutup.', 'id')).toEqual({});
  });
});

describe('the shape of a theoretical answer', () => {
  test('what one would or should do, with no own past anywhere', () => {
    expect(
      cues('I would stay calm and listen. Then you should offer a replacement.', 'en'),
    ).toEqual({ hypotheticalSelf: ['I would'], theoryNoOwnPast: ['I would'] });
    expect(cues('Menurut saya kita harus tenang dulu, baru cari solusi.', 'id')).toEqual({
      theoryNoOwnPast: ['kita harus'],
    });
  });

  test('a rule and then an own example is not theory alone', () => {
    expect(
      cues(
        'You should always confirm the order in writing. For instance, in March I emailed the supplier and caught a wrong size.',
        'en',
      ),
    ).toEqual({ ruleThenOwnExample: ['For instance'] });
    // Near miss the other way: own past first, then a general remark: no rule-then-example.
    expect(
      cues('I rebuilt the stock sheet in a weekend. You should keep it simple.', 'en'),
    ).toEqual({});
  });
});

describe('counts written in words', () => {
  test('"half the time", "by half" are shares; a bare "half" is not', () => {
    expect(numbers('After the rota change we finished on time half the time.', 'en')).toEqual([
      ['half', 'measure'],
    ]);
    expect(numbers('I cut the paperwork by half.', 'en')).toEqual([['half', 'measure']]);
    expect(numbers('I was half asleep on the first night shift.', 'en')).toEqual([]);
  });

  test('an organisation’s headcount is the setting; the candidate’s own count is the work', () => {
    expect(numbers('Our company had about two hundred employees.', 'en')).toEqual([
      ['two hundred', 'size'],
    ]);
    expect(numbers('Pabriknya punya 1.800 karyawan di dua shift.', 'id')).toEqual([
      ['1.800', 'size'],
      ['dua', 'measure'],
    ]);
    expect(numbers('I trained twelve staff for the new store.', 'en')).toEqual([
      ['twelve', 'measure'],
    ]);
  });

  test('the model reads a count in words as it reads digits', () => {
    const ctx = ctxOf('Setelah saya ubah alurnya, penjualan naik tiga kali lipat.', 'id');
    const f = answerFeatures(ctx, ruleLabels(ctx));
    expect(f.has('w:#')).toBe(true);
    expect(f.has('w:tiga')).toBe(false);
    const plain = ctxOf('Setelah saya ubah alurnya, penjualan naik.', 'id');
    expect(answerFeatures(plain, ruleLabels(plain)).has('w:#')).toBe(false);
  });
});
