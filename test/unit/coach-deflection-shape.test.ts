// Deflection found by sentence shape, on sentences we wrote ourselves (none from the labelled
// answers), with near misses both ways.
import { describe, expect, test } from 'vitest';
import { buildContext } from '../../src/domain/coach/context';
import {
  claimsFaultless,
  pleadsHelpless,
  pushesBackOnQuestion,
} from '../../src/domain/coach/deflection';

type Finder = typeof claimsFaultless;
const spans = (find: Finder, answer: string, language: 'id' | 'en'): string[] => {
  const ctx = buildContext({ language, stage: 'hr', question: 'q', answer });
  return ctx.sentences.flatMap((s) => find(ctx, s)).map((e) => e.text);
};

describe('pushback on the question itself', () => {
  test('the question named, with a stand against it', () => {
    expect(spans(pushesBackOnQuestion, 'Honestly this question is a bit too basic.', 'en')).toEqual(
      ['question is a bit too'],
    );
    expect(spans(pushesBackOnQuestion, 'Why are you even asking me that?', 'en')).toHaveLength(1);
    expect(spans(pushesBackOnQuestion, 'Pertanyaannya kurang pas buat posisi ini.', 'id')).toEqual([
      'Pertanyaannya kurang',
    ]);
    expect(
      spans(pushesBackOnQuestion, 'Kenapa sih hal kayak gini masih ditanyain?', 'id'),
    ).toHaveLength(1);
    expect(
      spans(pushesBackOnQuestion, 'Pertanyaan ini terlalu pribadi menurut saya.', 'id'),
    ).toEqual(['Pertanyaan ini terlalu']);
  });
  test('near misses: a question welcomed, answered, or asked of someone else', () => {
    expect(spans(pushesBackOnQuestion, 'That is a good question, thank you.', 'en')).toEqual([]);
    expect(
      spans(pushesBackOnQuestion, 'To answer your question, I chose logistics.', 'en'),
    ).toEqual([]);
    expect(
      spans(
        pushesBackOnQuestion,
        'Saya bertanya ke mentor saya dan dia menjelaskan caranya.',
        'id',
      ),
    ).toEqual([]);
    expect(spans(pushesBackOnQuestion, 'No question about it, I loved that job.', 'en')).toEqual(
      [],
    );
  });
});

describe('faultlessness claimed', () => {
  test('the candidate, a negation, then a word of failing', () => {
    expect(spans(claimsFaultless, "I simply don't make errors in my reports.", 'en')).toEqual([
      "don't make errors",
    ]);
    expect(spans(claimsFaultless, 'Saya hampir tidak pernah salah hitung.', 'id')).toEqual([
      'tidak pernah salah',
    ]);
    expect(spans(claimsFaultless, 'Perfeksionis itu bukan kelemahan sih.', 'id')).toEqual([
      'bukan kelemahan',
    ]);
    expect(spans(claimsFaultless, 'I have no real weakness for this role.', 'en')).toEqual([
      'no real weakness',
    ]);
  });
  test('near misses: a fault admitted and learned from, or someone else', () => {
    expect(spans(claimsFaultless, 'I never made that mistake again.', 'en')).toEqual([]);
    expect(spans(claimsFaultless, 'Sejak itu saya tidak pernah salah input lagi.', 'id')).toEqual(
      [],
    );
    expect(spans(claimsFaultless, 'The new scanner did not fail once that month.', 'en')).toEqual(
      [],
    );
    expect(spans(claimsFaultless, 'Did I never make mistakes? Of course I did.', 'en')).toEqual([]);
  });
});

describe('helplessness pleaded', () => {
  test('nothing the candidate could have done', () => {
    expect(spans(pleadsHelpless, 'There was nothing I could really do about it.', 'en')).toEqual([
      'nothing I could',
    ]);
    expect(
      spans(pleadsHelpless, 'Nggak ada yang bisa aku lakuin waktu server-nya mati.', 'id'),
    ).toEqual(['Nggak ada yang bisa aku']);
  });
  test('resignation as a question in a statement', () => {
    expect(spans(pleadsHelpless, 'Barangnya telat terus, ya mau gimana lagi.', 'id')).toEqual([
      'gimana lagi',
    ]);
    expect(
      spans(pleadsHelpless, 'The client kept changing it, so what else could I do.', 'en'),
    ).toEqual(['what else could']);
    expect(spans(pleadsHelpless, 'Apa lagi yang bisa saya bantu untuk tim?', 'id')).toEqual([]);
    expect(spans(pleadsHelpless, 'What else could we try? I listed three options.', 'en')).toEqual(
      [],
    );
  });
  test('near misses: nothing stops the team, something the candidate could do', () => {
    expect(spans(pleadsHelpless, 'Nothing could stop the launch after that.', 'en')).toEqual([]);
    expect(
      spans(pleadsHelpless, 'Tidak ada yang tahu, jadi saya bisa mulai dari nol.', 'id'),
    ).toEqual([]);
  });
});
