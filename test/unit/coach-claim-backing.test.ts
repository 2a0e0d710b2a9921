// Our own sentences, not from the labelled answers: a claimed trait is backed only by a story
// sentence that shows it, with near misses both ways.
import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/domain/coach/analyze-answer';
import { buildFeedback } from '../../src/domain/coach/feedback';

const analyse = (language: 'id' | 'en', answer: string) => {
  const input = {
    language,
    stage: 'hr' as const,
    question: 'Ceritakan tentang diri Anda.',
    answer,
  };
  const analysis = analyzeAnswer(input);
  return { analysis, feedback: buildFeedback(analysis, input) };
};
const claimsOf = (language: 'id' | 'en', answer: string) =>
  analyse(language, answer).analysis.claims.map((c) => [c.claim.text, c.backedBy?.text ?? null]);

describe('a story backs a claim by what it shows', () => {
  it('the same claims with no story at all are generic', () => {
    expect(
      analyse('id', 'Saya orangnya teliti dan rajin.').analysis.labels.genericClaim.value,
    ).toBe(true);
    expect(analyse('en', "I'm a natural leader.").analysis.labels.genericClaim.value).toBe(true);
  });

  it('id: checking invoices backs "teliti"; chairing a meeting does not', () => {
    const backed =
      'Saya orangnya teliti. Waktu magang di kantor notaris tahun lalu, saya memeriksa ulang setiap akta sebelum ditandatangani dan menemukan dua nama yang salah ketik.';
    expect(claimsOf('id', backed)).toEqual([
      ['Saya orangnya teliti', expect.stringContaining('memeriksa ulang')],
    ]);
    expect(analyse('id', backed).analysis.labels.genericClaim.value).toBe(false);
    const other =
      'Saya orangnya teliti. Waktu magang di kantor notaris tahun lalu, saya memimpin rapat pagi dan menyusun agenda untuk para staf.';
    expect(claimsOf('id', other)).toEqual([['Saya orangnya teliti', null]]);
    // The claim stays unshown in the feedback, but a specific story of one's own is there, so
    // the answer is not generic (README: no concrete example anywhere in the answer).
    expect(analyse('id', other).analysis.labels.genericClaim.value).toBe(false);
  });

  it('en: delegating backs "leader"; rewriting a spreadsheet alone does not', () => {
    const backed =
      "I'm a natural leader. At the bakery last winter the early shift kept running late, so I split the prep between three people and coached the two new starters.";
    expect(claimsOf('en', backed)[0]?.[1]).toContain('coached');
    const other =
      "I'm a natural leader. At the bakery last winter the early shift kept running late, so I rewrote the prep list and printed it each night.";
    expect(claimsOf('en', other)).toEqual([['natural leader', null]]);
    expect(analyse('en', other).analysis.labels.genericClaim.value).toBe(false);
  });

  it('a claim made after the story that shows it is still backed', () => {
    const answer =
      'Last autumn I studied for the forklift licence in two weeks and taught myself the stock system from its manual. So yes, I am a fast learner.';
    const { analysis } = analyse('en', answer);
    expect(analysis.claims[0]?.backedBy?.text).toContain('taught myself');
    expect(analysis.labels.genericClaim.value).toBe(false);
  });

  it('"I organised a rota" is a step, not a claim of being organised', () => {
    const answer =
      'Last month I organised a rota for the cleaners and checked it with each of them.';
    expect(analyse('en', answer).analysis.claims).toEqual([]);
    expect(claimsOf('en', "I'm organised and calm.")).toEqual([
      [expect.stringContaining('organised'), null],
      ['calm', null],
    ]);
  });

  it('the feedback names the backed claim with its sentence, and the unshown one', () => {
    const answer =
      'Saya teliti dan pekerja keras. Tahun lalu di gudang, saya mencocokkan stok dengan catatan setiap Jumat dan menemukan selisih 40 karton.';
    const { analysis, feedback } = analyse('id', answer);
    const claims = analysis.claims.map((c) => [c.claim.text, c.backedBy !== null]);
    expect(claims).toEqual([
      ['teliti', true],
      ['pekerja keras', false],
    ]);
    const backed = feedback.strengths.find((p) => p.code === 'claim_backed');
    expect(backed?.params).toMatchObject({ claim: 'teliti' });
    expect(String(backed?.params.sentence)).toContain('mencocokkan stok');
    const ask = feedback.improvements.find((p) => p.code === 'back_claims');
    // One claim backed: the unshown one is a detail, ranked below the more important fixes.
    if (ask) expect(ask.params.claims).toBe('"pekerja keras"');
    expect(analysis.labels.genericClaim.value).toBe(false);
  });

  it('"bertanggung jawab" is backed by the steps told right after it, not by a story before it', () => {
    const answer =
      'Saya orang yang bertanggung jawab. Waktu stok gudang selisih besar bulan lalu, saya menghitung ulang semua rak selama dua hari dan menemukan salah input. Setelah itu selisihnya hilang.';
    const { analysis, feedback } = analyse('id', answer);
    expect(analysis.claims.every((c) => c.backedBy !== null)).toBe(true);
    expect(feedback.summary).toBe('strong');
    expect(feedback.improvements.map((p) => p.code)).not.toContain('back_claims');
    const before =
      'Bulan lalu saya menghitung ulang semua rak gudang selama dua hari. Soal sifat, saya orang yang bertanggung jawab.';
    expect(claimsOf('id', before).map(([, backed]) => backed)).not.toContain(
      expect.stringContaining('menghitung'),
    );
    const enAnswer =
      "I'm a responsible person. When our night driver called in sick last March, I took his route, delivered all 40 parcels and logged every signature.";
    expect(claimsOf('en', enAnswer)[0]?.[1]).toContain('took his route');
  });

  it('the claim alone, with nothing told after it, stays unbacked', () => {
    const answer = 'Saya orang yang bertanggung jawab dan disiplin. Saya suka bekerja dalam tim.';
    const { analysis, feedback } = analyse('id', answer);
    expect(analysis.labels.genericClaim.value).toBe(true);
    expect(feedback.improvements.map((p) => p.code)).toContain('back_claims');
  });

  it('"yang penting kerja" is an attitude, not a trait claimed', () => {
    expect(claimsOf('id', 'Saya orangnya yang penting kerja, tidak banyak bicara.')).toEqual([]);
    expect(claimsOf('id', 'Saya tipe orang yang penting kerja beres.')).toEqual([]);
    // A trait after the same frame is still a claim.
    expect(claimsOf('id', 'Saya tipe orang yang pekerja keras.')).not.toEqual([]);
  });
});
